import type { RunOptions } from '../../engine/budget.ts';
import { EventHeap } from '../../engine/event-heap.ts';
import { createGuard } from '../../engine/guard.ts';
import type { Rng } from '../../rng/xoshiro128.ts';
import type { CreationPlan } from './costs.ts';
import { JITTER_BITS, type Jitter } from './jitter.ts';

/** How long creating every slot took, and how busy the lock was. */
export interface CreationResult {
  /** Wall-clock time until the last task finished (s). */
  seconds: number;
  /** Total RTNL hold (s): the lower bound no number of threads can beat. */
  lockSeconds: number;
  /** RTNL acquisitions. */
  acquisitions: number;
  truncated: boolean;
  message: string | null;
}

/**
 * Receives what a creation run does, for the boot live view: called with each thread's next
 * stretch of one task as the run learns it (see BootTracer in trace.ts). Recording draws no
 * random numbers and changes nothing in the run.
 */
export interface CreationTracer {
  /** True once the trace is full: the run may stop reporting. */
  readonly done: boolean;
  /** Nothing reported later happens before `t` (ms). */
  flush(t: number): void;
  /**
   * Task number `task` (the order tasks were taken), of the plan's task kind `kind`: asked for the
   * lock at `t`, held it from `grant` to `release` (grant < 0: no lock in this stretch), then
   * worked off the lock from `offFrom` to `offTo` (equal: no such work). Times in ms.
   */
  stretch(task: number, kind: number, t: number, grant: number, release: number, offFrom: number, offTo: number): void;
}

/**
 * The step-time multipliers of one creation stream, drawn once and kept: step i of a run (in the
 * order the run draws) takes multiplier i. Every step draws exactly one, so runs on the same
 * stream (the view's sweeps) read one shared array instead of each drawing its own.
 */
export class CreationDraws {
  private values = new Float64Array(0);
  private readonly jitter: Jitter;
  private readonly rng: Rng;

  constructor(jitter: Jitter, rng: Rng) {
    this.jitter = jitter;
    this.rng = rng;
  }

  /** At least the first `n` multipliers. */
  upTo(n: number): Float64Array {
    const old = this.values;
    if (old.length >= n) return old;
    const values = new Float64Array(Math.max(n, 2 * old.length));
    values.set(old);
    const table = this.jitter.values,
      shift = 32 - JITTER_BITS;
    for (let i = old.length; i < values.length; i++) values[i] = table[this.rng.nextUint32() >>> shift] as number;
    this.values = values;
    return values;
  }
}

/**
 * Parallel slot creation as a closed system: `threads` workers take tasks in plan order from a
 * shared list; each step either holds RTNL (a FIFO single server: granted at max(request, lock
 * free), so in request order because events pop in time order) or runs off the lock on its own
 * core. The makespan is the boot time. See /concepts/rtnl-lock-contention/.
 * The plan is flattened into typed arrays: step k of task kind j is entry start[j] + k.
 */
