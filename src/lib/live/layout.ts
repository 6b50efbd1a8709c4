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

const LABEL = 18;
const ROW_MIN = 34;

/** The height a layout of these stations wants at this width. */
export function preferredHeight(stations: readonly Station[], shown?: readonly boolean[]): number {
  const groups = columnsOf(stations, shown);
  const rowsMax = Math.max(
    1,
    ...groups.map((g) =>
      g.delay === null ? g.stations.reduce((n, s) => n + Math.max(1, Math.min(4, stations[s]!.servers)), 0) : 1,
    ),
  );
  return LABEL + Math.max(120, rowsMax * ROW_MIN) + 8;
}

/** Lays out `stations` in a box of `width` × `height` CSS pixels. */
export function layout(
  stations: readonly Station[],
  width: number,
  height: number,
  shown?: readonly boolean[],
): Layout {
  const groups = columnsOf(stations, shown);
  const serverCols = groups.filter((g) => g.delay === null).length;
  const delayCols = groups.length - serverCols;
  // Server columns get three times a delay column's width: that is where lines form.
  const unit = width / Math.max(1, 3 * serverCols + delayCols);
  const radius = Math.max(3, Math.min(6, unit / 10));
  const rowOf: (Row | null)[] = stations.map(() => null);
  const columnOf: Column[] = [];
  const columns: Column[] = [];
  let x = 0;
  for (const g of groups) {
    const w = g.delay === null ? 3 * unit : unit;
    const col: Column = { x, width: w, rows: [], delay: g.delay };
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
