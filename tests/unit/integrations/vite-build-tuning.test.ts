import { describe, expect, it } from 'vitest';
import { searchChunkWithPreloadHelper } from '../../../src/integrations/vite-build-tuning.ts';

describe('searchChunkWithPreloadHelper', () => {
  it('groups Starlight’s search script with Vite’s preload helper and nothing else', () => {
    const { test } = searchChunkWithPreloadHelper;
    expect(test('\0vite/preload-helper.js')).toBe(true);
    expect(test('/site/node_modules/@astrojs/starlight/dist/components/Search.astro?astro&type=script&index=0&lang.ts')).toBe(true);
    expect(test('/site/node_modules/@astrojs/starlight/dist/components/TableOfContents.astro?astro&type=script&index=0&lang.ts')).toBe(
      false,
    );
    expect(test('/site/src/components/overrides/Search.astro')).toBe(false);
    expect(test('/site/src/components/rota/RotaViewer.tsx')).toBe(false);
  });
});
