import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { simStores } from '../stores/sim.ts';

type Results = typeof import('../components/charts/SimResults.tsx').SimResults;

const DIM_AFTER_MS = 250;

/**
 * The figures of one `<Sim>`: the build-time figures (its children, static HTML that never
 * hydrates) until the reader's first run is done, then the figures of the reader's own runs.
 * The chart code loads when the first run starts, not before. The region is `aria-busy` from a
 * run's start until its figures are drawn; its figures dim only once a run has taken longer than
 * DIM_AFTER_MS, so a quick run neither flickers the figures nor repaints them while it computes.
 */
export default function SimOutput({ simId, children }: { simId: string; children?: ComponentChildren }) {
  const run = useStore(simStores(simId).$run);
  const [results, setResults] = useState<{ draw: Results } | null>(null);
  // A run may start (from values in the URL) and even finish before this island hydrates.
  const wanted = run.status === 'running' || run.view !== null;
  useEffect(() => {
    if (!wanted || results) return;
    void import('../components/charts/SimResults.tsx').then((m) => setResults({ draw: m.SimResults }));
  }, [wanted]);
  const busy = run.status === 'running' || (run.view !== null && results === null);
  const [dim, setDim] = useState(false);
  useEffect(() => {
    if (!busy) {
      setDim(false);
      return;
    }
    const timer = setTimeout(() => setDim(true), DIM_AFTER_MS);
    return () => clearTimeout(timer);
  }, [busy]);
  return (
    <div class="sim-output" data-sim-output={simId} aria-busy={busy ? 'true' : 'false'}>
      {run.view && results ? (
        <results.draw simId={simId} view={run.view} stale={dim} millis={run.millis} />
      ) : (
        <div class={dim ? 'sim-built stale' : 'sim-built'}>{children}</div>
      )}
    </div>
  );
}
