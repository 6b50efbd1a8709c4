import type { Station } from '@field-guide/sims';

/**
 * Where things sit in a live view, as pure geometry in CSS pixels: stations left to right in the
 * order an entity meets them. Consecutive stations with servers share a column (one row each:
 * a line growing leftwards from its servers); a station without servers (a wire, a fixed delay,
 * a line with no server of its own) gets a column of its own, crossed left to right. Stations a
 * trace never uses (a token bucket when nothing is rate-limited) can be left out.
 */
export interface Row {
  station: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the line's head sits, and the spacing of the places behind it (leftwards). */
  lineHeadX: number;
  lineY: number;
  spacing: number;
  /** How many entities fit in the line before the rest are counted, not drawn. */
  visible: number;
  /** One box per server, stacked in the row. */
  servers: { x: number; y: number; width: number; height: number }[];
}

export interface Column {
  x: number;
  width: number;
  /** Its label, wrapped to the column (at most LABEL_LINES lines). */
  label: string[];
  /** Server stations (rows) in this column, or one delay station. */
  rows: Row[];
  delay: number | null;
}

export interface Layout {
  width: number;
  height: number;
  columns: Column[];
  /** Per station, its row (server stations) or column (delay stations). */
  rowOf: (Row | null)[];
  columnOf: Column[];
  /** Entity radius. */
  radius: number;
  /** Height reserved at the top of each column for its label. */
  labelHeight: number;
}

/** The labels' font (the player draws them in it), the height of one of their lines, and their most lines. */
export const LABEL_FONT = '12px system-ui, sans-serif';
export const LABEL_LINE = 14;
export const LABEL_LINES = 4;
const ROW_MIN = 34;
/** A wire's column is at least this wide when the width allows, so that its label's words fit. */
const DELAY_MIN = 68;
/** Room between a label and its column's edges. */
const PAD = 4;

/** The width of a text in the labels' font, in CSS pixels. */
export type Measure = (text: string) => number;

/**
 * A label broken into lines of at most `max` pixels, at spaces: a phone's narrow columns get
 * "Tunnel setup (eBPF, 0.2 ms)" whole on four lines instead of "Tunn…". A word wider than the
 * column, or text past the last line, ends in "…".
 */
export function wrapLabel(text: string, max: number, measure: Measure, lines = LABEL_LINES): string[] {
  const fit = (t: string) => {
    let u = t;
    while (u.length > 1 && measure(u) > max) u = `${u.slice(0, -2)}…`;
    return u;
  };
  const out: string[] = [];
  let line = '';
  // Only ordinary spaces break a line: a label keeps a no-break space's words together.
  for (const word of text.split(' ').filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (!line || measure(next) <= max) line = next;
    else {
      out.push(fit(line));
      line = word;
    }
  }
  if (line) out.push(fit(line));
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  kept[lines - 1] = fit(`${kept[lines - 1]!.replace(/…$/, '')}…`);
  return kept;
}

/** A column's label: its wire's name, or its one server station's, or "Drives 1–8" for a run of numbered ones. */
function labelOf(stations: readonly Station[], g: { stations: number[]; delay: number | null }): string {
  if (g.delay !== null) return stations[g.delay]!.label;
  const first = stations[g.stations[0]!]!.label;
  return g.stations.length === 1 ? first : `${first.replace(/\s*\d+$/, '')}s 1–${g.stations.length}`;
}

/** Column widths: server columns three times a wire's, but a wire's at least DELAY_MIN where the width allows. */
function widths(groups: { delay: number | null }[], width: number): { server: number; delay: number } {
  const serverCols = groups.filter((g) => g.delay === null).length;
  const delayCols = groups.length - serverCols;
  const unit = width / Math.max(1, 3 * serverCols + delayCols);
  if (delayCols === 0 || serverCols === 0 || unit >= DELAY_MIN) return { server: 3 * unit, delay: unit };
  // Narrow: wires take up to DELAY_MIN, and server columns keep at least half a wire's share more.
  const delay = Math.min(DELAY_MIN, width / (1.5 * serverCols + delayCols));
  return { server: (width - delayCols * delay) / serverCols, delay };
}

/** The labels of the columns at this width, wrapped, and the height they take. */
function labels(
  stations: readonly Station[],
  groups: { stations: number[]; delay: number | null }[],
  width: number,
  measure: Measure,
): { lines: string[][]; height: number } {
  const w = widths(groups, width);
  const lines = groups.map((g) =>
    wrapLabel(labelOf(stations, g), (g.delay === null ? w.server : w.delay) - 2 * PAD, measure),
  );
  return { lines, height: PAD + LABEL_LINE * Math.max(1, ...lines.map((l) => l.length)) };
}

/** About the width of a text in LABEL_FONT, for measuring without a canvas (tests, the first layout). */
export const roughMeasure: Measure = (text) => text.length * 6.6;

