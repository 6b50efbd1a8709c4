import type { DemandFrames, DemandSeries } from '@field-guide/sims';
import { grouped } from '../sim/format.ts';

/**
 * The smoothing live view's arithmetic: where each crowd's strip sits, the shared vertical scale,
 * where a second's value is drawn, and what the labels and the narration say. Pure, so the island
 * only draws.
 */

/**
 * Room for the axis labels left of the plots, a strip's title line, a plot's height and the gap between strips (CSS
 * px).
 */
export const AXIS = 34;
export const TITLE = 20;
export const PLOT = 56;
export const GAP = 12;

export interface Strip {
  /** Top of the title line, and top and height of the plot below it. */
  titleY: number;
  y: number;
  height: number;
}

export interface Strips {
  /** Left edge and width of every plot, and the whole picture's height. */
  x: number;
  width: number;
  height: number;
  strips: Strip[];
}

/** `count` strips stacked in `width` pixels (plots at least 40 px wide). */
export function stripsOf(width: number, count: number): Strips {
  const strips = Array.from({ length: count }, (_, i) => {
    const titleY = i * (TITLE + PLOT + GAP);
    return { titleY, y: titleY + TITLE, height: PLOT };
  });
  return {
    x: AXIS,
    width: Math.max(40, Math.floor(width) - AXIS - 4),
    height: count * (TITLE + PLOT) + Math.max(0, count - 1) * GAP,
    strips,
  };
}

/** The top of the shared scale: the largest value of any series with 5% headroom, up to the next half, at least 2. */
export function demandTop(d: DemandFrames): number {
  let max = 0;
  for (const s of d.series) for (const v of s.values) if (v > max) max = v;
  return Math.max(2, Math.ceil((max * 1.05) / 0.5) * 0.5);
}

/** Horizontal position of second `s` of `frames` (the first at the left edge, the last at the right). */
export function stripX(s: number, frames: number, layout: Strips): number {
  return layout.x + (frames > 1 ? (s / (frames - 1)) * layout.width : 0);
}

/** Vertical position of a value in a strip on the shared scale 0 … top (clamped to the plot). */
export function stripY(value: number, strip: Strip, top: number): number {
  const v = Math.max(0, Math.min(top, value));
  return strip.y + strip.height * (1 - v / top);
}

/** "0.10", "0.010", "1.0": two significant figures. */
function sig(x: number): string {
  return x === 0 ? '0' : x.toPrecision(2);
}

/** A model CV with its 95% half-width: "CV 0.10 ± 0.004". */
export function cvText(s: Pick<DemandSeries, 'cv' | 'ci95'>): string {
  return `CV ${sig(s.cv)}${s.ci95 === null ? '' : ` ± ${s.ci95 === 0 ? '0' : s.ci95.toPrecision(1)}`}`;
}

/** A strip's title: "100 tenants, CV 0.10 ± 0.004". */
export function stripTitle(s: DemandSeries): string {
  return `${s.label}, ${cvText(s)}`;
}

/** A multiple of the mean: "idle", "3.4×", "1.02×" (two decimals near 1, where the big crowds sit). */
export function timesText(x: number): string {
  if (!(x > 0)) return 'idle';
  return `${Math.abs(x - 1) < 0.1 ? x.toFixed(2) : x.toFixed(1)}×`;
}

/** "one tenant", "a hundred", "ten thousand", else "2,500 tenants". */
export function crowdWords(count: number, client: string): string {
  const words: Record<number, string> = {
    1: `one ${client}`,
    10: 'ten',
    100: 'a hundred',
    1000: 'a thousand',
    10_000: 'ten thousand',
    100_000: 'a hundred thousand',
    1_000_000: 'a million',
  };
  return words[count] ?? `${grouped(count)} ${client}s`;
}

/** The value of each series at a second (a fraction of a second shows its whole second). */
export function valuesAt(d: DemandFrames, frame: number): number[] {
  const f = Math.max(0, Math.min(d.frames - 1, Math.floor(frame)));
  return d.series.map((s) => s.values[f]!);
}

/**
 * One sentence for screen readers: "Second 120: one tenant at 3.4× its mean, a hundred at 1.3×, ten thousand at 1.02×."
 */
export function narrateDemand(d: DemandFrames, frame: number): string {
  const values = valuesAt(d, frame);
  let said = false; // "its mean" once, on the first crowd not idle
  const parts = d.series.map((s, i) => {
    const x = values[i]!;
    const who = crowdWords(s.count, d.client);
    if (!(x > 0)) return `${who} idle`;
    const mean = said ? '' : ` ${s.count === 1 ? 'its' : 'their'} mean`;
    said = true;
    return `${who} at ${timesText(x)}${mean}`;
  });
  return `Second ${Math.max(0, Math.min(d.frames - 1, Math.floor(frame))) + 1}: ${parts.join(', ')}.`;
}
