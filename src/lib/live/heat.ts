import type { HeatFrames } from '@field-guide/sims';
import { grouped } from '../sim/format.ts';

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

/** One cell a read compared, and its load then (a multiple of what the cell serves per second). */
export interface Looked {
  cell: number;
  load: number;
}

/** One recorded read that chose among copies: whose object, and the cells it took and passed over. */
export interface ReadChoice {
  client: number;
  object: number;
  copies: number;
  copyNoun: string;
  /** Taken, least loaded first; passed over, in the order the read left them. */
  taken: Looked[];
  passed: Looked[];
}

/** The reads a grid recorded in one second (none when its run made no choices). */
export function readsAt(h: HeatFrames, frame: number): ReadChoice[] {
  const r = h.reads;
  if (!r || h.frames === 0) return [];
  const f = Math.max(0, Math.min(h.frames - 1, Math.floor(frame)));
  const out: ReadChoice[] = [];
  for (let n = 0; n < r.count[f]!; n++) {
    const slot = f * r.perFrame + n,
      at = slot * r.candidates;
    const looked = Array.from({ length: r.candidates }, (_, i) => ({ cell: r.cell[at + i]!, load: r.load[at + i]! }));
    out.push({
      client: r.client[slot]!,
      object: r.object[slot]!,
      copies: r.copies,
      copyNoun: r.copyNoun,
      taken: looked.slice(0, r.taken),
      passed: looked.slice(r.taken),
    });
  }
  return out;
}

/** The cells to mark in one second: those some read took, and those only passed over. */
export function readMarks(h: HeatFrames, frame: number): { taken: number[]; passed: number[] } {
  const taken = new Set<number>(),
    passed = new Set<number>();
  for (const r of readsAt(h, frame)) {
    for (const l of r.taken) taken.add(l.cell);
    for (const l of r.passed) passed.add(l.cell);
  }
  return { taken: [...taken], passed: [...passed].filter((c) => !taken.has(c)) };
}

/** "a", "a and b", "a, b and c". */
function list(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "drive 12 (90%)", "drives 12 (90%) and 300 (70%)". */
function cells(noun: string, looked: readonly Looked[]): string {
  return `${noun}${looked.length === 1 ? '' : 's'} ${list(looked.map((l) => `${l.cell} (${pct(l.load)})`))}`;
}

/**
 * One read in words: "tenant 7’s object 12 has 3 copies, 2 compared; it took drive 41 (load 40% of
 * its IOPS) over drive 12 (90%)". The loads are what the read compared: queued work included.
 */
export function narrateRead(r: ReadChoice, cell = 'drive'): string {
  const plural = r.copyNoun === 'copy' ? 'copies' : `${r.copyNoun}s`;
  const compared = r.taken.length + r.passed.length;
  const has = `tenant ${r.client}’s object ${r.object} has ${r.copies} ${r.copies === 1 ? r.copyNoun : plural}${compared < r.copies ? `, ${compared} compared` : ''}`;
  const [first, ...rest] = r.taken;
  if (!first) return has;
  const took =
    r.taken.length === 1
      ? `${cell} ${first.cell} (load ${pct(first.load)} of its IOPS)`
      : `the ${r.taken.length} least loaded, ${cell}s ${list([`${first.cell} (load ${pct(first.load)} of its IOPS)`, ...rest.map((l) => `${l.cell} (${pct(l.load)})`)])}`;
  const tie = r.passed.some((l) => l.load <= r.taken[r.taken.length - 1]!.load)
    ? ', a tie: the first compared wins'
    : '';
  return `${has}; it took ${took} over ${cells(cell, r.passed)}${tie}`;
}

/** One sentence for screen readers: each grid's hottest drive and where the tenant's load lands. */
export function narrateHeat(grids: readonly HeatFrames[], frame: number): string {
  const parts = grids.map((h) => {
    const s = summarize(h, frame);
    const lands =
      s.touched === 0
        ? `${h.highlightLabel} is quiet`
        : `${h.highlightLabel} loads ${grouped(s.touched)} ${h.cell}${s.touched === 1 ? '' : 's'}, at most ${pct(s.tenantPeak)} of one`;
    return `${h.label}: hottest ${h.cell} at ${pct(s.hottest)}, ${grouped(s.over)} over capacity; ${lands}`;
  });
  // The last read of the second that made a choice (its queues are the fullest), in the last grid that has one.
  for (let g = grids.length - 1; g >= 0; g--) {
    const reads = readsAt(grids[g]!, frame);
    const last = reads[reads.length - 1];
    if (last) {
      parts.push(`A read under ${grids[g]!.label.toLowerCase()}: ${narrateRead(last, grids[g]!.cell)}`);
      break;
    }
  }
  return `Second ${Math.floor(frame) + 1}. ${parts.join('. ')}.`;
}

/** Seconds the view can show: the shortest grid's. */
export function framesOf(grids: readonly HeatFrames[]): number {
  return grids.length ? Math.min(...grids.map((h) => h.frames)) : 0;
}
