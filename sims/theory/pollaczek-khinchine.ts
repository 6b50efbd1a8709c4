/**
 * M/G/1 mean-value results (Pollaczek–Khinchine): only the service time's mean and SCV matter.
 * See /concepts/queueing-theory/.
 */
export interface Mg1Theory {
  utilization: number;
  /** Arrivals find the server busy with probability ρ (Poisson arrivals see time averages). */
  probWait: number;
  meanWait: number;
  meanSojourn: number;
  meanInSystem: number;
}

/**
 * Pollaczek–Khinchine mean wait: W_q = λ E[S²] / (2(1 − ρ)) = ρ (1 + SCV) / (2(1 − ρ)) · E[S],
 * see /concepts/queueing-theory/. Null when ρ ≥ 1.
 */
export function mg1(lambda: number, meanService: number, scvService: number): Mg1Theory | null {
  const rho = lambda * meanService;
  if (!(rho < 1)) return null;
  const es2 = meanService * meanService * (1 + scvService);
  const wq = (lambda * es2) / (2 * (1 - rho));
  const w = wq + meanService;
  return { utilization: rho, probWait: rho, meanWait: wq, meanSojourn: w, meanInSystem: lambda * w };
}
