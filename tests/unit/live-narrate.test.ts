import { describe, expect, it } from 'vitest';
import { applyEvent, getModel, indexAtTime, initialState, LEAVE, stateAt, type Trace } from '@field-guide/sims';
import { formatSpan } from '../../src/lib/live/narrate.ts';
import { colourOf, legendOf, leaveTimes, narrate, sceneAt } from '../../src/lib/live/scene.ts';

/**
 * Narration of the Lambda packet walk and boot live views, on real traces of the model: the
 * words come from the trace (its stations' rule counts, its tally), the numbers from replaying it.
 */
const lambda = getModel('lambda-slots')!;
const traceOf = (values: Record<string, string | number>, events = 6000) =>
  (lambda.run(values, { trace: events }) as { trace: Trace }).trace;

describe('formatSpan', () => {
  it('picks the unit a reader would', () => {
    expect(formatSpan(0.0013728, 'ms')).toBe('1.37 μs');
    expect(formatSpan(0.99952, 'ms')).toBe('1 ms');
    expect(formatSpan(43, 'ms')).toBe('43 ms');
    expect(formatSpan(2.5, 's')).toBe('2.5 s');
    expect(formatSpan(0.0004, 's')).toBe('400 μs');
    expect(formatSpan(0.0000005, 'ms')).toBe('0.5 ns');
  });
});

describe('the packet walk narration', () => {
  const packets = traceOf({ liveView: 'packet', rulesInNamespace: 'true' });

  it('starts with nothing walked', () => {
    expect(narrate(packets, initialState(packets), packets.t0)).toBe(
      'At 0.00 ms. Root (128,144 rules): no packet of slot 4,000 yet. Namespace (176 rules): no packet of slot 4,000 yet.',
    );
  });

  it('says how far the first packet in the root has walked, in proportion to its time there', () => {
    const slow = leaveTimes(packets).get(0 * 1024 + 0)!; // the first packet leaves the root's list
    // nearly half-way through its walk: one more root packet started at 0.25 ms, two namespace packets done
    const s = stateAt(packets, indexAtTime(packets, 0.45));
    expect(narrate(packets, s, 0.45)).toBe(
      `At 0.45 ms. Root (128,144 rules): a packet of slot 4,000 has walked ` +
        `${Math.floor((0.45 / slow) * 128_144).toLocaleString('en')} of 128,144 rules (1 more walking); none through yet. ` +
        'Namespace (176 rules): 2 through, each in 1.37 μs.',
    );
    // the namespace packet's walk, caught in the middle
    const first = stateAt(packets, 2),
      fast = leaveTimes(packets).get(1 * 1024 + 1)!;
    expect(narrate(packets, first, fast / 2)).toContain(
      'Namespace (176 rules): a packet of slot 4,000 has walked 88 of 176 rules; none through yet.',
    );
  });

  it('counts finished walks and how long each took: about 1 ms in the root, 1.37 μs in the namespace', () => {
    const s = initialState(packets);
    let lastRoot = -1;
    for (let i = 0; i < packets.size; i++) {
      applyEvent(s, packets, i);
      if (packets.kind[i] === LEAVE && packets.station[i] === 0) lastRoot = i;
      if (lastRoot >= 0) break;
    }
    const said = narrate(packets, s, s.time);
    expect(said).toMatch(
      /Root \(128,144 rules\): a packet of slot 4,000 has walked [\d,]+ of 128,144 rules \(2 more walking\); 1 through, each in 1 ms\./,
    );
    expect(said).toMatch(/Namespace \(176 rules\): 4 through, each in 1\.37 μs\.$/);
    // the scene draws each walker at its progress through its list
    for (const e of sceneAt(packets, s, s.time, leaveTimes(packets)))
      if ('progress' in e.spot) expect(e.spot.progress).toBeLessThanOrEqual(1);
  });

  it('colours the two placements apart, each by name', () => {
    expect(legendOf(packets).map((l) => l.label)).toEqual(packets.classes);
    expect(new Set(legendOf(packets).map((l) => l.colour)).size).toBe(2);
  });
});

describe('the boot narration', () => {
  it('lock-unfriendly: slots created, threads waiting for the lock and holding it', () => {
    const boot = traceOf({ liveView: 'boot', strategy: 'pre-create', slots: 200, parallelism: 8 }, 1_000_000);
    expect(boot.full).toBe(false);
    expect(narrate(boot, initialState(boot), 0)).toBe(
      'At 0.00 s: 0 of 200 slots created; 0 threads busy: 0 waiting for the RTNL lock, 0 holding it, 0 working off it.',
    );
    // after every event of an instant mid-boot: all 8 threads busy, all but the holder waiting
    const mid = stateAt(boot, indexAtTime(boot, boot.time[200]!));
    expect(narrate(boot, mid, mid.time)).toMatch(
      /^At [\d.]+ s: \d+ of 200 slots created; 8 threads busy: 7 waiting for the RTNL lock, 1 holding it, 0 working off it\.$/,
    );
    const end = stateAt(boot, boot.size);
    expect(narrate(boot, end, end.time)).toMatch(/^At [\d.]+ s: 200 of 200 slots created; 0 threads busy/);
  });

  it('RTNL-friendly: each kind of task by name, once begun, and each in its own colour', () => {
    const boot = traceOf(
      {
        liveView: 'boot',
        strategy: 'pre-create',
        ebpfTunnel: 'true',
        lockFriendly: 'true',
        slots: 200,
        parallelism: 8,
      },
      1_000_000,
    );
    const end = stateAt(boot, boot.size);
    expect(narrate(boot, end, end.time)).toMatch(
      /^At [\d.]+ s: 200 of 200 slots with a namespace, 200 of 200 slots with a veth pair and tunnel, 4 of 4 batches of eBPF attachments done; 0 threads busy/,
    );
    const early = stateAt(boot, 30);
    expect(narrate(boot, early, early.time)).toMatch(/^At [\d.]+ s: \d+ of 200 slots with a namespace; 8 threads busy/);
    expect(legendOf(boot).map((l) => l.label)).toEqual([
      'Namespaces',
      'Veth pairs and tunnels',
      'eBPF attachment batches',
    ]);
    expect([0, 1, 2].map((k) => colourOf(boot, k))).toEqual([1, 2, 3]);
  });

  it('a full trace does not count a task cut off by the window as done', () => {
    const boot = traceOf({ liveView: 'boot', strategy: 'pre-create' }, 600);
    expect(boot.full).toBe(true);
    const end = stateAt(boot, boot.size);
    const created = Number(/: (\d+) of 4,000 slots created/.exec(narrate(boot, end, end.time))![1]);
    // each slot takes the lock four times (namespace, veth, move, device): at most a quarter of the events' starts
    expect(created).toBeLessThan(600 / 12);
  });
});
