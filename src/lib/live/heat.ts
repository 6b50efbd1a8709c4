import type { HeatFrames } from '@field-guide/sims';

/**
 * The heat live view's arithmetic: where each drive sits in its grid, how hot a drive is drawn,
 * and what the narration says at a second of the run. Pure, so the island only draws.
 */

/** Load at or above this is drawn in the hottest colour: half again what a drive can serve. */
export const HOTTEST = 1.5;
/** Colour steps from idle to HOTTEST. */
export const STEPS = 8;
/** A drive counts as carrying the highlighted tenant's load above this share of its capacity. */
export const TOUCHED = 0.005;

export interface Grid {
  cols: number;
  rows: number;
  /** Side of one cell and the gap between cells, in CSS pixels. */
  cell: number;
  gap: number;
  width: number;
  height: number;
}

/** A square-ish grid of `cells` drives that fits `width` pixels (cells at least 3 px). */
export function gridOf(cells: number, width: number): Grid {
  const cols = Math.max(1, Math.ceil(Math.sqrt(cells)));
  const rows = Math.max(1, Math.ceil(cells / cols));
  const pitch = Math.max(3, Math.floor(width / cols));
  const gap = pitch >= 8 ? 1 : 0;
  return { cols, rows, cell: pitch - gap, gap, width: cols * pitch, height: rows * pitch };
}

/** The colour step (0 … STEPS − 1) of a load. */
export function heatStep(load: number): number {
  if (!(load > 0)) return 0;
  return Math.min(STEPS - 1, Math.floor((load / HOTTEST) * (STEPS - 1) + 0.5));
}

export interface FrameSummary {
  /** The hottest drive's load, and how many drives are above what they can serve. */
  hottest: number;
  over: number;
  /** Drives carrying the highlighted tenant's load, and the most it puts on any one drive. */
  touched: number;
  tenantPeak: number;
}

/** What one grid shows at one second. */
export function summarize(h: HeatFrames, frame: number): FrameSummary {
  const f = Math.max(0, Math.min(h.frames - 1, Math.floor(frame)));
  const base = f * h.cells;
  let hottest = 0,
    over = 0,
    touched = 0,
    tenantPeak = 0;
  for (let i = 0; i < h.cells; i++) {
    const load = h.load[base + i]!;
    const mine = h.highlight[base + i]!;
    if (load > hottest) hottest = load;
    if (load > 1) over++;
    if (mine > TOUCHED) touched++;
    if (mine > tenantPeak) tenantPeak = mine;
  }
  return { hottest, over, touched, tenantPeak };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** One sentence for screen readers: each grid's hottest drive and where the tenant's load lands. */
export function narrateHeat(grids: readonly HeatFrames[], frame: number): string {
  const parts = grids.map((h) => {
    const s = summarize(h, frame);
    const lands =
      s.touched === 0
        ? `${h.highlightLabel} is quiet`
        : `${h.highlightLabel} loads ${s.touched.toLocaleString('en')} ${h.cell}${s.touched === 1 ? '' : 's'}, at most ${pct(s.tenantPeak)} of one`;
    return `${h.label}: hottest ${h.cell} at ${pct(s.hottest)}, ${s.over.toLocaleString('en')} over capacity; ${lands}`;
  });
  return `Second ${Math.floor(frame) + 1}. ${parts.join('. ')}.`;
}

/** Seconds the view can show: the shortest grid's. */
export function framesOf(grids: readonly HeatFrames[]): number {
  return grids.length ? Math.min(...grids.map((h) => h.frames)) : 0;
}
