import type { Rng } from '../../rng/xoshiro128.ts';
import { meanBurstLength } from './theory.ts';

/**
 * Tenants as typed arrays, one slot per tenant: each switches between off periods (geometric)
 * and on bursts whose lengths have a Pareto tail, and carries a fixed heat drawn from a Pareto
 * (a few tenants are much hotter than the rest). No objects per tenant, no allocation per step.
 * See /concepts/aggregate-demand-smoothing/.
 */
export interface Tenants {
  count: number;
  /** 1 while the tenant is bursting. */
  on: Uint8Array;
  /** Steps left in the current on or off period. */
  left: Int32Array;
  /** I/Os per step the tenant asks for while on (its heat times the fleet's peak per unit heat). */
  rate: Float64Array;
  /** Long-run share of time on (the duty cycle after rounding of period lengths). */
  duty: number;
  /** Mean burst length in steps. */
  meanOn: number;
  /** Probability per step that an off tenant turns on (1 / mean off length); 1 for always-on. */
  offExit: number;
  /** ln(1 − offExit), computed once: every off period's length divides by it. */
  offLog: number;
  /** Shortest burst and Pareto shape of burst lengths. */
  burstMin: number;
  burstTail: number;
  /** Σ rate and Σ rate², for the exact coefficient of variation of the total. */
  sumRate: number;
  sumRate2: number;
  /** True when every tenant is always on (uniform demand). */
  steady: boolean;
  /** Burst and off lengths by the top bits of their draw (see `lengthTables` and `nextPeriod`). */
  lengths: Uint16Array;
}

/** What shapes the tenants, in the model's own terms. */
export interface TenantSpec {
  count: number;
  /** Expected total I/Os per step over all tenants. */
  meanTotal: number;
  steady: boolean;
  /** Every tenant equally hot (heat 1, no heat drawn): the 1/√N law's alike tenants. */
  alike?: boolean;
  dutyCycle: number;
  burstSteps: number;
  burstTail: number;
  heatTail: number;
}

/**
 * The length of the period a tenant starts when it switches: `was` 1 (it turns off) an off
 * length, geometric on {1, 2, …} with exit probability q per step, ⌊ln U / ln(1 − q)⌋ + 1 (with
 * q = 1, always 1, from no random number); `was` 0 a burst length, ⌊x_m · U^(−1/α)⌋, at least 1,
 * so P(L ≥ j) = min(1, (x_m / j)^α). U = 1 − x / 2³² from the generator's 32-bit draw x, in (0, 1].
 * Most come from the table (see `lengthTables`), the same lengths without a log or a pow.
 */
function nextPeriod(t: Tenants, was: number, rng: Rng): number {
  if (was === 1 && t.offExit >= 1) return 1;
  const x = rng.nextUint32();
  const l = t.lengths[(was << TABLE_BITS) | (x >>> (32 - TABLE_BITS))]!;
  if (l !== 0) return l;
  const u = 1 - x / 4294967296;
  return was === 1 ? offOf(offValue(u, t.offLog)) : burstOf(burstValue(u, t.burstMin, -1 / t.burstTail));
}
const burstValue = (u: number, xm: number, exp: number) => xm * u ** exp;
const burstOf = (v: number) => Math.max(1, Math.min(1e9, Math.floor(v)));
const offValue = (u: number, logStay: number) => Math.log(u) / logStay;
const offOf = (v: number) => 1 + Math.min(1e9, Math.floor(v));

/**
 * Period lengths looked up instead of computed. A length is a step function of the generator's
 * 32-bit draw x (u = 1 − x / 2³²), and monotone in it. Cut the draws into 4,096 buckets by their
 * top 12 bits: where the unrounded value at both ends of a bucket rounds down to the same integer
 * with room to spare (a millionth of the value from either integer, where pow's and log's errors
 * are about 1e-16 of it), every draw in between rounds down to it too, so the table holds that
 * length; the few buckets astride a step (a few percent of draws, mostly long periods) hold 0, and
 * those draws are computed. The same draws give the same lengths, bit for bit, without a pow or a
 * log for most of them. 16-bit entries (longer lengths are computed), so both tables take 16 KB.
 */
