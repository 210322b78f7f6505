import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { getContainerRenderer } from '@astrojs/preact/container-renderer';

/** The virtual module @astrojs/preact's server renderer imports its include/exclude options from. */
export const PREACT_OPTIONS_MODULE = 'astro:preact:opts';

/**
 * Preact islands, rendered and hydrated by @astrojs/preact. `astro dev` gets the integration as it
 * comes. A build needs only its renderer: the rest is @preact/preset-vite, whose extras (Fast
 * Refresh, hook names for devtools) are for development and run through Babel. Merely importing
 * the preset loads Babel, Prefresh and an HTML parser, about 0.2 s of every build's CPU, and as
 * @astrojs/preact configures it, it runs Babel over every TypeScript file too. So builds register
 * the package's own renderer (its public `container-renderer` entry), give its server renderer the
 * options module it imports, and leave JSX to Vite's compiler (oxc), which reads `jsx` and
 * `jsxImportSource` from tsconfig.json, as the preset itself does when it is given no Babel config.
 */
export function preactIslands(): AstroIntegration {
  let development: AstroIntegration | undefined;
  return {
    name: 'support-handbook:preact-islands',
    hooks: {
      'astro:config:setup': async (options) => {
        if (options.command === 'dev') {
          const { default: preact } = await import('@astrojs/preact');
          development = preact();
          await development.hooks['astro:config:setup']?.(options);
          return;
        }
        options.addRenderer(getContainerRenderer());
        options.updateConfig({ vite: { plugins: [preactOptionsModule()] } });
      },
      'astro:config:done': async (options) => {
        await development?.hooks['astro:config:done']?.(options);
      },
    },
  };
}

/** The options module, empty: every .tsx component is Preact's, as without include/exclude. */
export function preactOptionsModule(): Plugin {
  const resolved = `\0${PREACT_OPTIONS_MODULE}`;
  return {
    name: 'support-handbook:preact-options',
    resolveId: (id) => (id === PREACT_OPTIONS_MODULE ? resolved : undefined),
    load: (id) => (id === resolved ? 'export default {};' : undefined),
  };
}
