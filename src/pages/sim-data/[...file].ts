import type { APIRoute, GetStaticPaths } from 'astro';
import { figureData, models, toCsv } from '@field-guide/sims';
import { csvPath, initialView, simSetup, startOf } from '../../lib/sim/props.ts';

/**
 * The CSV download of every build-time figure: each simulation model at its defaults and at each
 * preset, one file per figure, at the path `csvPath()` gives. A reader's own runs make their CSV
 * in the browser instead.
 */
export const getStaticPaths = (() =>
  Object.values(models)
    .filter((m) => m.explore !== undefined)
    .flatMap((m) =>
      [undefined, ...m.presets.map((p) => p.id)].flatMap((preset) => {
        const setup = simSetup({ model: m.name, preset });
        if (!setup.ok) throw new Error(`sim-data: ${setup.error}`);
        return initialView(setup).figures.map((figure) => ({
          params: { file: csvPath(m.name, startOf(setup), figure.id).replace(/^\/sim-data\//, '') },
          props: { csv: toCsv(figureData(figure)) },
        }));
      }),
    )) satisfies GetStaticPaths;

export const GET: APIRoute<{ csv: string }> = ({ props }) =>
  new Response(props.csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
