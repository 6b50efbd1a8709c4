import type { ScaleContinuousNumeric } from 'd3-scale';
import { formatTick, type Frame } from './scales.ts';

interface Props {
  frame: Frame;
  x: ScaleContinuousNumeric<number, number>;
  y: ScaleContinuousNumeric<number, number>;
  xTitle: string;
  yTitle: string;
  xLog?: boolean;
  yLog?: boolean;
}

/** Grid, ticks and axis titles for a chart frame. */
export function Axes({ frame: FRAME, x, y, xTitle, yTitle, xLog = false, yLog = false }: Props) {
  const xt = x.ticks(xLog ? Math.min(4, FRAME.xTicks) : FRAME.xTicks);
  const yt = y.ticks(yLog ? Math.min(4, FRAME.yTicks) : FRAME.yTicks);
  // A log axis ticks every 1–9 × 10^k; label only the ones d3 would (1, 2, 5 … or powers of ten) so labels never
  // overlap.
  const xLabel = xLog ? x.tickFormat(Math.min(4, FRAME.xTicks)) : () => 'x';
  const yLabel = yLog ? y.tickFormat(Math.min(4, FRAME.yTicks)) : () => 'y';
  const bottom = FRAME.height - FRAME.bottom;
  return (
    <g class="axes" aria-hidden="true">
      {yt.map((t) => (
        <g key={`y${t}`}>
          <line class="grid" x1={FRAME.left} x2={FRAME.width - FRAME.right} y1={y(t)} y2={y(t)} />
          {yLabel(t) !== '' && (
            <text class="tick" x={FRAME.left - 6} y={y(t)} dy="0.32em" text-anchor="end">
              {formatTick(t)}
            </text>
          )}
        </g>
      ))}
      {xt.map((t) => (
        <g key={`x${t}`}>
          <line class="grid" x1={x(t)} x2={x(t)} y1={FRAME.top} y2={bottom} />
          {xLabel(t) !== '' && (
            <text class="tick" x={x(t)} y={bottom + 16} text-anchor="middle">
              {formatTick(t)}
            </text>
          )}
        </g>
      ))}
      <line class="axis" x1={FRAME.left} x2={FRAME.width - FRAME.right} y1={bottom} y2={bottom} />
      <line class="axis" x1={FRAME.left} x2={FRAME.left} y1={FRAME.top} y2={bottom} />
      <text class="title" x={(FRAME.left + FRAME.width - FRAME.right) / 2} y={FRAME.height - 6} text-anchor="middle">
        {xTitle}
      </text>
      <text class="title" transform={`translate(14 ${(FRAME.top + bottom) / 2}) rotate(-90)`} text-anchor="middle">
        {yTitle}
      </text>
    </g>
  );
}
