import { atom, type WritableAtom } from 'nanostores';
import type { DemandFrames, HeatFrames, Trace, View } from '@field-guide/sims';

/** Where a simulation's run stands. */
export interface RunState {
  status: 'idle' | 'running' | 'done' | 'cancelled' | 'error';
  /** 0–1 while running. */
  progress: number;
  /**
   * The latest finished view of the reader's runs (null: the build-time figures still show), kept while a new run is
   * under way.
   */
  view: View | null;
  error: string | null;
  /** Wall-clock milliseconds of the last finished run, in the worker. */
  millis: number | null;
}

/** The stores one `<Sim>` instance shares between its controls island and its figures island. */
export interface SimStores {
  /** Parameter values as the reader set them (validated). */
  $params: WritableAtom<Record<string, number | string>>;
  /** Notes about values changed by validation (e.g. clamped URL parameters). */
  $notes: WritableAtom<string[]>;
  $run: WritableAtom<RunState>;
  /** The trace of the latest run that recorded one, for the live view (null until one arrives). */
  $trace: WritableAtom<Trace | null>;
  /** The drive grids of the latest run that recorded them, for the heat live view (null until then). */
  $heat: WritableAtom<HeatFrames[] | null>;
  /** The summed demand of the latest run that recorded it instead of grids (the smoothing view), else null. */
  $demand: WritableAtom<DemandFrames | null>;
  /** Bumped when a lesson reveals its answer: the live view replays its window from the start. */
  $cue: WritableAtom<number>;
}

const instances = new Map<string, SimStores>();

/** The stores of the `<Sim>` with this id, created on first use; the controls and the live figures share them. */
export function simStores(id: string): SimStores {
  let s = instances.get(id);
  if (!s) {
    s = {
      $params: atom({}),
      $notes: atom([]),
      $run: atom<RunState>({ status: 'idle', progress: 0, view: null, error: null, millis: null }),
      $trace: atom<Trace | null>(null),
      $heat: atom<HeatFrames[] | null>(null),
      $demand: atom<DemandFrames | null>(null),
      $cue: atom(0),
    };
    instances.set(id, s);
  }
  return s;
}
