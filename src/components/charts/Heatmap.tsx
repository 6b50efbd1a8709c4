import type { HeatmapFigure } from '@field-guide/sims';
import { formatValue } from './scales.ts';

/** A grid of cells whose opacity shows the value; the hottest cells are outlined. */
export function Heatmap({ figure: f, labelledBy }: { figure: HeatmapFigure; labelledBy: string }) {
  const cell = Math.max(4, Math.min(24, Math.floor(640 / f.cols)));
  const width = f.cols * cell, height = f.rows * cell;
  const norm = (v: number) => Math.max(0, Math.min(1, (v - f.min) / (f.max - f.min || 1)));
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={labelledBy} class="heatmap">
        {f.values.map((v, i) => (
          <rect key={i} x={(i % f.cols) * cell} y={Math.floor(i / f.cols) * cell} width={cell - 1} height={cell - 1} fill-opacity={0.08 + 0.92 * norm(v)} class={v >= f.max ? 'hot' : ''} />
        ))}
      </svg>
      <p class="legend">
        Each cell is one of {f.rows * f.cols} {f.colLabel}s; darker means higher {f.valueLabel}, from {formatValue(f.min)} to {formatValue(f.max)}{f.unit ? ` ${f.unit}` : ''} or more (outlined).
      </p>
    </figure>
  );
}
