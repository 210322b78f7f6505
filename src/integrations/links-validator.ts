import { fileURLToPath } from 'node:url';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import starlightLinksValidator from 'starlight-links-validator';
import { isBuiltLinkTarget } from '../lib/site/built-link.ts';

type Options = NonNullable<Parameters<typeof starlightLinksValidator>[0]>;

interface SiteOptions {
  /**
   * URL prefixes served by pages in src/pages (the runbooks). The validator only knows the docs
   * collection, so links under these prefixes are checked against the built HTML instead:
   * the page must exist and, for "#hash" links, contain that id.
   */
  customPagePrefixes?: string[];
}

/**
 * starlight-links-validator, adapted to this site:
 *
 * - It works out a page's URL from its path below `<srcDir>/content/docs`. Our pages live in
 *   `./content/docs`, so every valid link was reported as broken. Telling it the project root is
 *   the source directory makes `<root>/content/docs` the place it looks.
 * - Links to custom pages (the runbooks) are checked against the build output, see above.
 */
export function linksValidator(options: Options & SiteOptions = {}): StarlightPlugin {
  const { customPagePrefixes = [], ...validatorOptions } = options;
  let outDir: string | undefined;

  const plugin = starlightLinksValidator({
    ...validatorOptions,
    exclude: ({ link }) =>
      outDir !== undefined &&
      customPagePrefixes.some((prefix) => link.startsWith(prefix)) &&
      isBuiltLinkTarget(outDir, link),
  });
  const setup = plugin.hooks['config:setup'];

  return {
    ...plugin,
    hooks: {
      ...plugin.hooks,
      'config:setup'(params) {
        outDir = fileURLToPath(params.astroConfig.outDir);
        const astroConfig = { ...params.astroConfig, srcDir: params.astroConfig.root };
        return setup?.({ ...params, astroConfig });
      },
    },
  };
}
