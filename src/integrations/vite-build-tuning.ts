import type { Plugin } from 'vite';

/**
 * @astrojs/preact always hands @preact/preset-vite a Babel config, which makes the preset run Babel
 * over every .ts and .tsx file outside node_modules (the domain code as well as the islands), in
 * both the server and the browser build: about a second of a three-second build's CPU. Without
 * Babel the preset leaves JSX to Vite's own compiler (oxc), which reads `jsx` and
 * `jsxImportSource` from tsconfig.json. Babel adds nothing a production build needs (its extras,
 * hook names for devtools and Fast Refresh, are for `astro dev`), so in builds we drop the
 * preset's Babel pass and let oxc compile JSX, exactly as the preset does when no Babel config is
 * given. If the preset renames its plugin, the build says so and carries on with Babel.
 */
export function preactJsxWithoutBabel(): Plugin {
  return {
    name: 'support-handbook:preact-jsx-without-babel',
    // Production mode, not only Vite's build command: `astro build` also starts a Vite server to
    // sync content collections, and without this Babel would compile content.config.ts and the
    // schemas it imports there. `astro dev` (development mode) keeps Babel.
    apply: (_config, env) => env.command === 'build' || env.mode === 'production',
    configResolved(config) {
      // Vite resolves a config for each build step, sharing the plugin objects: later calls find
      // the transform already gone.
      const babelJsx = config.plugins.find((plugin) => plugin.name === 'vite:preact-jsx');
      if (babelJsx) {
        delete (babelJsx as Plugin).transform;
      } else {
        config.logger.warn(
          '[support-handbook] @preact/preset-vite has no "vite:preact-jsx" plugin to replace; islands are compiled with Babel, which is slower but correct.',
        );
      }
    },
  };
}

/** Starlight's search script, which every page loads. */
const starlightSearchScript = /\/@astrojs\/starlight\/.*\/Search\.astro\?astro&type=script/;
/** Vite's helper for dynamic `import()`s (preloading the imported chunk's dependencies). */
const vitePreloadHelper = /vite\/preload-helper/;

/**
 * Keep Vite's dynamic-import helper inside Starlight's search script, as a bare Starlight site does.
 * Both the search script and Preact's island loader use the helper; left alone, the bundler gives
 * it a file of its own, which every page then fetches (about 200 bytes more than bare Starlight).
 * Every page loads the search script anyway, so islands importing the helper from it cost nothing.
 */
export const searchChunkWithPreloadHelper = {
  name: 'search',
  test: (id: string) => starlightSearchScript.test(id) || vitePreloadHelper.test(id),
};
