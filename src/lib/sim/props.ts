import { getModel, models, validate, type ModelEntry, type ParamsSpec, type View } from '@field-guide/sims';

/** What `<Sim>` needs to render, or the reason it cannot (naming the prop and what is allowed). */
export type SimSetup =
  | {
      ok: true;
      entry: ModelEntry;
      spec: ParamsSpec;
      controls: string[];
      initial: Record<string, number | string>;
      preset?: string;
    }
  | { ok: false; error: string };

/**
 * Checks `<Sim model show preset>` props written by MDX authors against the model registry.
 * A preset becomes the starting values (the defaults of the embed), so the page and the URL agree.
 */
export function simSetup(props: { model?: unknown; show?: unknown; preset?: unknown }): SimSetup {
  const known = Object.values(models)
    .filter((m) => m.explore !== undefined)
    .map((m) => m.name);
  const entry = typeof props.model === 'string' ? getModel(props.model) : undefined;
  if (!entry?.explore)
    return {
      ok: false,
      error: `model="${String(props.model)}" is not a simulation in sims/models (known: ${known.join(', ')})`,
    };
  let spec: ParamsSpec = entry.params;
  if (props.preset !== undefined) {
    const start = entry.presets.find((p) => p.id === props.preset);
    if (!start)
      return {
        ok: false,
        error: `preset=${JSON.stringify(props.preset)} is not a preset of ${entry.name} (known: ${entry.presets.map((p) => p.id).join(', ')})`,
      };
    spec = Object.fromEntries(
      Object.entries(entry.params).map(([k, p]) => [k, { ...p, default: start.params[k] ?? p.default }]),
    ) as ParamsSpec;
  }
  if (props.show !== undefined && (!Array.isArray(props.show) || props.show.some((s) => typeof s !== 'string'))) {
    return { ok: false, error: `show must be a list of parameter names, e.g. show={["load", "servers"]}` };
  }
  const show = (props.show as string[] | undefined) ?? Object.keys(spec).filter((k) => k !== 'seed');
  const unknown = show.filter((name) => !Object.hasOwn(spec, name));
  if (unknown.length)
    return {
      ok: false,
      error: `show: unknown parameter(s) ${unknown.join(', ')} of ${entry.name} (known: ${Object.keys(spec).join(', ')})`,
    };
  const preset = props.preset as string | undefined;
  return {
    ok: true,
    entry,
    spec,
    controls: show,
    initial: validate(spec, {}).value,
    ...(preset !== undefined && { preset }),
  };
}

/** Build-time runs by model and starting point: a page and its CSV files share one run. */
const views = new Map<string, View>();

/** The build-time run for the static figure (the same for every embed with this model and preset). */
export function initialView(setup: Extract<SimSetup, { ok: true }>): View {
  const key = `${setup.entry.name}/${startOf(setup)}`;
  let view = views.get(key);
  if (!view) views.set(key, (view = setup.entry.explore!(setup.initial)));
  return view;
}

/** The name of an embed's starting point: its preset's id, or `defaults`. */
export function startOf(setup: Extract<SimSetup, { ok: true }>): string {
  return setup.preset ?? 'defaults';
}

/**
 * Where the build writes the CSV of a build-time figure (src/pages/sim-data/): a file, so a page
 * does not carry its figures' data twice, once as a table and again as a `data:` link.
 */
export function csvPath(model: string, start: string, figureId: string): string {
  return `/sim-data/${model}/${start}/${figureId}.csv`;
}
