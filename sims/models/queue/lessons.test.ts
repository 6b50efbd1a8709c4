import { describe, expect, it } from 'vitest';
import { run } from './model.ts';
import { presets } from './presets.ts';

/**
 * Each step of the queue playground asks a question; its answer must be what a reader measures
 * at the step's preset whatever seed they pick. Each check compares two measured runs at the same
 * seed and puts their ratio on the right side of the geometric midpoints between the choices.
 */
const preset = (id: string) => presets.find((p) => p.id === id)!;
const wait = (p: Record<string, unknown>) => run(p).summary!.meanWait.value;
const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);

describe('the queue lessons hold at every seed', { timeout: 120_000 }, () => {
  it('every step asks a question with at most three controls', () => {
    for (const p of presets) {
      expect(p.question, p.id).toBeDefined();
      expect(p.question!.answer).toBeLessThan(p.question!.choices.length);
      expect(p.controls!.length).toBeGreaterThan(0);
      expect(p.controls!.length).toBeLessThanOrEqual(3);
    }
  });

  it('1. at 90% busy the mean wait is about 9× the wait at 50% (not 2×, not 50×)', () => {
    const p = preset('hockey-stick');
    expect(p.question!.choices[p.question!.answer]).toMatch(/9×/);
    for (const seed of SEEDS) {
      const ratio = wait({ ...p.params, seed }) / wait({ ...p.params, arrivalRate: 0.5, seed });
      expect(ratio, `seed ${seed}`).toBeGreaterThan(Math.sqrt(2 * 9));
      expect(ratio, `seed ${seed}`).toBeLessThan(Math.sqrt(9 * 50));
    }
  });

  it('2. a line per teller waits about 5× longer than one shared line', () => {
    const p = preset('bank-per-server');
    expect(p.question!.choices[p.question!.answer]).toMatch(/5×/);
    for (const seed of SEEDS) {
      const ratio = wait({ ...p.params, seed }) / wait({ ...p.params, discipline: 'shared', seed });
      expect(ratio, `seed ${seed}`).toBeGreaterThan(Math.sqrt(2 * 5));
      expect(ratio, `seed ${seed}`).toBeLessThan(15);
    }
  });

  it('3. constant service halves the wait', () => {
    const p = preset('steady-service');
    expect(p.question!.choices[p.question!.answer]).toBe('Halves');
    for (const seed of SEEDS) {
      const ratio = wait({ ...p.params, seed }) / wait({ ...p.params, serviceDist: 'exponential', seed });
      expect(ratio, `seed ${seed}`).toBeGreaterThan(0.5 / Math.SQRT2);
      expect(ratio, `seed ${seed}`).toBeLessThan(Math.SQRT1_2);
    }
  });

  it('4. heavy-tailed jobs wait tens of times longer than exponential jobs of the same mean', () => {
    const p = preset('heavy-tail');
    expect(p.question!.choices[p.question!.answer]).toMatch(/Tens/);
    for (const seed of SEEDS.slice(0, 10)) {
      const ratio = wait({ ...p.params, seed }) / wait({ ...p.params, serviceDist: 'exponential', seed });
      expect(ratio, `seed ${seed}`).toBeGreaterThan(Math.sqrt(2.5 * 30));
    }
  });
});