export function simulateCreation(
  plan: CreationPlan,
  threads: number,
  draws: CreationDraws,
  options: RunOptions = {},
  tracer?: CreationTracer,
): CreationResult {
  const kinds = plan.tasks.filter((k) => k.count > 0);
  /** Each kind's index in the plan (kinds with no tasks are dropped above). */
  const planIndex = Int32Array.from(kinds, (k) => plan.tasks.indexOf(k));
  const start = new Int32Array(kinds.length + 1),
    count = new Int32Array(kinds.length);
  kinds.forEach((k, j) => {
    start[j + 1] = (start[j] as number) + k.task.ms.length;
    count[j] = k.count;
  });
  const ms = new Float64Array(start[kinds.length] as number),
    locked = new Uint8Array(ms.length);
  kinds.forEach((k, j) =>
    k.task.ms.forEach((v, s) => {
      ms[(start[j] as number) + s] = v;
      locked[(start[j] as number) + s] = k.task.locked[s] ? 1 : 0;
    }),
  );
  const totalSteps = kinds.reduce((s, k) => s + k.count * k.task.ms.length, 0);
  const guard = createGuard(options, totalSteps, 'steps');
  const mult = draws.upTo(totalSteps);
  let drawn = 0;
  const tasks = new TaskList(start, count, planIndex, threads);
  const { at, end, task, kindOf } = tasks;
  const heap = new EventHeap(Math.max(4, threads));
  for (let w = 0; w < threads; w++) if (tasks.take(w)) heap.push(0, w);
  // (A first step off the lock is handled like any other: it pops at time 0.)
  let lockFree = 0,
    lockMs = 0,
    acquisitions = 0,
    last = 0,
    work = 0;
  let truncated = false,
    message: string | null = null;
  const budget = guard.budget;
  while (heap.size > 0) {
    if (work >= budget) {
      truncated = true;
      message = guard.stop();
      break;
    }
    if (++work >= guard.nextReport) guard.report(work);
    const t = heap.peekTime();
    const w = heap.pop();
    let k = at[w] as number;
    const cost = (ms[k] as number) * (mult[drawn++] as number);
    let done: number;
    // For a tracer: this stretch of the thread's task (its lock request, grant, release, then
    // the work off the lock from `offFrom`).
    const tr = tracer && !tracer.done ? tracer : undefined;
    tr?.flush(t);
    let from = t,
      grant = -1,
      release = -1,
      offFrom = t;
    if (locked[k] === 1) {
      const s = lockFree > t ? lockFree : t;
      lockFree = s + cost;
      lockMs += cost;
      acquisitions++;
      done = lockFree;
      grant = s;
      release = offFrom = lockFree;
    } else done = t + cost;
    // Off-lock steps touch nothing shared, so they run inline: the thread's next event is its
    // next lock request (or the end of its work), which halves the events of a slot.
    for (;;) {
      k++;
      if (k >= (end[w] as number)) {
        tr?.stretch(task[w] as number, kindOf[w] as number, from, grant, release, offFrom, done);
        if (!tasks.take(w)) {
          k = -1;
          break;
        }
        k = at[w] as number;
        from = offFrom = done;
        grant = release = -1;
      }
      if (locked[k] === 1) break;
      done += (ms[k] as number) * (mult[drawn++] as number);
    }
    // The stretch up to the thread's next lock request (nothing, if a task just taken starts with it).
    if (k >= 0 && tr && (grant >= 0 || done > offFrom))
      tr.stretch(task[w] as number, kindOf[w] as number, from, grant, release, offFrom, done);
    if (done > last) last = done;
    if (k >= 0) {
      at[w] = k;
      heap.push(done, w);
    }
  }
  return { seconds: last / 1000, lockSeconds: lockMs / 1000, acquisitions, truncated, message };
}

/**
 * The plan's tasks, handed out in order: `take` gives a thread the next one (its steps, number
 * and kind in the per-thread arrays). A class, not a closure in `simulateCreation`, so the event
 * loop calls one function whatever the run and V8 can inline it.
 */
class TaskList {
  /** Per thread: the flat index of its next step, and one past its task's last step. */
  readonly at: Int32Array;
  readonly end: Int32Array;
  /** Per thread, for a tracer: its task's number (in the order taken) and kind. */
  readonly task: Int32Array;
  readonly kindOf: Int32Array;
  private readonly start: Int32Array;
  private readonly count: Int32Array;
  private readonly planIndex: Int32Array;
  /** The kind of the next task, and how many of that kind are left. */
  private kind = 0;
  private left: number;
  private taken = 0;

  constructor(start: Int32Array, count: Int32Array, planIndex: Int32Array, threads: number) {
    this.start = start;
    this.count = count;
    this.planIndex = planIndex;
    this.left = count[0] ?? 0;
    this.at = new Int32Array(threads);
    this.end = new Int32Array(threads);
    this.task = new Int32Array(threads);
    this.kindOf = new Int32Array(threads);
  }

  /** Gives thread `w` the next task; false when there is none. */
  take(w: number): boolean {
    const count = this.count;
    while (this.left === 0 && this.kind < count.length - 1) this.left = count[++this.kind] as number;
    if (this.left === 0) return false;
    this.left--;
    const kind = this.kind;
    this.at[w] = this.start[kind] as number;
    this.end[w] = this.start[kind + 1] as number;
    this.task[w] = this.taken++;
    this.kindOf[w] = this.planIndex[kind] as number;
    return true;
  }
}