/** The height a layout of these stations wants at this width (its labels wrap on narrow screens). */
export function preferredHeight(
  stations: readonly Station[],
  width: number,
  shown?: readonly boolean[],
  measure: Measure = roughMeasure,
): number {
  const groups = columnsOf(stations, shown);
  const rowsMax = Math.max(
    1,
    ...groups.map((g) =>
      g.delay === null ? g.stations.reduce((n, s) => n + Math.max(1, Math.min(4, stations[s]!.servers)), 0) : 1,
    ),
  );
  return labels(stations, groups, width, measure).height + Math.max(120, rowsMax * ROW_MIN) + 8;
}

/** Lays out `stations` in a box of `width` × `height` CSS pixels. */
export function layout(
  stations: readonly Station[],
  width: number,
  height: number,
  shown?: readonly boolean[],
  measure: Measure = roughMeasure,
): Layout {
  const groups = columnsOf(stations, shown);
  const sizes = widths(groups, width);
  const { lines, height: LABEL } = labels(stations, groups, width, measure);
  const radius = Math.max(3, Math.min(6, sizes.delay / 10, sizes.server / 30));
  const rowOf: (Row | null)[] = stations.map(() => null);
  const columnOf: Column[] = [];
  const columns: Column[] = [];
  let x = 0;
  for (const [i, g] of groups.entries()) {
    const w = g.delay === null ? sizes.server : sizes.delay;
    const col: Column = { x, width: w, label: lines[i]!, rows: [], delay: g.delay };
    if (g.delay === null) {
      const weights = g.stations.map((s) => Math.max(1, Math.min(4, stations[s]!.servers)));
      const total = weights.reduce((a, b) => a + b, 0);
      let y = LABEL;
      g.stations.forEach((s, i) => {
        const h = ((height - LABEL) * weights[i]!) / total;
        const c = stations[s]!.servers;
        const boxW = Math.min(44, w * 0.28);
        const boxH = Math.max(8, Math.min(28, (h - 4) / c - 2));
        const stackH = c * (boxH + 2) - 2;
        const top = y + (h - stackH) / 2;
        const servers = Array.from({ length: c }, (_, k) => ({
          x: x + w - boxW - 4,
          y: top + k * (boxH + 2),
          width: boxW,
          height: boxH,
        }));
        const lineHeadX = x + w - boxW - 4 - radius * 2 - 2;
        const spacing = radius * 2 + 1;
        const row: Row = {
          station: s,
          x,
          y,
          width: w,
          height: h,
          lineHeadX,
          lineY: y + h / 2,
          spacing,
          visible: Math.max(1, Math.floor((lineHeadX - x - 24) / spacing)),
          servers,
        };
        col.rows.push(row);
        rowOf[s] = row;
        columnOf[s] = col;
        y += h;
      });
    } else columnOf[g.delay] = col;
    columns.push(col);
    x += w;
  }
  return { width, height, columns, rowOf, columnOf, radius, labelHeight: LABEL };
}

/**
 * Where an entity is drawn: in line at `place` (0 = head), on `server`, or `progress` (0–1) through a delay station.
 */
export type Spot =
  | { station: number; place: number }
  | { station: number; server: number }
  | { station: number; progress: number; lane: number };

/** The centre of an entity at a spot. */
export function position(l: Layout, spot: Spot): { x: number; y: number; hidden: boolean } {
  const row = l.rowOf[spot.station];
  if ('server' in spot && row) {
    const b = row.servers[spot.server]!;
    return { x: b.x + b.width / 2, y: b.y + b.height / 2, hidden: false };
  }
  if ('place' in spot && row) {
    const hidden = spot.place >= row.visible;
    return { x: row.lineHeadX - Math.min(spot.place, row.visible) * row.spacing, y: row.lineY, hidden };
  }
  const col = l.columnOf[spot.station]!;
  const p = 'progress' in spot ? Math.max(0, Math.min(1, spot.progress)) : 0;
  const lane = 'lane' in spot ? spot.lane : 0;
  const inner = l.height - l.labelHeight - 2 * l.radius - 4;
  return {
    x: col.x + l.radius + 2 + p * (col.width - 2 * l.radius - 4),
    y: l.labelHeight + l.radius + 2 + ((lane * 0.618034) % 1) * inner,
    hidden: false,
  };
}

/** Columns of the stations to show (all when `shown` is absent), in order. */
function columnsOf(
  stations: readonly Station[],
  shown?: readonly boolean[],
): { stations: number[]; delay: number | null }[] {
  const out: { stations: number[]; delay: number | null }[] = [];
  stations.forEach((s, i) => {
    if (shown && !shown[i]) return;
    if (s.servers === 0) out.push({ stations: [i], delay: i });
    else {
      const last = out[out.length - 1];
      if (last && last.delay === null) last.stations.push(i);
      else out.push({ stations: [i], delay: null });
    }
  });
  return out;
}
