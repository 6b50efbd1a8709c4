import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import type { Axis } from '@field-guide/sims';

/** Chart frame in SVG units; the SVG scales to its container's width. */
export const FRAME = { width: 640, height: 300, left: 56, right: 16, top: 12, bottom: 44 } as const;

/** A d3 scale for an axis over the data extent (or the axis's fixed domain). */
export function axisScale(axis: Axis, values: number[], range: [number, number]): ScaleContinuousNumeric<number, number> {
  const finite = values.filter((v) => Number.isFinite(v) && (axis.scale === 'linear' || v > 0));
  let [lo, hi] = axis.domain ?? [Math.min(...finite), Math.max(...finite)];
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = axis.scale === 'log' ? [1, 10] : [0, 1];
  if (lo === hi) hi = axis.scale === 'log' ? hi * 10 : hi + 1;
  const s = axis.scale === 'log' ? scaleLog().domain([lo, hi]) : scaleLinear().domain([Math.min(0, lo), hi]);
  return s.range(range).nice();
}

/** Short labels for tick values: 0.5, 2, 1.5k, 2M. */
export function formatTick(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e6) return `${+(v / 1e6).toPrecision(3)}M`;
  if (a >= 1e3) return `${+(v / 1e3).toPrecision(3)}k`;
  if (a === 0) return '0';
  if (a < 0.01) return v.toExponential(0);
  return String(+v.toPrecision(3));
}

/** A number for prose and tables: three significant figures, thousands separated. */
export function formatValue(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  const a = Math.abs(v);
  if (a >= 1000) return Math.round(v).toLocaleString('en');
  return String(+v.toPrecision(3));
}

/** An axis title with its unit: "Mean wait (s)". */
export function axisTitle(a: Axis): string {
  return a.unit ? `${a.label} (${a.unit})` : a.label;
}
