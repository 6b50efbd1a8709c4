import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { computed } from 'nanostores';
import { isChoice, validate, type ParamsSpec, type Preset, type Stat } from '@field-guide/sims';
import { runnerFor } from '../lib/sim/runner.ts';
import { readParams, writeParams } from '../lib/sim/url.ts';
import { valuesFromUrl } from '../lib/sim/values.ts';
import { fromSlider, sliderRange, toSlider } from '../lib/sim/slider.ts';
import { simStores, type SimStores } from '../stores/sim.ts';
import { formatValue as fmt } from '../lib/sim/format.ts';

interface Props {
  id: string;
  model: string;
  spec: ParamsSpec;
  presets: readonly Preset[];
  /** Parameters shown as controls, in order. */
  show: string[];
  /** The other parameters, offered under "More parameters" for free play. */
  advanced: string[];
  /** Show the presets as numbered steps of a story, with the active step's sentence. */
  steps?: boolean;
  /** The model's title, naming this form among others on the page. */
  title: string;
}

/** Where the run stands: its progress and a Cancel button while it runs, else what went wrong. */
function RunStatus({ stores, cancel }: { stores: SimStores; cancel: () => void }) {
  const run = useStore(stores.$run);
  return (
    <div class="status" role="status" aria-live="polite">
      {run.status === 'running' && (
        <>
          <progress max={1} value={run.progress} aria-label="Simulation progress" />
          <button type="button" class="cancel" onClick={cancel}>
            Cancel
          </button>
        </>
      )}
      {run.status === 'cancelled' && <span>Run cancelled; the figures show the previous run.</span>}
      {run.status === 'error' && <span class="error">The simulation failed: {run.error}</span>}
    </div>
  );
}

/**
 * Controls generated from a model's parameter schema: a labelled slider with a number input per
 * numeric parameter, a select per choice, presets, seed and reset. Values live in the URL.
 */