const TABLE_BITS = 12;
function lengthTable(value: (u: number) => number, length: (v: number) => number, table: Uint16Array): void {
  const buckets = 1 << TABLE_BITS,
    width = 2 ** (32 - TABLE_BITS);
  const clear = (v: number, j: number) => v - j > 1e-6 * Math.max(1, v) && j + 1 - v > 1e-6 * Math.max(1, v);
  let first = value(1); // the bucket's first draw, x = b · width
  for (let b = 0; b < buckets; b++) {
    const last = value(1 - ((b + 1) * width - 1) / 4294967296),
      next = value(1 - ((b + 1) * width) / 4294967296);
    const j = Math.floor(first);
    const l = length(first);
    if (Math.floor(last) === j && clear(first, j) && clear(last, j) && l <= 0xffff) table[b] = l;
    first = next;
  }
}

/**
 * The burst lengths' table, then the off lengths': a switching tenant's next length is at
 * (on before the switch) · 4,096 + the draw's top 12 bits, with no branch on which it is (tenants
 * are on or off at random, so such a branch is mispredicted half the time). The last tenants'
 * tables are kept (a smoothing estimate steps four crowds of the same parameters).
 */
let lastTables: { xm: number; exp: number; logStay: number; lengths: Uint16Array } | null = null;
function lengthTables(xm: number, exp: number, logStay: number): Uint16Array {
  const l = lastTables;
  if (l && l.xm === xm && l.exp === exp && l.logStay === logStay) return l.lengths;
  const lengths = new Uint16Array(2 << TABLE_BITS);
  lengthTable((u) => burstValue(u, xm, exp), burstOf, lengths.subarray(0, 1 << TABLE_BITS));
  lengthTable((u) => offValue(u, logStay), offOf, lengths.subarray(1 << TABLE_BITS));
  lastTables = { xm, exp, logStay, lengths };
  return lengths;
}

/**
 * meanBurstLength sums 2,000 powers; a smoothing estimate creates tenants once per replication,
 * so the last value is kept (a pure function of its two arguments).
 */
let lastBurst = { xm: Number.NaN, alpha: Number.NaN, mean: Number.NaN };
function cachedMeanBurst(xm: number, alpha: number): number {
  if (lastBurst.xm !== xm || lastBurst.alpha !== alpha) lastBurst = { xm, alpha, mean: meanBurstLength(xm, alpha) };
  return lastBurst.mean;
}

/**
 * Creates tenants. Heat is Pareto(shape heatTail), rescaled so the realized mean is exactly 1;
 * the peak per unit heat is chosen so the expected total is `meanTotal`. Each tenant starts in
 * the stationary state: on with probability equal to the duty cycle, part-way through a burst.
 */
export function createTenants(s: TenantSpec, rng: Rng): Tenants {
  const n = s.count;
  const rate = new Float64Array(n);
  const on = new Uint8Array(n);
  const left = new Int32Array(n);
  const meanOn = s.steady ? 1 : cachedMeanBurst(s.burstSteps, s.burstTail);
  const wantOff = s.dutyCycle >= 1 ? 0 : (meanOn * (1 - s.dutyCycle)) / s.dutyCycle;
  const meanOff = wantOff > 0 ? Math.max(1, wantOff) : 0;
  const steady = s.steady || meanOff === 0;
  const duty = steady ? 1 : meanOn / (meanOn + meanOff);
  const xmHeat = (s.heatTail - 1) / s.heatTail;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const w = s.steady || s.alike ? 1 : xmHeat * (1 - rng.next()) ** (-1 / s.heatTail);
    rate[i] = w;
    sum += w;
  }
  const peak = s.meanTotal / (duty * sum); // per unit of realized heat
  let sum2 = 0;
  for (let i = 0; i < n; i++) {
    const r = rate[i]! * peak;
    rate[i] = r;
    sum2 += r * r;
  }
  const offExit = steady ? 1 : 1 / meanOff,
    offLog = Math.log(1 - offExit);
  const t: Tenants = {
    count: n,
    on,
    left,
    rate,
    duty,
    meanOn,
    offExit,
    offLog,
    burstMin: s.burstSteps,
    burstTail: s.burstTail,
    sumRate: s.meanTotal / duty,
    sumRate2: sum2,
    steady,
    lengths: lengthTables(s.burstSteps, -1 / s.burstTail, offLog),
  };
  const tail = residualTail(t.burstMin, t.burstTail, meanOn);
  for (let i = 0; i < n; i++) {
    if (steady || rng.next() < duty) {
      on[i] = 1;
      left[i] = steady ? 0x7fffffff : residualBurst(rng, tail);
    } else {
      on[i] = 0;
      left[i] = nextPeriod(t, 1, rng);
    }
  }
  return t;
}

