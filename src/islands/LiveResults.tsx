import { render } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { SimResults } from '../components/charts/SimResults.tsx';
import type { SimStores } from '../stores/sim.ts';

/**
 * The figures of the reader's own runs. Loaded by the controls island when the first run starts
 * (its chart code is not needed before), it renders into `live`, and takes over from the
 * build-time figures in `staticResults` once the first run finishes: until then it only dims them.
 */
function Live({ simId, stores, staticResults }: { simId: string; stores: SimStores; staticResults: HTMLElement }) {
  const run = useStore(stores.$run);
  const busy = run.status === 'running';
  useLayoutEffect(() => {
    if (run.view) staticResults.remove();
    else {
      staticResults.classList.toggle('stale', busy);
      staticResults.setAttribute('aria-busy', String(busy));
    }
  }, [run.view, busy]);
  return run.view ? <SimResults simId={simId} view={run.view} stale={busy} millis={run.millis} /> : null;
}

/** Mounts the live figures of one `<Sim>` into `live` (the controls island calls it once). */
export function mountLiveResults(simId: string, stores: SimStores, live: HTMLElement, staticResults: HTMLElement): void {
  render(<Live simId={simId} stores={stores} staticResults={staticResults} />, live);
}
