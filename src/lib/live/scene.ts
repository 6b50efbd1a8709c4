import { LEAVE, occupancy, type ReplayState, type Trace } from '@field-guide/sims';
import type { Spot } from './layout.ts';
import { formatTime } from './clock.ts';
import { narrateTally, narrateWalk } from './narrate.ts';

/**
 * What a live view draws at one moment, from the replayed state: every entity with its class and
 * spot, and a sentence for readers of the `aria-live` line. Pure: the island only paints it.
 */
export interface SceneEntity {
  id: number;
  cls: number;
  spot: Spot;
}

/** Which stations the trace uses at all (an unused token bucket or ring line is not drawn). */
export function usedStations(trace: Trace): boolean[] {
  const used = trace.stations.map((st) => st.servers > 0);
  for (const p of trace.initial) used[p.station] = true;
  for (let i = 0; i < trace.size; i++) used[trace.station[i]!] = true;
  return used;
}

/** When each entity leaves each delay station, so transit can be drawn as progress along it. */
export function leaveTimes(trace: Trace): Map<number, number> {
  const out = new Map<number, number>();
  for (let i = 0; i < trace.size; i++) {
    if (trace.kind[i] === LEAVE && trace.stations[trace.station[i]!]!.servers === 0)
      out.set(key(trace.entity[i]!, trace.station[i]!), trace.time[i]!);
  }
  return out;
}

/** Every entity's spot at time `now` (at or after the state's last event). */
export function sceneAt(trace: Trace, s: ReplayState, now: number, leaves: Map<number, number>): SceneEntity[] {
  const out: SceneEntity[] = [];
  s.lines.forEach((line, station) => {
    const delay = trace.stations[station]!.servers === 0;
    line.forEach((id, place) => {
      const cls = s.cls.get(id) ?? 0;
      if (!delay) {
        out.push({ id, cls, spot: { station, place } });
        return;
      }
      const since = s.since.get(id) ?? trace.t0;
      // An entity still in transit when the window closes moves on at the same pace as the rest.
      const end = leaves.get(key(id, station)) ?? Math.max(trace.t1, since) + (trace.t1 - trace.t0) / 20;
      out.push({ id, cls, spot: { station, progress: end > since ? (now - since) / (end - since) : 1, lane: id } });
    });
  });
  s.serving.forEach((servers, station) =>
    servers.forEach((id, server) => {
      if (id >= 0) out.push({ id, cls: s.cls.get(id) ?? 0, spot: { station, server } });
    }),
  );
  return out;
}

/**
 * One sentence on what matters now, for the `aria-live` line: the time, the longest line and who
 * is in it, and how many servers are busy. Spoken at most every few seconds while playing. A
 * trace of walks (packets past rules) or of a known list of work (slots to create) says how far
 * along it is instead (narrate.ts).
 */
export function narrate(trace: Trace, s: ReplayState, now: number): string {
  if (trace.stations.some((st) => st.items !== undefined)) return narrateWalk(trace, s, now);
  if (trace.tally) return narrateTally(trace, s, now);
  const occ = occupancy(s);
  const time = `${formatTime(now - trace.t0)} ${trace.unit}`;
  const servers = trace.stations.reduce((n, st) => n + st.servers, 0);
  const busy = occ.reduce((n, o, k) => n + (trace.stations[k]!.servers > 0 ? o.busy : 0), 0);
  let worst = -1;
  occ.forEach((o, k) => {
    if (trace.stations[k]!.servers > 0 && (worst < 0 || o.waiting > occ[worst]!.waiting)) worst = k;
  });
  const parts = [`At ${time}`];
  if (worst >= 0 && occ[worst]!.waiting > 0) {
    const line = s.lines[worst]!;
    const byClass = new Map<number, number>();
    for (const id of line) byClass.set(s.cls.get(id) ?? 0, (byClass.get(s.cls.get(id) ?? 0) ?? 0) + 1);
    const top = [...byClass.entries()].sort((a, b) => b[1] - a[1])[0]!;
    const who =
      trace.classes.length > 1 && top[1] > line.length / 2
        ? ` (${top[1]} from ${trace.classes[top[0]]!.toLowerCase()})`
        : '';
    const name =
      trace.stations.filter((x) => x.servers > 0).length > 1
        ? `${trace.stations[worst]!.label.toLowerCase()} has`
        : 'the line has';
    parts.push(`${name} ${occ[worst]!.waiting} waiting${who}`);
  } else parts.push('nobody is waiting');
  parts.push(`${busy} of ${servers} ${servers === 1 ? trace.servers.replace(/s$/, '') : trace.servers} busy`);
  return `${parts.join('; ')}.`;
}

/**
 * The legend of a trace's colours: the first class in its own colour, the rest together
 * ("Volume 1 to Volume 7"), or each by name when there are two or three. Empty for a single class.
 */
export function legendOf(trace: Trace): { colour: number; label: string }[] {
  const { classes } = trace;
  if (classes.length < 2) return [];
  if (classes.length <= 3) return classes.map((label, k) => ({ colour: colourOf(trace, k), label }));
  const rest = classes.length === 2 ? classes[1]! : `${classes[1]!} to ${classes[classes.length - 1]!}`;
  return [
    { colour: colourOf(trace, 0), label: classes[0]! },
    { colour: colourOf(trace, 1), label: rest },
  ];
}

/**
 * A class's colour (index into the chart palette): class 0, the tenant the story follows, stands
 * out from the rest; with two or three classes each has its own.
 */
export function colourOf(trace: Trace, cls: number): number {
  if (trace.classes.length === 1) return 0;
  if (trace.classes.length <= 3) return cls + 1;
  return cls === 0 ? 1 : 2;
}

function key(entity: number, station: number): number {
  return entity * 1024 + station;
}
