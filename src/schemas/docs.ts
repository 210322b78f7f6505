import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';

/**
 * The front matter of a page in content/docs/, as the docs collection checks it (Starlight's
 * schema), for the data check that runs before Astro. Images are checked by Astro itself when
 * it resolves them; here any path is text.
 */
export const docsFrontmatterSchema: z.ZodType = (docsSchema() as unknown as (context: { image: () => z.ZodType }) => z.ZodType)({
  image: () => z.string(),
});
