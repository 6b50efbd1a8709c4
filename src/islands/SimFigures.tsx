import { useStore } from '@nanostores/preact';
import type { View } from '@field-guide/sims';
import { FigureView } from '../components/charts/FigureView.tsx';
import { formatValue } from '../components/charts/scales.ts';
import { simStores } from '../stores/sim.ts';

interface Props {
  /** The `<Sim>` instance id, shared with its controls island. */
  id: string;
  /** The run at the default parameters, computed at build time: what renders before (and without) JavaScript. */
  initialView: View;
}

/** The results of a simulation: key numbers with their confidence and theory, then the figures. */
export default function SimFigures({ id, initialView }: Props) {
  const run = useStore(simStores(id, initialView).$run);
  const view = run.view ?? initialView;
  const stale = run.status === 'running';
  return (
    <div class={`sim-results${stale ? ' stale' : ''}`} aria-busy={stale}>
      <p class="sim-view-title" aria-live="polite">{view.title}{run.millis !== null ? <span class="millis"> · ran in {Math.round(run.millis)} ms</span> : null}</p>
      {view.message && <p class="sim-message" role="status">{view.message}</p>}
      {view.notes.length > 0 && <ul class="sim-notes">{view.notes.map((n) => <li key={n}>{n}</li>)}</ul>}
      <dl class="sim-stats">
        {view.stats.map((s) => (
          <div key={s.id} data-stat={s.id}>
            <dt>{s.label}</dt>
            <dd>
              <span class="value">{formatValue(s.value)}{s.unit ? ` ${s.unit}` : ''}</span>
              {s.ci95 ? <span class="ci"> ± {formatValue(s.ci95)}</span> : null}
              {s.theory !== undefined && s.theory !== null ? <span class="theory">theory {formatValue(s.theory)}</span> : null}
            </dd>
          </div>
        ))}
      </dl>
      {view.figures.map((f) => <FigureView key={f.id} figure={f} simId={id} />)}
    </div>
  );
}
