import { useEffect, useMemo, useState } from 'preact/hooks';
import { rotaFromBundle, type RotaBundle } from '../../lib/rota/bundle.ts';
import type { Rota } from '../../lib/rota/rota.ts';

export function useRota(bundle: RotaBundle): Rota {
  return useMemo(() => rotaFromBundle(bundle), [bundle]);
}

/**
 * The current time, or null while rendering at build time and on the first render in the
 * browser (so hydration matches the built HTML). Ticks every 30 seconds so "now" stays true.
 */
export function useNow(intervalMs = 30_000): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
