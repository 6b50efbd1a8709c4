import { useStore } from '@nanostores/preact';
import { $mm1Result } from '../stores/mm1.ts';

/** The M/M/1 run for the current parameters: simulated mean wait beside the closed form. */
export default function Mm1Result() {
  const r = useStore($mm1Result);
  return (
    <div class="sim-result" aria-live="polite" data-testid="mm1-result">
      <p>
        Utilization ρ = <strong data-testid="mm1-utilization">{r.utilization.toFixed(2)}</strong>
      </p>
      {r.stable ? (
        <p>
          Mean wait in line: simulated <strong data-testid="mm1-sim-wait">{r.simulatedMeanWait.toFixed(2)} ms</strong>, theory{' '}
          <strong>{r.theoreticalMeanWait?.toFixed(2)} ms</strong> over {r.customers.toLocaleString('en')} requests.
        </p>
      ) : (
        <p data-testid="mm1-unstable">Unstable: requests arrive at least as fast as the server completes them, so the line grows without bound.</p>
      )}
    </div>
  );
}
