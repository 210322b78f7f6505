// Vite settings for the build. (Preact's JSX needs none: see preact-islands.ts.)

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
