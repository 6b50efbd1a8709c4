import { describe, expect, it } from 'vitest';
import { createRng } from '../../rng/xoshiro128.ts';
import { run } from './model.ts';
import type { Params } from './params.ts';
import { createTenants, stepTenants, totalCv } from './tenants.ts';
import { dChoiceMaxAsymptotic, fluidTails, oneChoiceMaxAsymptotic, poissonMaxMean } from './theory.ts';

/**
 * Validation against balls-into-bins theory and the 1/√N law. Seeds are fixed, so the suite is
 * deterministic; tolerances are 3 × the run's own 95% half-width unless a comment says otherwise.
 */
const N = 1000;
const STEPS = 200;
/**
 * n balls into n bins each second: 1,000 steady tenants × 1 request of 12 I/Os, 120 I/Os per
 * drive (a bin holds 10 balls, more than the maximum, so no backlog distorts the choice). A
 * request goes to a random object, so a drive is hit in proportion to the objects it holds:
 * 1,000 objects per drive keep that within about 3% of uniform, as balls into bins assumes.
 */
const ballsIntoBins: Partial<Params> = {
  drives: N,
  tenants: 1000,
  objectsPerDrive: 1000,
  demand: 'uniform',
  placement: 'spread',
  driveIops: 120,
  driveTb: 200,
  accessDensity: 0.06,
  requestIos: 12,
  steps: STEPS,
  seed: 7,
};

/** Share of drive-seconds with at least i balls (load ≥ i · 12 I/Os), from the run's CCDF. */
function tail(ccdf: [number, number][], i: number): number {
  const u = i / 10;
  const hit = ccdf.find(([x]) => x >= u - 1e-9);
  return hit ? hit[1] : 0;
}

function checkTails(ccdf: [number, number][], d: number, levels: number[], samples: number) {
  const fluid = fluidTails(d, 1, 12);
  for (const i of levels) {
    const s = fluid[i]!;
    // Binomial 95% half-width over all drive-seconds (loads in one second are negatively
    // correlated, so this overstates the noise), plus the fluid limit's O(1/√n) error, 1/√n.
    const tol = 3 * 1.96 * Math.sqrt((s * (1 - s)) / samples) + 1 / Math.sqrt(N);
    expect(
      Math.abs(tail(ccdf, i) - s),
      `d=${d}, share with ≥ ${i} balls: sim ${tail(ccdf, i)} vs fluid ${s}`,
    ).toBeLessThan(tol);
  }
}

describe('s3-heat against balls into bins (n balls into n drives each second)', () => {
  const one = run({ ...ballsIntoBins, redundancy: 'none', readChoices: 1 }).summary;
  const two = run({ ...ballsIntoBins, redundancy: 'replicas', replicas: 2, readChoices: 2 }).summary;

  it('one choice: the load of a drive is Poisson(1), and the maximum matches the Poissonized maximum', () => {
    checkTails(one.loadCcdf, 1, [1, 2, 3, 4], N * STEPS);
    const m = one.maxLoadRequests;
    // Poissonization (independent Poisson(1) counts instead of a multinomial) is within a few
    // hundredths for n = 10³; allow 0.1 on top of the CI.
    expect(Math.abs(m.value - poissonMaxMean(N))).toBeLessThan(3 * m.ci95! + 0.1);
  });

  it('one choice: the maximum is ln n / ln ln n to leading order', () => {
    console.log(
      `n = ${N}: mean max load, one choice ${one.maxLoadRequests.value.toFixed(3)} ± ${one.maxLoadRequests.ci95!.toFixed(3)} (Poissonized ${poissonMaxMean(N).toFixed(3)}, ln n/ln ln n ${oneChoiceMaxAsymptotic(N).toFixed(3)}); two choices ${two.maxLoadRequests.value.toFixed(3)} ± ${two.maxLoadRequests.ci95!.toFixed(3)} (ln ln n/ln 2 ${dChoiceMaxAsymptotic(N, 2).toFixed(3)})`,
    );
    // Tolerance for a leading-order asymptotic: at n = 10³ the neglected terms are of the same
    // order (the true mean maximum is about 1.6 × ln n / ln ln n), so require a ratio in [1, 2].
    const ratio = one.maxLoadRequests.value / oneChoiceMaxAsymptotic(N);
    expect(ratio).toBeGreaterThan(1);
    expect(ratio).toBeLessThan(2);
  });

  it('two choices: the load distribution follows the fluid limit (Mitzenmacher)', () => {
    checkTails(two.loadCcdf, 2, [1, 2, 3], N * STEPS);
  });

  it('two choices: the maximum is ln ln n / ln d + O(1), far below one choice', () => {
    // Tolerance for ln ln n / ln d + O(1): the O(1) term is between 0 and 2 at this n.
    const gap = two.maxLoadRequests.value - dChoiceMaxAsymptotic(N, 2);
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThanOrEqual(2);
    const half = Math.hypot(one.maxLoadRequests.ci95!, two.maxLoadRequests.ci95!);
    expect(one.maxLoadRequests.value - two.maxLoadRequests.value).toBeGreaterThan(3 * half);
  });
});