/**
 * Steps left in a burst seen at a random moment (the stationary forward recurrence time):
 * P(R = j) = P(L ≥ j) / E[L]. Starting every tenant from it (and off periods, being geometric,
 * from themselves) makes the process stationary from the first step, with no warm-up.
 * The flat part j ≤ ⌊x_m⌋ is uniform; the tail j > x_m, ∝ j^(−α), is drawn by rejection from
 * ⌊Y⌋ with Y continuous Pareto on [j₀, ∞).
 */
function residualBurst(rng: Rng, r: ResidualTail): number {
  if (rng.next() * r.meanOn < r.flat) return 1 + Math.floor(rng.next() * r.flat);
  for (;;) {
    // ⌊Y⌋ and the powers that accept it, from tables where they have them (the same numbers).
    const x = rng.nextUint32();
    let j = r.floors[x >>> (32 - TABLE_BITS)]!;
    if (j === 0) {
      const y = r.j0 * (1 - x / 4294967296) ** r.yExp;
      if (y > 1e9) return 1e9;
      j = Math.floor(y);
    }
    const known = j < TAIL_POWERS;
    const mass = known ? r.mass[j]! : tailMass(r, j),
      accept = known ? r.accept[j]! : j ** r.accExp;
    if (rng.next() * r.bound * mass <= accept) return j;
  }
}

/**
 * The constants of `residualBurst` for one (x_m, α), computed once per population (`bound` is a
 * power), and tables for the tail: ⌊Y⌋ by the top bits of Y's draw (0: compute it; see
 * `lengthTable`), and for j below TAIL_POWERS each j's mass and acceptance power. The last
 * population's are kept (a smoothing estimate creates four crowds of the same parameters).
 */
interface ResidualTail {
  xm: number;
  alpha: number;
  meanOn: number;
  flat: number;
  j0: number;
  bound: number;
  yExp: number;
  massExp: number;
  massDiv: number;
  accExp: number;
  floors: Uint16Array;
  mass: Float64Array;
  accept: Float64Array;
}
const TAIL_POWERS = 1024;
const tailMass = (r: ResidualTail, j: number) => (j ** r.massExp - (j + 1) ** r.massExp) / r.massDiv;
let lastTail: ResidualTail | null = null;
function residualTail(xm: number, alpha: number, meanOn: number): ResidualTail {
  const l = lastTail;
  if (l && l.xm === xm && l.alpha === alpha && l.meanOn === meanOn) return l;
  const flat = Math.floor(xm),
    j0 = flat + 1;
  const bound = (1 + 1 / j0) ** alpha;
  const r: ResidualTail = {
    xm,
    alpha,
    meanOn,
    flat,
    j0,
    bound,
    yExp: -1 / (alpha - 1),
    massExp: 1 - alpha,
    massDiv: alpha - 1,
    accExp: -alpha,
    floors: new Uint16Array(1 << TABLE_BITS),
    mass: new Float64Array(TAIL_POWERS),
    accept: new Float64Array(TAIL_POWERS),
  };
  lengthTable(
    (u) => j0 * u ** r.yExp,
    (y) => (y > 1e9 ? 0 : Math.floor(y)),
    r.floors,
  );
  for (let j = 1; j < TAIL_POWERS; j++) {
    r.mass[j] = tailMass(r, j);
    r.accept[j] = j ** r.accExp;
  }
  lastTail = r;
  return r;
}

