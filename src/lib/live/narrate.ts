import { JOIN, LEAVE, type ReplayState, type Trace } from '@field-guide/sims';
import { formatTime } from './clock.ts';
import { grouped as count } from '../sim/format.ts';

/**
 * Narration for the two kinds of trace that are not queues to watch: walks (a packet crossing a
 * list of rules, `Station.items`) and tallies (a known list of work, `Trace.tally`). Pure: the
 * sentence depends only on the trace, the replayed state and the clock.
 */

const SECONDS: Record<Trace['unit'], number> = { s: 1, ms: 1e-3 };

/** A length of time in a trace's unit, for readers: "1 ms", "1.37 μs", "43 ms", "2.5 s". */
export function formatSpan(x: number, unit: Trace['unit']): string {
  const s = x * SECONDS[unit];
  const [v, u] =
    s >= 0.9995 ? [s, 's'] : s >= 0.9995e-3 ? [s * 1e3, 'ms'] : s >= 0.9995e-6 ? [s * 1e6, 'μs'] : [s * 1e9, 'ns'];
  return `${+v.toPrecision(3)} ${u}`;
}

/** "4,000". */

/**
 * For each list a trace's entities walk: how far the first entity on it has walked, how many
 * have finished and how long the last took. "At 0.80 ms. Root (128,144 rules): a
 * packet of slot 4,000 has walked 102,515 of 128,144 rules (3 more walking); none through yet.
 * Namespace (176 rules): 4 through, each in 1.37 μs."
 */
export function narrateWalk(trace: Trace, s: ReplayState, now: number): string {
  const item = trace.item ?? 'item';
  const parts: string[] = [];
  trace.stations.forEach((st, k) => {
    if (st.items === undefined) return;
    // finished walks so far, and the last one's length
    const joined = new Map<number, number>();
    let done = 0,
      last = -1;
    for (let i = 0; i < s.index; i++) {
      if (trace.station[i] !== k) continue;
      if (trace.kind[i] === JOIN) joined.set(trace.entity[i]!, trace.time[i]!);
      else if (trace.kind[i] === LEAVE) {
        done++;
        const from = joined.get(trace.entity[i]!);
        if (from !== undefined) last = trace.time[i]! - from;
      }
    }
    const each = last >= 0 ? `, each in ${formatSpan(last, trace.unit)}` : '';
    // the walker that started first, and how far along it is
    const walking = s.lines[k]!;
    let first = -1;
    for (const e of walking) if (first < 0 || s.since.get(e)! < s.since.get(first)!) first = e;
    if (first < 0) {
      parts.push(`${st.label}: ${done > 0 ? `${count(done)} through${each}` : `no ${trace.noun} yet`}.`);
      return;
    }
    const since = s.since.get(first)!;
    let end = Number.NaN;
    for (let i = s.index; i < trace.size; i++) {
      if (trace.entity[i] === first && trace.station[i] === k && trace.kind[i] === LEAVE) {
        end = trace.time[i]!;
        break;
      }
    }
    const share = end > since ? Math.min(1, Math.max(0, (now - since) / (end - since))) : 0;
    const others = walking.length > 1 ? ` (${walking.length - 1} more walking)` : '';
    parts.push(
      `${st.label}: a ${trace.noun} has walked ${count(Math.floor(share * st.items))} of ${count(st.items)} ` +
        `${item}s${others}; ${done > 0 ? `${count(done)} through${each}` : 'none through yet'}.`,
    );
  });
  return `At ${formatTime(now - trace.t0)} ${trace.unit}. ${parts.join(' ')}`;
}

/**
 * For a trace of a known list of work: how much of it is done, by class, and what the entities
 * in the system are doing. "At 12.3 s: 245 of 4,000 slots created; 32 threads busy: 31 waiting
 * for the RTNL lock, 1 holding it, 0 working off it."
 */
export function narrateTally(trace: Trace, s: ReplayState, now: number): string {
  const tally = trace.tally ?? [];
  // An entity is done at its last event, a leave (unless the window was cut off right there).
  const lastAt = new Map<number, number>();
  for (let i = 0; i < trace.size; i++) lastAt.set(trace.entity[i]!, i);
  const done = tally.map(() => 0),
    started = tally.map(() => false);
  for (let i = 0; i < s.index; i++) {
    const c = trace.cls[i]!;
    started[c] = true;
    if (trace.kind[i] === LEAVE && lastAt.get(trace.entity[i]!) === i && !(trace.full && trace.time[i] === trace.t1))
      done[c]!++;
  }
  for (const p of trace.initial) started[p.cls] = true;
  const shown = tally.map((t, c) => `${count(done[c]!)} of ${count(t.total)} ${t.done}`).filter((_, c) => started[c]);
  let waiting = 0,
    holding = 0,
    off = 0,
    lock = '';
  trace.stations.forEach((st, k) => {
    if (st.servers > 0) {
      waiting += s.lines[k]!.length;
      holding += s.serving[k]!.reduce((n, e) => n + (e >= 0 ? 1 : 0), 0);
      lock ||= st.label;
    } else off += s.lines[k]!.length;
  });
  const busy = waiting + holding + off;
  const holders = trace.holders ?? `${trace.noun}s`;
  const progress =
    shown.length > 0 ? shown.join(', ') : `0 of ${count(tally[0]?.total ?? 0)} ${tally[0]?.done ?? 'done'}`;
  return (
    `At ${formatTime(now - trace.t0)} ${trace.unit}: ${progress}; ${busy} ${busy === 1 ? holders.replace(/s$/, '') : holders} ` +
    `busy: ${waiting} waiting for the ${lock}, ${holding} holding it, ${off} working off it.`
  );
}