/**
 * CV of n samples with its 95% half-width by the delta method from the sample moments:
 * Var(CV̂) ≈ [(μ₄ − σ⁴)/(4σ²μ²) − μ₃/μ³ + σ⁴/μ⁴] / n.
 */
function cvEstimate(x: number[]) {
  const n = x.length;
  const mu = x.reduce((a, b) => a + b, 0) / n;
  const m = (k: number) => x.reduce((a, b) => a + (b - mu) ** k, 0) / n;
  const s2 = m(2),
    m3 = m(3),
    m4 = m(4);
  const v = ((m4 - s2 * s2) / (4 * s2 * mu * mu) - m3 / mu ** 3 + (s2 * s2) / mu ** 4) / n;
  return { value: Math.sqrt(s2) / mu, ci95: 1.96 * Math.sqrt(v) };
}

describe('aggregate demand smoothing', () => {
  it('the CV of the total of N independent bursty tenants falls like 1/√N (1, 100, 10,000)', () => {
    const root = createRng(11);
    const cvs: number[] = [];
    for (const n of [1, 100, 10_000]) {
      const reps = n === 10_000 ? 100 : 1000;
      const totals: number[] = [];
      let theory2 = 0;
      for (let r = 0; r < reps; r++) {
        const t = createTenants(
          { count: n, meanTotal: n, steady: false, dutyCycle: 0.5, burstSteps: 3, burstTail: 1.5, heatTail: 20 },
          root.split(),
        );
        totals.push(stepTenants(t, root.split()));
        theory2 += totalCv(t) ** 2 / reps;
      }
      const e = cvEstimate(totals);
      const theory = Math.sqrt(theory2);
      expect(Math.abs(e.value - theory), `N=${n}: CV ${e.value} ± ${e.ci95} vs ${theory}`).toBeLessThan(3 * e.ci95);
      // And against the bare 1/√N law (equal tenants, duty 0.5, so CV₁ = 1): heat shape 20
      // adds a spread of about 0.1% to Σw²/(Σw)².
      expect(Math.abs(e.value * Math.sqrt(n) - 1)).toBeLessThan(3 * e.ci95 * Math.sqrt(n) + 0.01);
      cvs.push(e.value);
      console.log(
        `aggregate of ${n} tenants: CV ${e.value.toFixed(4)} ± ${e.ci95.toFixed(4)} (theory ${theory.toFixed(4)}, 1/√N ${(1 / Math.sqrt(n)).toFixed(4)})`,
      );
    }
    expect(cvs[0]! / cvs[2]!).toBeGreaterThan(50);
  }, 30_000);
});
