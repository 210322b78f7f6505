import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/site/robots.ts';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('robots.txt needs the site address (`site` in astro.config.mjs).');
  return new Response(robotsTxt(site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
