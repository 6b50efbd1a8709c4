import { describe, expect, it } from 'vitest';
import { applyEvent, initialState } from '../../trace/replay.ts';
import { JOIN, LEAVE, START, type Trace } from '../../trace/types.ts';
import { perPacketUs, rootRules } from './costs.ts';
import { run } from './model.ts';
import { defaults } from './params.ts';
import { presets } from './presets.ts';
import { BOOT_LOCK, BOOT_OFF, NAMESPACE_WALK, PACKETS, ROOT_WALK } from './trace.ts';

/**
 * The packet-walk and boot live views (`liveView`): each is recorded by the part of the run it
 * shows, so its times are the model's own numbers: a packet's time on its rules is the model's
 * per-packet cost, and the boot's last slot is done when the run says creation ends.
 */
const preset = (id: string) => presets.find((p) => p.id === id)!.params;
/** A capacity no test run reaches: the window runs to the last event. */
const ALL = 1_000_000;

function inOrder(tr: Trace): void {
  for (let i = 1; i < tr.size; i++) expect(tr.time[i]!).toBeGreaterThanOrEqual(tr.time[i - 1]!);
  expect(tr.time[0]).toBeGreaterThanOrEqual(tr.t0);
  expect(tr.t1).toBe(tr.time[tr.size - 1]);
}

/** Per entity: its visits, as [station, join, start or −1, leave or −1]. */
function visits(tr: Trace): Map<number, number[][]> {
  const out = new Map<number, number[][]>();
  for (let i = 0; i < tr.size; i++) {
    const e = tr.entity[i]!,
      v = out.get(e) ?? [];
    out.set(e, v);
    if (tr.kind[i] === JOIN) v.push([tr.station[i]!, tr.time[i]!, -1, -1]);
    else {
      const last = v[v.length - 1]!;
      expect(last[0]).toBe(tr.station[i]); // an entity starts and leaves where it last joined
      if (tr.kind[i] === START) last[2] = tr.time[i]!;
      else last[3] = tr.time[i]!;
    }
  }
  return out;
}

describe('the packet walk: packets of the last slot walking their rules, both placements', () => {
  for (const [name, change] of [
    ['the rules step', {}],
    ['rules left in the root, 1,000 slots of 10 rules', { rulesInNamespace: 'false', slots: 1000, rulesPerSlot: 10 }],
  ] as const) {
    it(`${name}: each packet's time on its rules is the model's per-packet cost`, () => {
      const p = { ...preset('root-rules'), ...change, liveView: 'packet' };
      const r = run(p, { trace: 6000 }),
        tr = r.trace!,
        q = r.params;
      expect(tr.full).toBe(false);
      expect(tr.size).toBe(4 * PACKETS); // a join and a leave per packet, PACKETS of each placement
      inOrder(tr);
      expect(tr.initial).toEqual([]);
      // the lists are the model's: the root's rules with every slot's in it, and static + own
      expect(tr.stations[ROOT_WALK]!.items).toBe(rootRules({ ...q, rulesInNamespace: 'false' }));
      expect(tr.stations[NAMESPACE_WALK]!.items).toBe(q.staticRules + q.rulesPerSlot);
      const slow = perPacketUs(q, q.slots, false) / 1000,
        fast = perPacketUs(q, q.slots, true) / 1000;
      const seen = [0, 0];
      for (const [e, v] of visits(tr)) {
        expect(v).toHaveLength(1);
        const [station, join, , leave] = v[0]!;
        const cls = e % 2;
        expect(station).toBe(cls === 0 ? ROOT_WALK : NAMESPACE_WALK);
        expect(leave! - join!).toBeCloseTo(cls === 0 ? slow : fast, 12);
        seen[cls]!++;
      }
      expect(seen).toEqual([PACKETS, PACKETS]);
      // and the run's headline numbers are the walk of its own placement
      const own = q.rulesInNamespace === 'true' ? fast : slow;
      expect(r.summary.perPacketUsAtLastSlot / 1000).toBeCloseTo(own, 12);
      if (q.rulesInNamespace === 'false') expect(r.summary.rootRules).toBe(tr.stations[ROOT_WALK]!.items);
      for (let i = 0; i < tr.size; i++) expect(tr.cls[i]).toBe(tr.station[i] === ROOT_WALK ? 0 : 1);
    });
  }

  it('is bounded by the capacity asked for', () => {
    const tr = run({ liveView: 'packet' }, { trace: 10 }).trace!;
    expect(tr.size).toBe(10);
    expect(tr.full).toBe(true);
  });
});

/** Replays a boot trace checking the lock: one holder at a time, granted in line order. */
function replayLock(tr: Trace, threads: number): { held: number; busiest: number } {
  const s = initialState(tr);
  let held = 0,
    busiest = 0;
  const granted = new Map<number, number>();
  for (let i = 0; i < tr.size; i++) {
    const e = tr.entity[i]!;
    if (tr.kind[i] === START) {
      expect(tr.station[i]).toBe(BOOT_LOCK);
      expect(s.serving[BOOT_LOCK]![0], `event ${i}`).toBe(-1); // the lock never serves two at once
      expect(s.lines[BOOT_LOCK]![0]).toBe(e); // FIFO: the head of the line is granted next
      granted.set(e, tr.time[i]!);
    } else if (tr.kind[i] === LEAVE && tr.station[i] === BOOT_LOCK) {
      expect(s.serving[BOOT_LOCK]![0]).toBe(e);
      held += tr.time[i]! - granted.get(e)!;
    }
    applyEvent(s, tr, i);
    // every task in the system holds a thread: never more than the run has
    const inSystem = s.lines.reduce((n, l) => n + l.length, 0) + (s.serving[BOOT_LOCK]![0]! >= 0 ? 1 : 0);
    expect(inSystem).toBeLessThanOrEqual(threads);
    busiest = Math.max(busiest, inSystem);
  }
  return { held, busiest };
}

