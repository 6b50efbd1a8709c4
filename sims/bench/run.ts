/**
 * `npm run bench`: events and customers per second of the `queue` engine on M/M/1 and M/M/4
 * at ρ = 0.9, against SimPy (same model, fewer customers) and against minimal hand-written
 * loops (Lindley for M/M/1, a heap of free times for M/M/4). Prints a Markdown table; never fails.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { run } from '../models/queue/model.ts';
import { mmc } from '../theory/erlang-c.ts';
import { heapMmc, lindleyMm1 } from './minimal.ts';

const N = Number(process.env['BENCH_CUSTOMERS'] ?? 10_000_000);
const N_SIMPY = Number(process.env['BENCH_SIMPY_CUSTOMERS'] ?? 200_000);
const RHO = 0.9;

interface Row {
  model: string;
  impl: string;
  customers: number;
  seconds: number;
  events: number | null;
  meanWait: number;
}

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const x = f();
  return [x, (performance.now() - t0) / 1000];
}

function findPython(): string | null {
  for (const py of ['python3', '/usr/bin/python3']) {
    const r = spawnSync(py, ['-c', 'import simpy'], { encoding: 'utf8' });
    if (r.status === 0) return py;
  }
  return null;
}

function simpy(py: string, c: number): Row | string {
  const script = fileURLToPath(new URL('./mm1_simpy.py', import.meta.url));
  const r = spawnSync(py, [script, String(N_SIMPY), String(c), String(RHO * c), '1'], { encoding: 'utf8' });
  if (r.status !== 0) return `SimPy failed: ${r.stderr.trim().split('\n').pop()}`;
  const out = JSON.parse(r.stdout) as { customers: number; seconds: number; meanWait: number };
  return {
    model: `M/M/${c}`,
    impl: 'SimPy 3 (Python)',
    customers: out.customers,
    seconds: out.seconds,
    events: null,
    meanWait: out.meanWait,
  };
}

const rows: Row[] = [];
const notes: string[] = [];
const py = findPython();
if (py === null) notes.push('SimPy not found (`import simpy` failed in python3): its rows are left out.');

for (const c of [1, 4]) {
  const model = `M/M/${c}`;
  const [r, s] = time(() =>
    run({ servers: c, arrivalRate: RHO * c, serviceRate: 1, customers: N, warmup: 0, seed: 1 }),
  );
  rows.push({
    model,
    impl: 'sims engine (`queue`, full statistics)',
    customers: N,
    seconds: s,
    events: r.events,
    meanWait: r.summary?.meanWait.value ?? Number.NaN,
  });
  const [w, sm] = time(() => (c === 1 ? lindleyMm1(N, RHO, 1, 1) : heapMmc(N, RHO * c, 1, c, 1)));
  rows.push({
    model,
    impl: c === 1 ? 'minimal loop (Lindley recursion)' : 'minimal loop (heap of free times)',
    customers: N,
    seconds: sm,
    events: null,
    meanWait: w,
  });
  if (py !== null) {
    const p = simpy(py, c);
    if (typeof p === 'string') notes.push(p);
    else rows.push(p);
  }
}

const fmt = (x: number) => (x >= 100 ? Math.round(x).toLocaleString('en-US') : x.toPrecision(3));
const engine = (model: string) => rows.find((r) => r.model === model && r.impl.startsWith('sims'))!;
const rate = (r: Row) => r.customers / r.seconds;
const lines = [
  `Customers per run: ${N.toLocaleString('en-US')} (SimPy ${N_SIMPY.toLocaleString('en-US')}), ρ = ${RHO}, Node ${process.version}.`,
  '',
  '| model | implementation | customers | seconds | customers/s | events/s | mean wait (theory) | engine speed ÷ this |',
  '|---|---|---:|---:|---:|---:|---:|---:|',
  ...rows.map((r) => {
    const theory = mmc(RHO * Number(r.model.slice(4)), 1, Number(r.model.slice(4)))!.meanWait;
    const ratio = rate(engine(r.model)) / rate(r);
    return `| ${r.model} | ${r.impl} | ${fmt(r.customers)} | ${r.seconds.toFixed(2)} | ${fmt(rate(r))} | ${r.events === null ? '–' : fmt(r.events / r.seconds)} | ${r.meanWait.toFixed(3)} (${theory.toFixed(3)}) | ${r.impl.startsWith('sims') ? '1' : `${ratio.toFixed(2)}×`} |`;
  }),
  '',
  'Targets: engine ≥ 50× SimPy, and ≥ 0.5× the minimal loop. Figures only; a benchmark never fails.',
  ...notes,
];
process.stdout.write(`${lines.join('\n')}\n`);
