import type { Preset as ModelPreset } from '../../params/spec.ts';
import type { Params } from './params.ts';

export type Preset = ModelPreset<Partial<Params>>;

/**
 * The queue playground's lessons, each a step that asks before it shows. Every answer is checked
 * at many seeds in claims.test.ts; the theory numbers in the reveals are the closed forms of
 * /concepts/queueing-theory/ (M/M/1, Erlang C, Pollaczek–Khinchine).
 */
export const presets: readonly Preset[] = [
  {
    id: 'hockey-stick',
    label: 'One server at 50% and 90%',
    help: 'M/M/1 at ρ = 0.9: the mean wait is nine service times, and p99 far more. Move the arrival rate to 0.5 and back to feel the hockey stick.',
    params: { servers: 1, arrivalRate: 0.9, serviceRate: 1, discipline: 'shared', serviceDist: 'exponential' },
    controls: ['arrivalRate'],
    question: {
      prompt: 'One server, busy 90% of the time instead of 50%. How much longer is the average wait in line?',
      choices: ['About 2× longer', 'About 9× longer', 'About 50× longer'],
      answer: 1,
      reveal:
        'About nine times. A single server with random arrivals and service makes a customer wait ρ/(1 − ρ) service times on average: 1 s at 50% busy, 9 s at 90%. The line grows far faster than the load.',
      stats: ['meanWait', 'p99', 'utilization'],
    },
  },
  {
    id: 'bank-per-server',
    label: 'One line or four',
    help: 'Four tellers at 80% load, but each customer picks a line at random: waits grow several-fold against one shared line. Switch Lines to one shared line to compare.',
    params: { servers: 4, arrivalRate: 3.2, serviceRate: 1, discipline: 'per-server', serviceDist: 'exponential' },
    controls: ['discipline', 'arrivalRate'],
    question: {
      prompt:
        'Four tellers, 80% busy. One shared line waits 0.75 s on average. If each customer instead joins a random teller’s own line, the average wait is…',
      choices: ['About the same', 'About 2× longer', 'About 5× longer'],
      answer: 2,
      reveal:
        'About five times longer. With one shared line no teller sits idle while someone waits (Erlang C: 0.75 s). With a line per teller each is its own M/M/1 queue at 80%: 4 s, while a neighbouring teller may be free.',
      stats: ['meanWait', 'probWait'],
    },
  },
  {
    id: 'steady-service',
    label: 'Constant service',
    help: 'M/D/1: removing service variability halves the wait (Pollaczek–Khinchine). Try the variability shapes to see the wait follow the SCV.',
    params: { servers: 1, arrivalRate: 0.8, serviceRate: 1, discipline: 'shared', serviceDist: 'deterministic' },
    controls: ['serviceDist', 'arrivalRate'],
    question: {
      prompt:
        'One server at 80%. Service used to vary (exponential, mean 1 s); now it takes exactly 1 s every time. The average wait…',
      choices: ['Halves', 'Stays the same', 'Doubles'],
      answer: 0,
      reveal:
        'It halves: 2 s instead of 4 s. By Pollaczek–Khinchine the wait scales with (1 + SCV)/2, and constant service has SCV 0 against 1 for exponential. Variability, not the mean alone, makes the line.',
      stats: ['meanWait', 'p99'],
    },
  },
  {
    id: 'heavy-tail',
    label: 'Heavy-tailed jobs',
    help: 'Bounded Pareto service at 70% load: a few huge jobs dominate the wait and the tail.',
    params: { servers: 1, arrivalRate: 0.7, serviceDist: 'pareto', paretoShape: 1.2, customers: 200000 },
    controls: ['paretoShape', 'arrivalRate'],
    question: {
      prompt:
        'Same mean job size and 70% load, but now a few jobs are up to 10,000× the smallest. Compared with exponential job sizes, the average wait is…',
      choices: ['About the same', '2–3× longer', 'Tens of times longer'],
      answer: 2,
      reveal:
        'Tens of times longer: Pollaczek–Khinchine again, (1 + SCV)/2 with an SCV near 92 for this bounded Pareto, so about 47× the exponential wait. Everyone queues behind the rare giant.',
      stats: ['meanWait', 'p99'],
    },
  },
];
