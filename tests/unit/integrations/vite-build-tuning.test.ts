import { describe, expect, it, vi } from 'vitest';
import type { Plugin, ResolvedConfig } from 'vite';
import { preactJsxWithoutBabel, searchChunkWithPreloadHelper } from '../../../src/integrations/vite-build-tuning.ts';

function resolvedWith(plugins: Plugin[]) {
  const warn = vi.fn();
  return { config: { plugins, logger: { warn } } as unknown as ResolvedConfig, warn };
}

function configResolved(plugin: Plugin, config: ResolvedConfig) {
  const hook = plugin.configResolved;
  if (typeof hook !== 'function') throw new Error('configResolved is not a function');
  return hook.call({} as never, config);
}

describe('preactJsxWithoutBabel', () => {
  it('applies to everything `astro build` runs, its content-sync server too, but not to `astro dev`', () => {
    const apply = preactJsxWithoutBabel().apply as (config: object, env: { command: string; mode: string }) => boolean;
    expect(apply({}, { command: 'build', mode: 'production' })).toBe(true);
    // astro build syncs content collections through a Vite server in production mode.
    expect(apply({}, { command: 'serve', mode: 'production' })).toBe(true);
    // astro dev keeps Babel for hook names and Fast Refresh.
    expect(apply({}, { command: 'serve', mode: 'development' })).toBe(false);
  });

  it('removes the preset’s Babel transform and keeps the rest of its plugin', () => {
    const babelJsx: Plugin = { name: 'vite:preact-jsx', config: () => ({}), transform: () => null };
    const other: Plugin = { name: 'other', transform: () => null };
    const { config, warn } = resolvedWith([babelJsx, other]);
    configResolved(preactJsxWithoutBabel(), config);
    expect(babelJsx.transform).toBeUndefined();
    expect(babelJsx.config).toBeTypeOf('function');
    expect(other.transform).toBeTypeOf('function');
    // Vite resolves a config per build step with the same plugin objects: no warning the second time.
    configResolved(preactJsxWithoutBabel(), config);
    expect(warn).not.toHaveBeenCalled();
  });

  it('warns, and changes nothing, when the preset no longer has that plugin', () => {
    const other: Plugin = { name: 'other', transform: () => null };
    const { config, warn } = resolvedWith([other]);
    configResolved(preactJsxWithoutBabel(), config);
    expect(other.transform).toBeTypeOf('function');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('vite:preact-jsx'));
  });
});

describe('searchChunkWithPreloadHelper', () => {
  it('groups Starlight’s search script with Vite’s preload helper and nothing else', () => {
    const { test } = searchChunkWithPreloadHelper;
    expect(test('\0vite/preload-helper.js')).toBe(true);
    expect(test('/site/node_modules/@astrojs/starlight/dist/components/Search.astro?astro&type=script&index=0&lang.ts')).toBe(true);
    expect(test('/site/node_modules/@astrojs/starlight/dist/components/TableOfContents.astro?astro&type=script&index=0&lang.ts')).toBe(false);
    expect(test('/site/src/components/overrides/Search.astro')).toBe(false);
    expect(test('/site/src/components/rota/RotaViewer.tsx')).toBe(false);
  });
});
