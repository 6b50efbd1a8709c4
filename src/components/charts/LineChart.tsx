import { line } from 'd3-shape';
import type { LineFigure } from '@field-guide/sims';
import { Axes } from './Axes.tsx';
import { FRAMES, axisScale, axisTitle, type Frame } from './scales.ts';

/**
 * An x–y chart: dashed theory curves, simulated points with 95% bars, an optional marker. `id` names its clip paths.
 */
export function LineChart({ figure: f, labelledBy, id }: { figure: LineFigure; labelledBy: string; id: string }) {
  return (
    <figure class="chart">
      {FRAMES.map((frame) => (
        <LineSvg
          key={frame.name}
          figure={f}
          labelledBy={labelledBy}
          clipId={`${id}-${frame.name}-clip`}
          frame={frame}
        />
      ))}
      <ul class="legend">
        {f.series.map((s) => (
          <li key={s.id} class={`c${s.color} ${s.style}`}>
            <span class="swatch" aria-hidden="true" />
            {s.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}

function LineSvg({
  figure: f,
  labelledBy,
  clipId,
  frame: FRAME,
}: {
  figure: LineFigure;
  labelledBy: string;
  clipId: string;
  frame: Frame;
}) {
  const xs = f.series.flatMap((s) => s.points.map(([x]) => x));
  const ys = f.series.flatMap((s) => s.points.flatMap(([, y]) => (y === null ? [] : [y])));
  const x = axisScale(f.x, xs, [FRAME.left, FRAME.width - FRAME.right]);
  const y = axisScale(f.y, ys, [FRAME.height - FRAME.bottom, FRAME.top]);
  const [y0, y1] = y.domain() as [number, number];
  const clamp = (v: number) => Math.max(y0, Math.min(y1, v));
  const path = line<[number, number | null]>()
    .defined(([, v]) => v !== null && v >= y0 && v <= y1 * 1.0001)
    .x(([px]) => x(px))
    .y(([, v]) => y(v as number));
  return (
    <svg class={FRAME.name} viewBox={`0 0 ${FRAME.width} ${FRAME.height}`} role="img" aria-labelledby={labelledBy}>
      <defs>
        <clipPath id={clipId}>
          <rect
            x={FRAME.left}
            y={FRAME.top}
            width={FRAME.width - FRAME.left - FRAME.right}
            height={FRAME.height - FRAME.top - FRAME.bottom}
          />
        </clipPath>
      </defs>
      <Axes
        frame={FRAME}
        x={x}
        y={y}
        xTitle={axisTitle(f.x)}
        yTitle={axisTitle(f.y)}
        xLog={f.x.scale === 'log'}
        yLog={f.y.scale === 'log'}
      />
      <g clip-path={`url(#${clipId})`}>
        {f.series.map((s) =>
          s.style === 'points' ? (
            <g key={s.id} class={`series c${s.color}`}>
              {s.points.map(([px, py], i) =>
                py === null || py > y1 ? null : (
                  <g key={i}>
                    {s.ci?.[i] ? (
                      <line class="ci" x1={x(px)} x2={x(px)} y1={y(clamp(py - s.ci[i]))} y2={y(clamp(py + s.ci[i]))} />
                    ) : null}
                    <circle cx={x(px)} cy={y(py)} r={FRAME.name === 'wide' ? 4 : 3.5} />
                  </g>
                ),
              )}
            </g>
          ) : (
            <path key={s.id} class={`series c${s.color} ${s.style}`} d={path(s.points) ?? ''} fill="none" />
          ),
        )}
      </g>
      {f.marker && (
        <g class="marker">
          <line x1={x(f.marker.x)} x2={x(f.marker.x)} y1={FRAME.top} y2={FRAME.height - FRAME.bottom} />
          <text
            x={x(f.marker.x) + (x(f.marker.x) > FRAME.width * 0.7 ? -4 : 4)}
            y={FRAME.top + 12}
            text-anchor={x(f.marker.x) > FRAME.width * 0.7 ? 'end' : 'start'}
          >
            {f.marker.label}
          </text>
        </g>
      )}
    </svg>
  );
}
