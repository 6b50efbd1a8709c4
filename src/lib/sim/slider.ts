import type { NumberParam } from '@field-guide/sims';

/**
 * Slider positions for a numeric parameter. Parameters spanning three or more orders of magnitude
 * (arrival rates, customer counts) get a logarithmic slider, so every decade gets equal travel;
 * the number input beside it still takes any exact value.
 */
const STEPS = 1000;

export function isLogSlider(p: NumberParam): boolean {
  return p.min > 0 && p.max / p.min >= 1000;
}

/** The slider's min, max and step attributes. */
export function sliderRange(p: NumberParam): { min: number; max: number; step: number } {
  return isLogSlider(p) ? { min: 0, max: STEPS, step: 1 } : { min: p.min, max: p.max, step: p.step };
}

/** Slider position of a value. */
export function toSlider(p: NumberParam, v: number): number {
  if (!isLogSlider(p)) return v;
  return Math.round((STEPS * Math.log(Math.max(p.min, v) / p.min)) / Math.log(p.max / p.min));
}

/** Value at a slider position, rounded to the parameter's step (or to 3 significant figures on a log slider). */
export function fromSlider(p: NumberParam, pos: number): number {
  if (!isLogSlider(p)) return pos;
  const v = p.min * Math.pow(p.max / p.min, pos / STEPS);
  const rounded = Number(v.toPrecision(v >= 100 ? 2 : 3));
  return p.integer ? Math.max(p.min, Math.round(rounded)) : Math.max(p.min, Math.min(p.max, rounded));
}
