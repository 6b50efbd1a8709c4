import type { GraphData } from './types.ts';

let pending: Promise<GraphData> | undefined;

/** Fetches `/graph.json` once per page view, however many islands ask for it. */
export function loadGraph(): Promise<GraphData> {
  pending ??= fetch('/graph.json').then((r) => {
    if (!r.ok) throw new Error(`/graph.json: HTTP ${r.status}`);
    return r.json() as Promise<GraphData>;
  });
  pending.catch(() => (pending = undefined));
  return pending;
}
