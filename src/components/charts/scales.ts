import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import type { Axis } from '@field-guide/sims';
import { significant, trimZeros } from '../../lib/sim/format.ts';

/** A chart frame in SVG units, and how many ticks its axes get. */
export interface Frame {
  name: 'wide' | 'narrow';
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  xTicks: number;
  yTicks: number;
}

/**
 * Every chart is drawn twice and CSS shows one (a container query on `.chart`): a wide frame for
 * desktop columns and a narrow one for phones. The SVG scales with its container, text included,
 * so a desktop frame shrunk to a 330 px phone column would set 12 px labels at about 6 px; the
 * narrow frame is drawn near the size it is shown at (1 unit ≈ 1 px), with fewer ticks and a taller
 * aspect, so its text stays at least 11 px.
 */
export const FRAMES: readonly Frame[] = [
  { name: 'wide', width: 640, height: 300, left: 56, right: 16, top: 12, bottom: 44, xTicks: 6, yTicks: 5 },
  { name: 'narrow', width: 320, height: 280, left: 44, right: 10, top: 12, bottom: 42, xTicks: 4, yTicks: 4 },
];

/** A d3 scale for an axis over the data extent (or the axis's fixed domain). */
export function axisScale(
  axis: Axis,
  values: number[],
  range: [number, number],
): ScaleContinuousNumeric<number, number> {
  const finite = values.filter((v) => Number.isFinite(v) && (axis.scale === 'linear' || v > 0));
  let [lo, hi] = axis.domain ?? [Math.min(...finite), Math.max(...finite)];
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = axis.scale === 'log' ? [1, 10] : [0, 1];
  if (lo === hi) hi = axis.scale === 'log' ? hi * 10 : hi + 1;
  const s = axis.scale === 'log' ? scaleLog().domain([lo, hi]) : scaleLinear().domain([Math.min(0, lo), hi]);
  return s.range(range).nice();
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * Short labels for tick values: 0.5, 2, 1.5k, 2M, and below 0.01 a power of ten as 10⁻⁴ (a log
 * axis's ticks, where "0.0001" is hard to count) and anything else as a decimal, 0.002. Never
 * programmers' notation ("1e-4").
 */
export function formatTick(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e6) return `${+(v / 1e6).toPrecision(3)}M`;
  if (a >= 1e3) return `${+(v / 1e3).toPrecision(3)}k`;
  if (a === 0) return '0';
  if (a < 0.01) {
    const k = Math.round(Math.log10(a));
    if (Math.abs(a / 10 ** k - 1) < 1e-9) {
      const power = `10⁻${[...String(-k)].map((d) => SUPERSCRIPT[Number(d)]).join('')}`;
      return v < 0 ? `-${power}` : power;
    }
    return trimZeros(significant(v, 2));
  }
  return String(+v.toPrecision(3));
}

/** An axis title with its unit: "Mean wait (s)". */
export function axisTitle(a: Axis): string {
  return a.unit ? `${a.label} (${a.unit})` : a.label;
}
