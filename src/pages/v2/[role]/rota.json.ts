import type { APIRoute, GetStaticPaths } from 'astro';
import { periodsJson } from '../../../page-data/rota-app.ts';
import { LEGACY_ROLES, type LegacyRole } from '../../../lib/legacy/rota-app.ts';

/** The old rota app's per-role rows (/v2/dev, ops, ooh1, ooh2), two months back to ten ahead. Documented at /rota/api/. */
export const getStaticPaths: GetStaticPaths = () => LEGACY_ROLES.map((role) => ({ params: { role } }));

export const GET: APIRoute = ({ params }) => periodsJson(params['role'] as LegacyRole);
