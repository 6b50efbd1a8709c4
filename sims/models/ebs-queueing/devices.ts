import { lognormal, type Sampler } from '../../dist/continuous.ts';
import type { Moments } from '../../dist/spec.ts';
import type { Rng } from '../../rng/xoshiro128.ts';
import type { Params } from './params.ts';

/** How a hard drive's mean service time splits into seek and rotation, in ms. */
export interface HddTiming {
  /** One full revolution: the rotational delay is uniform on [0, revolution). */
  revolution: number;
  /** Mean seek: what remains of 1000 / IOPS after half a revolution (never below 0). */
  seekMean: number;
}

/** Seek and rotation of a hard drive of the given IOPS and speed (60,000 / rpm ms per turn). */
export function hddTiming(p: Pick<Params, 'deviceIops' | 'hddRpm'>): HddTiming {
  const revolution = 60_000 / p.hddRpm;
  return { revolution, seekMean: Math.max(0, 1000 / p.deviceIops - revolution / 2) };
}

/**
 * Mean and SCV of one drive's service time in ms, in closed form, for theory curves.
 * Hard drive: seek uniform on [s/2, 3s/2] plus rotation uniform on [0, R), variances s²/12 + R²/12.
 */
export function serviceMoments(p: Params): Moments {
  const mean = 1000 / p.deviceIops;
  switch (p.device) {
    case 'hdd': {
      const { revolution: r, seekMean: s } = hddTiming(p);
      const m = s + r / 2;
      return { mean: m, scv: (s * s + r * r) / 12 / (m * m) };
    }
    case 'ssd-2012':
    case 'nitro-ssd':
      return { mean, scv: p.deviceScv };
    case 'exponential':
      return { mean, scv: 1 };
  }
}

/** A drive's service-time sampler in ms, drawing from the drive's own stream. */
export function serviceSampler(p: Params, rng: Rng): Sampler {
  const mean = 1000 / p.deviceIops;
  switch (p.device) {
    case 'hdd': {
      const { revolution, seekMean } = hddTiming(p);
      return () => seekMean * (0.5 + rng.next()) + revolution * rng.next();
    }
    case 'ssd-2012':
    case 'nitro-ssd':
      if (p.deviceScv === 0) return () => mean;
      return lognormal(rng, mean, p.deviceScv);
    case 'exponential':
      return () => -Math.log(1 - rng.next()) * mean;
  }
}

/**
 * One IO's network round trip in ms: lognormal with mean `networkMs` and SCV `networkScv / paths`.
 * Spreading an IO over k paths is modelled as averaging k independent path delays, which keeps
 * the mean and divides the variance by k (a moment match, not the exact distribution of the mean).
 */
export function networkSampler(p: Params, rng: Rng): Sampler {
  if (p.networkMs === 0) return () => 0;
  const scv = p.networkScv / p.paths;
  if (scv === 0) return () => p.networkMs;
  return lognormal(rng, p.networkMs, scv);
}
