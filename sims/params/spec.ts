/**
 * Parameter schemas as plain data: islands build sliders and selects from them, the CLI builds
 * its flags and help, and `validate` checks URL and command-line input against them.
 */

/** A numeric parameter: a slider. */
export interface NumberParam {
  /** Absent or 'number'; absent keeps older schemas (mm1) valid. */
  kind?: 'number';
  /** Short name shown beside the control. */
  label: string;
  default: number;
  min: number;
  max: number;
  /** Slider step; input is not snapped to it. */
  step: number;
  /** Unit shown after the value, '' for counts. */
  unit: string;
  /** One or two sentences: what it is, why it matters. */
  help: string;
  /** Whole numbers only (servers, customers, seed): other values are rounded, with a note. */
  integer?: boolean;
  /**
   * Where the default comes from, shown in the page's assumptions table: a source figure
   * ("EBS article, 2024: about 120 IOPS per drive") or why an assumption was chosen.
   */
  basis?: string;
}

/** One option of a choice parameter. */
export interface ChoiceOption<V extends string = string> {
  value: V;
  label: string;
}

/** A parameter taking one of a few named values: a select or radio group. */
export interface ChoiceParam<V extends string = string> {
  kind: 'choice';
  label: string;
  default: V;
  options: readonly ChoiceOption<V>[];
  help: string;
  /** Where the default comes from (see NumberParam.basis). */
  basis?: string;
}

/** Either kind of parameter. */
export type ParamSpec = NumberParam | ChoiceParam;

/** A model's full schema, by parameter name (camelCase). */
export type ParamsSpec = Record<string, ParamSpec>;

/** The values a schema describes: numbers, or the option strings of choice parameters. */
export type ValuesOf<S extends ParamsSpec> = {
  -readonly [K in keyof S]: S[K] extends ChoiceParam<infer V> ? V : number;
};

/** True for choice parameters. */
export function isChoice(p: ParamSpec): p is ChoiceParam {
  return p.kind === 'choice';
}

/** The schema's defaults as a values object. */
export function defaultsOf<S extends ParamsSpec>(spec: S): ValuesOf<S> {
  const out: Record<string, number | string> = {};
  for (const [k, p] of Object.entries(spec)) out[k] = p.default;
  return out as ValuesOf<S>;
}

/** The allowed values in words: "0.01–100 per s", "1–64, whole numbers" or "one of a, b". */
export function describeRange(p: ParamSpec): string {
  if (isChoice(p)) return `one of ${p.options.map((o) => o.value).join(', ')}`;
  const unit = p.unit ? ` ${p.unit}` : '';
  return `${p.min}–${p.max}${unit}${p.integer ? ', whole numbers' : ''}`;
}

/**
 * A named starting point of a model, for the site's preset buttons and the CLI's `--preset`: one
 * step of a page's story, with the sentence of what to notice there.
 */
export interface Preset<P = Readonly<Record<string, number | string>>> {
  id: string;
  label: string;
  /** The sentence of what to notice at this step. */
  help: string;
  /** The values the preset sets (a model's presets set some of its parameters: `Partial<Params>`). */
  params: P;
  /** A lesson step asks before it shows: the reader answers, then the run and its numbers reveal. */
  question?: Question;
  /** The (at most three) parameters that matter at this step; the rest wait under "More parameters". */
  controls?: readonly string[];
}

/**
 * The question a step asks before it shows. The right answer is what the model measures at the
 * preset for any seed (each model's claims tests check it at many seeds), and the reveal shows
 * the measured stats named in `stats` beside the sentence.
 */
export interface Question {
  prompt: string;
  choices: readonly string[];
  /** Index of the right choice. */
  answer: number;
  /** Said once the reader has answered: why, with the theory's numbers. */
  reveal: string;
  /** Ids of the view's stats to show with the reveal, e.g. ['meanWait', 'p99']. */
  stats: readonly string[];
}
