import { line } from 'd3-shape';
import { scaleLinear } from 'd3-scale';
import type { HistogramFigure } from '@field-guide/sims';
import { Axes } from './Axes.tsx';
import { FRAMES, axisScale, axisTitle, type Frame } from './scales.ts';

/** A distribution: bars per bin (share of all), its CDF as a line, and markers such as p99. */
export function Histogram({ figure: f, labelledBy }: { figure: HistogramFigure; labelledBy: string }) {
  return (
    <figure class="chart">
      {FRAMES.map((frame) => (
        <HistogramSvg key={frame.name} figure={f} labelledBy={labelledBy} frame={frame} />
      ))}
      <ul class="legend">
        <li class="c2 bar">
          <span class="swatch" aria-hidden="true" />
          Share per bin (scaled to the tallest)
        </li>
        <li class="c0 line">
          <span class="swatch" aria-hidden="true" />
          Cumulative share (CDF)
        </li>
      </ul>
    </figure>
  );
}

function HistogramSvg({
  figure: f,
  labelledBy,
  frame: FRAME,
}: {
  figure: HistogramFigure;
  labelledBy: string;
  frame: Frame;
}) {
  const x = axisScale(f.x, f.edges, [FRAME.left, FRAME.width - FRAME.right]);
  const total = f.counts.reduce((a, b) => a + b, 0) || 1;
  const shares = f.counts.map((c) => c / total);
  const y = scaleLinear()
    .domain([0, 1])
    .range([FRAME.height - FRAME.bottom, FRAME.top]);
  const top = Math.max(...shares, 1e-9);
  let acc = 0;
  const cdf = f.counts.map((c, i) => {
    acc += c;
    return [f.edges[i + 1]!, acc / total] as [number, number];
  });
  const path = line<[number, number]>()
    .x(([a]) => x(a))
    .y(([, b]) => y(b));
  return (
    <svg class={FRAME.name} viewBox={`0 0 ${FRAME.width} ${FRAME.height}`} role="img" aria-labelledby={labelledBy}>
      <Axes frame={FRAME} x={x} y={y} xTitle={axisTitle(f.x)} yTitle="Cumulative share" xLog={f.x.scale === 'log'} />
      <g class="series c2">
        {shares.map((s, i) => (
          <rect
            key={i}
            class="bar"
            x={x(f.edges[i]!)}
            width={Math.max(0.5, x(f.edges[i + 1]!) - x(f.edges[i]!) - 0.5)}
            y={y(s / top)}
            height={y(0) - y(s / top)}
          />
        ))}
      </g>
      <path class="series c0 line" d={path([[f.edges[0]!, 0], ...cdf]) ?? ''} fill="none" />
      {f.markers.map((m) => (
        <g class="marker" key={m.label}>
          <line x1={x(m.x)} x2={x(m.x)} y1={FRAME.top} y2={FRAME.height - FRAME.bottom} />
          <text x={x(m.x) + 4} y={FRAME.top + 12}>
            {m.label}
          </text>
        </g>
      ))}
    </svg>
  );
}
