import { z } from 'astro/zod';
import { DEFAULT_ON_CALL_SHARE_LIMIT } from '../lib/fairness/settings.ts';

/** onCallShareLimit in content/rota/settings.yaml: the fairness checks' limit (src/lib/fairness/checks.ts). */
export const onCallShareLimitSchema = z
  .number({ error: 'must be a fraction of the time, like 0.3 for 30%' })
  .gt(0, 'must be more than 0, like 0.3 for 30%')
  .max(1, 'must be at most 1 (all of the time); write 30% as 0.3')
  .default(DEFAULT_ON_CALL_SHARE_LIMIT);
