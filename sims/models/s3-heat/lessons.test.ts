import { describe, expect, it } from 'vitest';
import { validate } from '../../params/validate.ts';
import { run } from './model.ts';
import { params, type Params } from './params.ts';
import { presets } from './presets.ts';
import { smoothing } from './smoothing.ts';
import { explore } from './view.ts';

/**
 * Each step of the S3 heat story asks a question; its answer must be what a reader measures at the
 * step's preset whatever seed they pick. Each check compares two measured runs at the same seed and
 * puts their ratio on the right side of the geometric midpoints between the choices (the smoothing
 * step, tighter: within 7–13× of the 10× it claims).
 */
const preset = (id: string) => presets.find((p) => p.id === id)!;
const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);
const at = (p: Partial<Params>) => run(p).summary;
const mid = (a: number, b: number) => Math.sqrt(a * b);
/** The choice the question marks right, which the check below must be about. */
const answer = (id: string) => preset(id).question!.choices[preset(id).question!.answer]!;

describe('the S3 heat lessons hold at every seed', { timeout: 120_000 }, () => {
  it('every step asks a question with at most three controls, all of them parameters', () => {
    for (const p of presets) {
      const q = p.question;
      expect(q, p.id).toBeDefined();
      expect(q!.answer).toBeLessThan(q!.choices.length);
      expect(p.controls!.length).toBeGreaterThan(0);
      expect(p.controls!.length).toBeLessThanOrEqual(3);
      for (const c of p.controls!) expect(Object.keys(params), `${p.id}: ${c}`).toContain(c);
      const ids = explore({ ...p.params, steps: 5 }).stats.map((s) => s.id);
      for (const s of q!.stats) expect(ids, `${p.id}: stat ${s}`).toContain(s);
    }
    // The default run is a step (the page opens on it), and it keeps the fleet size at hand.
    expect(preset('spread').controls).toContain('drives');
  });

  it('1. a drive ten times bigger, with its data as hot per terabyte, is about 10× busier (not 3×)', () => {
    const p = preset('physics').params;
    expect(answer('physics')).toMatch(/10×/);
    for (const seed of SEEDS) {
      const ratio = at({ ...p, seed }).meanUtilization.value / at({ ...p, driveTb: 20, seed }).meanUtilization.value;
      expect(ratio, `seed ${seed}`).toBeGreaterThan(mid(3, 10));
      expect(ratio, `seed ${seed}`).toBeLessThan(20);
    }
    // and steady demand still overloads a few drives, but only a few
    for (const seed of SEEDS.slice(0, 5)) {
      const over = at({ ...p, seed }).overloadedDriveFraction.value;
      expect(over, `seed ${seed}`).toBeGreaterThan(0);
      expect(over, `seed ${seed}`).toBeLessThan(0.05);
    }
  });

  it('2. a hundred tenants are about 10× steadier than one (7–13×), ten thousand about 100×', () => {
    const p = preset('smoothing').params;
    expect(answer('smoothing')).toMatch(/10×/);
    for (const seed of SEEDS) {
      // What the view shows as the tenantsCv stats (checked above to be the step's stats).
      const curves = smoothing(validate(params, { ...p, seed }).value);
      const cv = (n: number) => curves.find((c) => c.tenants === n)!.cv.value;
      const hundred = cv(1) / cv(100),
        tenThousand = cv(1) / cv(10_000);
      expect(hundred, `seed ${seed}`).toBeGreaterThan(7);
      expect(hundred, `seed ${seed}`).toBeLessThan(13);
      expect(tenThousand, `seed ${seed}`).toBeGreaterThan(mid(10, 100));
      expect(tenThousand, `seed ${seed}`).toBeLessThan(mid(100, 1000));
    }
  });

  it('3. spread placement makes the hottest drive about 3× cooler than bucket-local (not as hot)', () => {
    const p = preset('spread').params;
    expect(answer('spread')).toMatch(/3× cooler/);
    for (const seed of SEEDS) {
      const local = at({ ...p, placement: 'bucket-local', seed }).maxDriveUtilization.value;
      const ratio = at({ ...p, seed }).maxDriveUtilization.value / local;
      expect(ratio, `seed ${seed}`).toBeLessThan(mid(1, 1 / 3));
    }
  });

  it('4. reading the less loaded of two replicas makes the hottest drive about half as hot, and under capacity', () => {
    const p = preset('redundancy').params;
    expect(answer('redundancy')).toMatch(/half/);
    for (const seed of SEEDS) {
      const two = at({ ...p, seed }).maxDriveUtilization.value;
      const ratio = two / at({ ...p, readChoices: 1, seed }).maxDriveUtilization.value;
      expect(ratio, `seed ${seed}`).toBeLessThan(mid(1, 1 / 2));
      expect(ratio, `seed ${seed}`).toBeGreaterThan(mid(1 / 2, 1 / 10));
      expect(two, `seed ${seed}`).toBeLessThan(1);
    }
  });
});
