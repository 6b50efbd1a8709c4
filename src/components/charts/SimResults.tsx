import type { View } from '@field-guide/sims';
import { useMemo } from 'preact/hooks';
import { FigureView } from './FigureView.tsx';
import { formatValue } from '../../lib/sim/format.ts';

interface Props {
  /** The `<Sim>` instance id (prefixes figure ids). */
  simId: string;
  view: View;
  /** A newer run has been under way for a while: the figures are dimmed (the region around them is `aria-busy`). */
  stale?: boolean;
  /** Wall-clock milliseconds of the run in the reader's worker (none for the build-time run). */
  millis?: number | null;
  /** The build-time run's CSV file for a figure id (none for a reader's run: its CSV is made in the browser). */
  csvHref?: (figureId: string) => string;
}

/**
 * The results of a simulation: key numbers with their confidence and theory, then the figures.
 * A plain component: `<Sim>` renders it to static HTML at build time, and the live island renders
 * it again only once the reader has run the model, so a page never hydrates its figures.
 */
export function SimResults({ simId, view, stale = false, millis = null, csvHref }: Props) {
  // The figures (charts, tables, CSV) depend on the view alone. A run starting or ending without a
  // new view must not rebuild them: the same elements let Preact skip them, so the main thread
  // stays free while the worker runs.
  const figures = useMemo(
    () => view.figures.map((f) => <FigureView key={f.id} figure={f} simId={simId} csvHref={csvHref?.(f.id)} />),
    [view, simId, csvHref],
  );
  return (
    <div class={`sim-results${stale ? ' stale' : ''}`}>
      <p class="sim-view-title" aria-live="polite">
        {view.title}
        {millis !== null ? <span class="millis"> · ran in {Math.round(millis)} ms</span> : null}
      </p>
      {view.message && (
        <p class="sim-message" role="status">
          {view.message}
        </p>
      )}
      {view.notes.length > 0 && (
        <ul class="sim-notes">
          {view.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <dl class="sim-stats">
        {view.stats.map((s) => (
          <div key={s.id} data-stat={s.id}>
            <dt>{s.label}</dt>
            <dd>
              <span class="value">
                {formatValue(s.value)}
                {s.unit ? ` ${s.unit}` : ''}
              </span>
              {s.ci95 ? <span class="ci"> ± {formatValue(s.ci95)}</span> : null}
              {s.theory !== undefined && s.theory !== null ? (
                <span class="theory">theory {formatValue(s.theory)}</span>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
      {figures}
    </div>
  );
}