export default function SimControls({ id, model, spec, presets, show, advanced, steps = false, title }: Props) {
  const stores = simStores(id);
  const params = useStore(stores.$params);
  const notes = useStore(stores.$notes);
  // The step's measured numbers, once its run is done: not the whole run state, so that a run's
  // progress re-renders only the status line below, not the form.
  const stats = useStore(
    useMemo(() => computed(stores.$run, (r) => (r.status === 'running' ? null : (r.view?.stats ?? null))), [stores]),
  );
  const defaults = useMemo(() => validate(spec, {}).value as Record<string, number | string>, [spec]);
  const runner = useMemo(() => runnerFor(id, model, stores), [id, model, stores]);
  const timer = useRef<number>();
  /** The reader's answer to each step's question, by preset id. */
  const [answers, setAnswers] = useState<Record<string, number>>({});

  useEffect(() => {
    const { values, notes: urlNotes } = valuesFromUrl(spec, readParams(location.search, id));
    stores.$params.set(values);
    stores.$notes.set(urlNotes);
    if (Object.keys(values).some((k) => values[k] !== defaults[k])) runner.run(values);
  }, []);

  const values = Object.keys(params).length ? params : defaults;
  /** A preset is active while every value it sets is unchanged. */
  const isActive = (p: Preset) => Object.entries(p.params).every(([k, v]) => String(values[k]) === String(v));
  const active = steps ? presets.find(isActive) : undefined;
  /** A step shows its own few controls; free play (no step active) shows them all. */
  const shown = active?.controls ? active.controls.filter((k) => k in spec) : show;
  const hidden = [...show, ...advanced].filter((k) => !shown.includes(k));
  const answer = (p: Preset, choice: number) => {
    setAnswers({ ...answers, [p.id]: choice });
    stores.$cue.set(stores.$cue.get() + 1); // the live view starts again from the window's beginning
    if (!stores.$run.get().view && stores.$run.get().status !== 'running') runner.run(values);
  };
  const update = (next: Record<string, number | string>, immediate = false) => {
    const { value, notes: n } = validate(spec, next);
    stores.$params.set(value);
    stores.$notes.set(n);
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${writeParams(location.search, id, value, defaults)}${location.hash}`,
    );
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => runner.run(value as Record<string, number | string>), immediate ? 0 : 150);
  };

  /** One control built from the parameter's schema: a select, or a slider with a number input. */
  const param = (name: string) => {
    const p = spec[name];
    if (!p) return null;
    const fid = `${id}-${name}`;
    if (isChoice(p)) {
      return (
        <div class="param" key={name}>
          <label for={fid}>{p.label}</label>
          <select
            id={fid}
            value={String(values[name])}
            aria-describedby={`${fid}-help`}
            onChange={(e) => update({ ...values, [name]: e.currentTarget.value })}
          >
            {p.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          <small id={`${fid}-help`}>{p.help}</small>
        </div>
      );
    }
    const v = Number(values[name]);
    return (
      <div class="param" key={name}>
        <label for={fid}>
          {p.label}
          {p.unit ? <span class="unit"> ({p.unit})</span> : null}
        </label>
        <div class="pair">
          <input
            id={fid}
            type="range"
            {...sliderRange(p)}
            value={toSlider(p, v)}
            aria-valuetext={`${v}${p.unit ? ` ${p.unit}` : ''}`}
            aria-describedby={`${fid}-help`}
            onInput={(e) => update({ ...values, [name]: fromSlider(p, Number(e.currentTarget.value)) })}
          />
          <input
            type="number"
            aria-label={`${p.label}, exact value`}
            min={p.min}
            max={p.max}
            step={p.step}
            value={v}
            onChange={(e) => update({ ...values, [name]: e.currentTarget.value })}
          />
        </div>
        <small id={`${fid}-help`}>{p.help}</small>
      </div>
    );
  };

  return (
    <form class="sim-controls" onSubmit={(e) => e.preventDefault()} aria-label={`Controls: ${title}`}>
      {presets.length > 0 && steps && (
        <nav class="steps" aria-label={`Steps of the story: ${title}`}>
          <ol>
            {presets.map((p, i) => (
              <li key={p.id}>
                <button
                  type="button"
                  aria-current={isActive(p) ? 'step' : undefined}
                  onClick={() => update({ ...defaults, ...p.params }, true)}
                >
                  <span class="n">{i + 1}</span> {p.label}
                </button>
              </li>
            ))}
          </ol>
          {/* A step's notes say what it shows, so they wait for the reader's answer to its question. */}
          <p class="step-note" aria-live="polite">
            {!active
              ? 'Free play: change anything below, or pick a step to return to the story.'
              : active.question && answers[active.id] === undefined
                ? 'Make your guess below: the notes on this step follow your answer.'
                : active.help}
          </p>
        </nav>
      )}
      {presets.length > 0 && !steps && (
        <fieldset class="presets">
          <legend>Presets</legend>
          {presets.map((p) => (
            <button
              type="button"
              key={p.id}
              title={p.help}
              aria-pressed={isActive(p)}
              onClick={() => update({ ...defaults, ...p.params, seed: values['seed'] ?? defaults['seed'] ?? 1 }, true)}
            >
              {p.label}
            </button>
          ))}
        </fieldset>
      )}
      {active?.question && (
        <Ask step={active} chosen={answers[active.id]} onAnswer={(c) => answer(active, c)} stats={stats} />
      )}
      <div class="params">{shown.map(param)}</div>
      {hidden.length > 0 && (
        <details class="more">
          <summary>More parameters ({hidden.length})</summary>
          <div class="params">{hidden.map(param)}</div>
        </details>
      )}
      <div class="actions">
        {spec['seed'] && (
          <label class="seed">
            Seed{' '}
            <input
              type="number"
              min={0}
              step={1}
              value={Number(values['seed'])}
              onChange={(e) => update({ ...values, seed: e.currentTarget.value })}
            />
          </label>
        )}
        <button type="button" onClick={() => update({ ...values, seed: Number(values['seed'] ?? 0) + 1 }, true)}>
          New random run
        </button>
        <button type="button" onClick={() => update(defaults, true)}>
          Reset
        </button>
      </div>
      <RunStatus stores={stores} cancel={() => runner.cancel()} />
      {notes.length > 0 && (
        <ul class="sim-notes" aria-label="Changed values">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </form>
  );
}

/**
 * A step's question, asked before the answer shows: the choices, then (once chosen) whether the
 * reader was right, why, and the measured numbers of this run with their 95% intervals and theory.
 */
function Ask({
  step,
  chosen,
  onAnswer,
  stats,
}: {
  step: Preset;
  chosen: number | undefined;
  onAnswer: (choice: number) => void;
  stats: Stat[] | null;
}) {
  const q = step.question!;
  const shown = stats?.filter((s) => q.stats.includes(s.id) && s.value !== null) ?? [];
  return (
    <fieldset class="ask" key={step.id}>
      <legend>{q.prompt}</legend>
      <div class="choices">
        {q.choices.map((c, i) => (
          <button
            type="button"
            key={c}
            aria-pressed={chosen === i}
            disabled={chosen !== undefined && chosen !== i}
            data-right={chosen !== undefined && i === q.answer ? '' : undefined}
            onClick={() => onAnswer(i)}
          >
            {chosen !== undefined && i === q.answer && <span aria-hidden="true">✓ </span>}
            {c}
          </button>
        ))}
      </div>
      <div class="reveal" aria-live="polite">
        {chosen !== undefined && (
          <>
            <p>
              <strong>{chosen === q.answer ? 'Right.' : `Not quite: ${q.choices[q.answer]!.toLowerCase()}.`}</strong>{' '}
              {q.reveal}
            </p>
            {stats === null ? (
              <p class="measuring">Measuring this step’s run…</p>
            ) : (
              <ul class="measured" aria-label="Measured in this run">
                {shown.map((s) => (
                  <li key={s.id}>
                    {s.label}: <strong>{fmt(s.value)}</strong>
                    {s.ci95 ? ` ± ${fmt(s.ci95)}` : ''}
                    {s.unit ? ` ${s.unit}` : ''}
                    {s.theory !== null && s.theory !== undefined
                      ? ` (theory ${fmt(s.theory)}${s.unit ? ` ${s.unit}` : ''})`
                      : ''}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </fieldset>
  );
}
