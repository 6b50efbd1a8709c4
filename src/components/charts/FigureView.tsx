import { figureData, figureTable, toCsv, type Figure } from '@field-guide/sims';
import { Heatmap } from './Heatmap.tsx';
import { Histogram } from './Histogram.tsx';
import { LineChart } from './LineChart.tsx';
import { formatValue } from '../../lib/sim/format.ts';

/**
 * One figure with its title, caption (the text alternative), data table and CSV download.
 * `csvHref` is the build's CSV file of a build-time figure; a reader's run gets a `data:` link.
 */
export function FigureView({
  figure,
  simId,
  csvHref,
}: {
  figure: Figure;
  simId: string;
  csvHref?: string | undefined;
}) {
  const id = `${simId}-${figure.id}`;
  const table = figureTable(figure);
  const csv = csvHref ?? `data:text/csv;charset=utf-8,${encodeURIComponent(toCsv(figureData(figure)))}`;
  return (
    <div class="sim-figure">
      <h3 id={`${id}-title`}>{figure.title}</h3>
      <p id={`${id}-caption`} class="caption">
        {figure.caption}
      </p>
      {figure.kind === 'line' && <LineChart figure={figure} labelledBy={`${id}-title ${id}-caption`} id={id} />}
      {figure.kind === 'histogram' && <Histogram figure={figure} labelledBy={`${id}-title ${id}-caption`} />}
      {figure.kind === 'heatmap' && <Heatmap figure={figure} labelledBy={`${id}-title ${id}-caption`} />}
      <details class="data">
        <summary>Data table: {figure.title}</summary>
        {/* A scrollable region must take focus so keyboard users can scroll it (axe: scrollable-region-focusable). */}
        {/* eslint-disable-next-line jsx-a11y-x/no-noninteractive-tabindex */}
        <div class="table-scroll" tabindex={0} role="region" aria-label={`Data table: ${figure.title}`}>
          <table>
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th scope="col" key={c}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r, i) => (
                <tr key={i}>
                  {r.map((v, j) => (
                    <td key={j}>{typeof v === 'number' ? formatValue(v) : (v ?? '–')}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <a href={csv} download={`${id}.csv`}>
          Download the data as CSV
        </a>
      </details>
    </div>
  );
}
