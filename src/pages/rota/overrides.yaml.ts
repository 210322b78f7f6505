import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { ROTA_FILES } from '../../lib/rota/problems.ts';

/**
 * overrides.yaml as built, comments and all, so the rota page's swap and cover builder can hand the
 * git host's editor the whole file with the new entry at the end. Notes in it are on the rota page already.
 */
export const GET: APIRoute = () =>
  new Response(readFileSync(ROTA_FILES.overrides, 'utf8'), { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
