import type { HeatmapFigure } from '@field-guide/sims';
import { formatValue, grouped } from '../../lib/sim/format.ts';

/** Shades of the cell colour: enough to read a gradient, few enough to draw as a handful of paths. */
const LEVELS = 16;

/**
 * A grid of cells whose shade shows the value; cells at or above the maximum are outlined.
 * Cells of one shade are drawn as one path, so a 1,024-cell grid is about 20 elements rather than
 * 1,024: the page stays light to parse, lay out and hydrate. The data table beside it has the numbers.
 */
export function Heatmap({ figure: f, labelledBy }: { figure: HeatmapFigure; labelledBy: string }) {
  const cell = Math.max(4, Math.min(24, Math.floor(640 / f.cols)));
  const width = f.cols * cell,
    height = f.rows * cell;
  const level = (v: number) => Math.round(Math.max(0, Math.min(1, (v - f.min) / (f.max - f.min || 1))) * (LEVELS - 1));
  const paths: string[] = Array.from({ length: LEVELS }, () => '');
  let hot = '',
    hotCount = 0;
  f.values.forEach((v, i) => {
    const square = `M${(i % f.cols) * cell} ${Math.floor(i / f.cols) * cell}h${cell - 1}v${cell - 1}h${1 - cell}z`;
    paths[level(v)] += square;
    if (v >= f.max) {
      hot += square;
      hotCount++;
    }
  });
  return (
    <figure class="chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={labelledBy}
        class="heatmap"
        data-cells={f.values.length}
        data-hot={hotCount}
      >
        {paths.map((d, l) => (d ? <path key={l} d={d} fill-opacity={0.08 + (0.92 * l) / (LEVELS - 1)} /> : null))}
        {/* The outline is drawn over a halo of the page's background, so it shows on pale and on bright cells in either theme. */}
        {hot && <path class="hot-halo" d={hot} />}
        {hot && <path class="hot" d={hot} />}
      </svg>
      <p class="legend">
        Each cell is one of {grouped(f.rows * f.cols)} {f.colLabel}s; the stronger its colour, the higher its{' '}
        {f.valueLabel}, from {formatValue(f.min)} to {formatValue(f.max)}
        {f.unit ? ` ${f.unit}` : ''} or more (outlined).
      </p>
    </figure>
  );
}
