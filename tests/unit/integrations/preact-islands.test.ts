import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { Plugin } from 'vite';
import { PREACT_OPTIONS_MODULE, preactIslands, preactOptionsModule } from '../../../src/integrations/preact-islands.ts';

type SetupOptions = Parameters<NonNullable<ReturnType<typeof preactIslands>['hooks']['astro:config:setup']>>[0];

/** Runs the integration's setup as Astro would for `command`, recording what it asks for. */
async function setUp(command: SetupOptions['command']) {
  const addRenderer = vi.fn();
  const updateConfig = vi.fn();
  const options = { command, addRenderer, updateConfig, injectScript: vi.fn() } as unknown as SetupOptions;
  await preactIslands().hooks['astro:config:setup']!(options);
  const plugins = updateConfig.mock.calls.flatMap(([config]) => (config.vite?.plugins ?? []) as Plugin[]).flat();
  return { addRenderer, plugins };
}

function call<T>(hook: Plugin['resolveId'] | Plugin['load'], ...args: unknown[]): T {
  if (typeof hook !== 'function') throw new Error('not a function hook');
  return (hook as (...a: unknown[]) => T).call({}, ...args);
}

describe('preactIslands', () => {
  it('in a build, registers @astrojs/preact’s renderer and its options module, and no Vite preset', async () => {
    const { addRenderer, plugins } = await setUp('build');
    expect(addRenderer).toHaveBeenCalledExactlyOnceWith({
      name: '@astrojs/preact',
      clientEntrypoint: '@astrojs/preact/client.js',
      serverEntrypoint: '@astrojs/preact/server.js',
    });
    expect(plugins.map((p) => p.name)).toEqual(['support-handbook:preact-options']);
  });

  it('does the same for the other commands that load the configuration (check, preview)', async () => {
    for (const command of ['sync', 'preview'] as const) {
      const { plugins } = await setUp(command);
      expect(plugins.map((p) => p.name)).toEqual(['support-handbook:preact-options']);
    }
  });

  it('in `astro dev`, is @astrojs/preact as it comes: the development renderer and the Vite preset', async () => {
    const { addRenderer, plugins } = await setUp('dev');
    expect(addRenderer).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ clientEntrypoint: '@astrojs/preact/client-dev.js' }));
    expect(plugins.map((p) => p.name)).toContain('vite:preact-jsx');
  });
});

describe('preactOptionsModule', () => {
  it('answers for the options module only, with no include or exclude', () => {
    const plugin = preactOptionsModule();
    const id = call<string | undefined>(plugin.resolveId, PREACT_OPTIONS_MODULE);
    expect(id).toBe(`\0${PREACT_OPTIONS_MODULE}`);
    expect(call(plugin.load, id)).toBe('export default {};');
    expect(call(plugin.resolveId, 'preact')).toBeUndefined();
    expect(call(plugin.load, '/site/src/components/rota/RotaViewer.tsx')).toBeUndefined();
  });

  it('is the module @astrojs/preact’s server renderer imports (an upgrade that renames it fails here)', () => {
    const server = readFileSync(fileURLToPath(import.meta.resolve('@astrojs/preact/server.js')), 'utf8');
    expect(server).toContain(`from "${PREACT_OPTIONS_MODULE}"`);
  });
});
