import { describe, expect, it } from 'vitest';
import { islandTimes, type CpuProfile } from '../../../scripts/lib/island-startup.ts';

// A profile as Chromium gives it: a tree of call frames, and samples naming the frame running.
const origin = 'http://127.0.0.1:4321';
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: { url: '' }, children: [2, 5, 7, 9] }, // (root)
    { id: 2, callFrame: { url: `${origin}/rota/` }, children: [3] }, // astro-island's script
    { id: 3, callFrame: { url: `${origin}/_astro/client.BxysI5pP.js` }, children: [4] },
    { id: 4, callFrame: { url: `${origin}/_astro/preact.module.Bl7PEaKa.js` } },
    { id: 5, callFrame: { url: `${origin}/_astro/hooks.module.U3JihANK.js` }, children: [6] }, // an effect
    { id: 6, callFrame: { url: `${origin}/_astro/RotaViewer.CGmhoXrD.js` } },
    { id: 7, callFrame: { url: `${origin}/_astro/Search.astro_astro_type_script_index_0_lang.qMPUYtOw.js` }, children: [8] },
    { id: 8, callFrame: { url: `${origin}/_astro/preact.module.Bl7PEaKa.js` } }, // Preact called by another script
    { id: 9, callFrame: { url: '' } }, // (idle)
  ],
  // Each sample's time is the delta before the next sample, in microseconds.
  samples: [4, 3, 6, 5, 8, 9],
  timeDeltas: [0, 2000, 1000, 3000, 500, 4000, 7000],
};

describe('island start-up from a CPU profile', () => {
  it('counts hydration under the renderer entry and later tasks that start in Preact, nothing else', () => {
    expect(islandTimes(profile)).toEqual({ startup: 3, later: 3.5 });
  });

  it('finds nothing in a profile without the island', () => {
    expect(islandTimes({ nodes: [{ id: 1, callFrame: { url: '' } }], samples: [1], timeDeltas: [0, 1000] })).toEqual({ startup: 0, later: 0 });
  });
});
