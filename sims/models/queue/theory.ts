import { mg1, mm1SojournQuantile, mmc, mmcSojournQuantile } from '../../theory/index.ts';
import { serviceMoments } from './distributions.ts';
import type { Params } from './params.ts';

/** Closed-form values for a parameter set, where queueing theory has them. JSON-safe. */
export interface QueueTheory {
  /** Which result applies, e.g. 'M/M/c (Erlang C)'. */
  model: string;
  utilization: number;
  probWait: number;
  meanWait: number;
  meanSojourn: number;
  meanInSystem: number;
  /** Sojourn-time percentiles, when the distribution is known (exponential service). */
  sojournPercentiles: { p50: number; p90: number; p99: number; p999: number } | null;
}

const QS = { p50: 0.5, p90: 0.9, p99: 0.99, p999: 0.999 } as const;

/**
 * The closed form for these parameters, or null. Poisson arrivals are needed throughout.
 * Shared line: M/M/c by Erlang C, or M/G/1 by Pollaczek–Khinchine when c = 1.
 * A line per server: random routing splits a Poisson stream into c Poisson streams of rate λ/c,
 * so each line is its own M/G/1 (M/M/1 with exponential service). See /concepts/queueing-theory/.
 */
export function queueTheory(p: Params): QueueTheory | null {
  if (p.arrivalScv !== 1) return null;
  const { mean, scv } = serviceMoments(p);
  const mu = 1 / mean;
  const exponential = Math.abs(scv - 1) < 1e-12 && (p.serviceDist === 'exponential' || p.serviceDist === 'scv');
  const c = p.discipline === 'shared' ? p.servers : 1;
  const lambda = p.discipline === 'shared' ? p.arrivalRate : p.arrivalRate / p.servers;
  const suffix = p.discipline === 'per-server' && p.servers > 1 ? `, each of ${p.servers} lines` : '';
  if (exponential) {
    const t = mmc(lambda, mu, c);
    if (t === null) return null;
    const q = (x: number) =>
      (c === 1 ? mm1SojournQuantile(lambda, mu, x) : mmcSojournQuantile(lambda, mu, c, x)) as number;
    const util = p.arrivalRate / (p.servers * mu);
    return {
      model: `${c === 1 ? 'M/M/1' : 'M/M/c (Erlang C)'}${suffix}`,
      ...t,
      utilization: util,
      meanInSystem: p.arrivalRate * t.meanSojourn,
      sojournPercentiles: { p50: q(QS.p50), p90: q(QS.p90), p99: q(QS.p99), p999: q(QS.p999) },
    };
  }
  if (c !== 1) return null;
  const t = mg1(lambda, mean, scv);
  if (t === null) return null;
  return {
    model: `M/G/1 (Pollaczek–Khinchine)${suffix}`,
    ...t,
    meanInSystem: p.arrivalRate * t.meanSojourn,
    sojournPercentiles: null,
  };
}
