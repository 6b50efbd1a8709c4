import { useStore } from '@nanostores/preact';
import { mm1 } from '@field-guide/sims';
import { $mm1Params } from '../stores/mm1.ts';

type Key = 'arrivalRate' | 'serviceRate';
const shown: Key[] = ['arrivalRate', 'serviceRate'];

/** Sliders for the M/M/1 demo, built from the model's parameter schema. */
export default function Mm1Controls() {
  const p = useStore($mm1Params);
  return (
    <fieldset class="sim-controls">
      <legend>M/M/1 queue</legend>
      {shown.map((key) => {
        const spec = mm1.params[key];
        const id = `mm1-${key}`;
        return (
          <div class="sim-control" key={key}>
            <label for={id}>
              {spec.label} <output for={id}>{p[key].toFixed(2)}</output> {spec.unit}
            </label>
            <input
              id={id}
              type="range"
              min={spec.min}
              max={spec.max}
              step={spec.step}
              value={p[key]}
              aria-describedby={`${id}-help`}
              onInput={(e) => $mm1Params.set({ ...p, [key]: Number(e.currentTarget.value) })}
            />
            <small id={`${id}-help`}>{spec.help}</small>
          </div>
        );
      })}
    </fieldset>
  );
}