/** Advances every tenant one step and returns this step's total demand in I/Os. */
export function stepTenants(t: Tenants, rng: Rng): number {
  const { on, left, rate } = t;
  let total = 0;
  if (t.steady) {
    for (let i = 0; i < t.count; i++) total += rate[i]!;
    return total;
  }
  const n = t.count;
  for (let i = 0; i < n; i++) {
    let l = left[i]! - 1;
    if (l <= 0) {
      const was = on[i]!;
      on[i] = was ^ 1;
      l = nextPeriod(t, was, rng);
    }
    left[i] = l;
    // Branch-free (on is 0 or 1, and adding 0 changes no sum): half the tenants are on at random.
    total += rate[i]! * on[i]!;
  }
  return total;
}

/**
 * Coefficient of variation of the total of independent on/off tenants in steady state:
 * √((1 − p)/p) · √(Σ rate²) / Σ rate, which is the one-tenant value over √N when all are equal.
 */
export function totalCv(t: Tenants): number {
  if (t.steady) return 0;
  return (Math.sqrt((1 - t.duty) / t.duty) * Math.sqrt(t.sumRate2)) / t.sumRate;
}

/**
 * When each tenant's current period ends, for stepping only the tenants that switch (see
 * `switchTenants`): bit i of step s's row is set when tenant i switches at step s. A tenant whose
 * `left` is L switches at step L − 1, and one that switches at step s to a period of l steps
 * switches again at s + l (what `stepTenants` does, counting `left` down to 0). Ends at or past
 * `horizon` are not kept.
 */
export interface SwitchCalendar {
  horizon: number;
  /** 32-bit words per step's row. */
  words: number;
  due: Int32Array;
}

/** The calendar of freshly created tenants over their first `horizon` steps. */
export function switchCalendar(t: Tenants, horizon: number): SwitchCalendar {
  const words = (t.count + 31) >>> 5;
  const due = new Int32Array(horizon * words);
  if (!t.steady) {
    for (let i = 0; i < t.count; i++) {
      const s = t.left[i]! - 1;
      if (s >= horizon) continue;
      const k = s * words + (i >>> 5);
      due[k] = due[k]! | (1 << (i & 31));
    }
  }
  return { horizon, words, due };
}

/**
 * Step s (in order, from 0) of `stepTenants`, done only for the tenants whose period ends at it:
 * they are found in the calendar in index order, so the same random numbers go to the same
 * tenants in the same order, and every on/off state is the same bit for bit. About one tenant in
 * eight switches in a second at the defaults (mean burst 8.5 s), so this is several times less
 * work than visiting them all. Writes the tenants that switched to `changed` (in index order) and
 * returns how many; `left` is no longer kept (the calendar holds it).
 */
export function switchTenants(t: Tenants, cal: SwitchCalendar, s: number, rng: Rng, changed: Int32Array): number {
  const { on } = t,
    { due, words, horizon } = cal;
  let n = 0;
  for (let w = 0, row = s * words; w < words; w++) {
    let bits = due[row + w]!;
    while (bits !== 0) {
      const low = bits & -bits; // the lowest set bit: tenants in index order
      bits ^= low;
      const b = 31 - Math.clz32(low),
        i = (w << 5) | b;
      const was = on[i]!;
      on[i] = was ^ 1;
      const l = nextPeriod(t, was, rng);
      changed[n++] = i;
      if (s + l < horizon) {
        const k = (s + l) * words + w;
        due[k] = due[k]! | low;
      }
    }
  }
  return n;
}