describe('the boot: every slot created by the run’s threads, recorded by the creation run', { timeout: 60_000 }, () => {
  for (const friendly of ['false', 'true'] as const) {
    it(`${friendly === 'true' ? 'RTNL-friendly' : 'lock-unfriendly'} order: the trace is the run, to its last slot`, () => {
      const p = { ...preset('lock-ordering'), lockFriendly: friendly, slots: 300, parallelism: 8, liveView: 'boot' };
      const { trace: tr, ...r } = run(p, { trace: ALL });
      expect(tr!.full).toBe(false);
      inOrder(tr!);
      expect(tr!.t0).toBe(0);
      expect(tr!.unit).toBe('s');
      // the last slot is done when the run says creation (here, the boot) ends
      expect(tr!.t1).toBeCloseTo(r.creation.seconds, 9);
      expect(tr!.t1).toBeCloseTo(r.summary.bootSeconds, 9);
      // the lock is held for as long as the run says, once per acquisition
      const { held, busiest } = replayLock(tr!, 8);
      expect(held).toBeCloseTo(r.creation.lockSeconds, 6);
      let starts = 0;
      for (let i = 0; i < tr!.size; i++) if (tr!.kind[i] === START) starts++;
      expect(starts).toBe(r.creation.acquisitions);
      expect(busiest).toBe(8); // all threads at work at some point
      // every task of the plan appears, ends by leaving, and is counted in its class's tally
      const all = visits(tr!);
      const byClass = tr!.tally!.map(() => 0);
      for (const [e, v] of all) {
        for (const x of v) expect(x[3], `task ${e}`).toBeGreaterThanOrEqual(0);
        const i = tr!.entity.indexOf(e);
        byClass[tr!.cls[i]!]!++;
      }
      expect(byClass).toEqual(tr!.tally!.map((t) => t.total));
      if (friendly === 'false') expect(tr!.tally).toEqual([{ total: 300, done: 'slots created' }]);
      else expect(tr!.tally!.map((t) => t.total)).toEqual([300, 300, Math.ceil((2 * 300) / r.params.attachBatch)]);
      // off the lock: NAT and rules, once per slot
      let off = 0;
      for (let i = 0; i < tr!.size; i++) if (tr!.kind[i] === JOIN && tr!.station[i] === BOOT_OFF) off++;
      expect(off).toBe(300);
    });
  }

  it('recording a view changes nothing in the run', () => {
    const p = { ...preset('lock-ordering'), slots: 500, durationSeconds: 30, replications: 2 };
    const plain = run(p);
    for (const liveView of ['cold-starts', 'packet', 'boot']) {
      const { trace, ...traced } = run({ ...p, liveView }, { trace: 3000 });
      expect(trace!.size).toBeGreaterThan(0);
      expect({ ...traced, params: { ...traced.params, liveView: p.liveView } }).toEqual(plain);
    }
  });

  it('the page’s 6,000 events hold the start of the boot, and say how much of it', () => {
    for (const friendly of ['false', 'true']) {
      const r = run({ ...preset('lock-ordering'), lockFriendly: friendly }, { trace: 6000 });
      const tr = r.trace!;
      expect(tr.size).toBe(6000);
      expect(tr.full).toBe(true);
      expect(tr.t1).toBeLessThan(r.creation.seconds);
      replayLock(tr, defaults().parallelism);
      expect(tr.description).toMatch(/^Live view of the worker’s boot: 32 threads create all 4,000 slots/);
      expect(tr.description).toMatch(/The view holds the first [\d.]+ s of the .+ the run takes\.$/);
    }
  });
});

describe('choosing the view', () => {
  it('a bad liveView falls back to the cold starts, with a note naming the parameter and its choices', () => {
    const r = run({ liveView: 'movie', slots: 200, durationSeconds: 10, replications: 1 }, { trace: 500 });
    expect(r.params.liveView).toBe('cold-starts');
    expect(r.notes).toEqual([
      'liveView: "movie" is not a valid choice; using the default cold-starts (allowed one of cold-starts, packet, boot)',
    ]);
    expect(r.trace!.stations[0]!.label).toBe('RTNL lock');
    expect(r.trace!.description).toBeUndefined(); // the model's own sentence describes the cold starts
    expect(run({ liveView: 3, slots: 200, durationSeconds: 10, replications: 1 }).notes[0]).toMatch(
      /^liveView: 3 is not/,
    );
  });

  it('each step’s live view shows its lesson: the rules step the packet walk, the ordering step the boot', () => {
    const view = (id: string) => run({ ...preset(id), slots: 200, durationSeconds: 10 }, { trace: 500 }).trace!;
    expect(view('on-demand').noun).toBe('cold start');
    expect(view('root-rules').item).toBe('rule');
    expect(view('root-rules').description).toMatch(/^Live view of packets of slot 200 walking their filtering rules/);
    expect(view('pre-create').noun).toBe('cold start');
    expect(view('lock-ordering').holders).toBe('threads');
  });
});
