import type { Trace } from '@field-guide/sims';

/**
 * The live view's clock: a Speed slider on a log scale from 0.001× to 100× real time, and how far
 * simulated time moves in a frame. Pure, so the island holds no arithmetic of its own.
 */
export const SPEED_STEPS = 500;
const LOG_MIN = -3,
  LOG_MAX = 2;

/** Speed (× real time) at a slider position. */
export function speedAt(position: number): number {
  return Math.pow(10, LOG_MIN + ((LOG_MAX - LOG_MIN) * position) / SPEED_STEPS);
}

/** Slider position of a speed. */
export function positionOf(speed: number): number {
  return Math.round(((Math.log10(speed) - LOG_MIN) * SPEED_STEPS) / (LOG_MAX - LOG_MIN));
}

/**
 * A starting speed that shows a few events a second: real time for a queue measured in seconds
 * with service times near one, slower for a trace in milliseconds (an IO every couple of ms).
 */
export function defaultSpeed(trace: Trace): number {
  const span = trace.t1 - trace.t0;
  if (!(span > 0) || trace.size === 0) return 1;
  const perUnit = trace.size / span; // events per unit of simulated time
  const perSecond = perUnit * (trace.unit === 'ms' ? 1000 : 1);
  // about eight events a second, rounded to a slider position
  return speedAt(positionOf(Math.min(100, Math.max(0.001, 8 / perSecond))));
}

/** Simulated time after `wallMs` of wall-clock time at `speed`. */
export function advance(now: number, wallMs: number, speed: number, unit: Trace['unit']): number {
  return now + (wallMs / 1000) * speed * (unit === 'ms' ? 1000 : 1);
}

/** "0.05×", "2×", "40×". */
export function speedLabel(speed: number): string {
  return `${speed >= 10 ? speed.toFixed(0) : speed >= 1 ? speed.toFixed(1).replace(/\.0$/, '') : String(Number(speed.toPrecision(1)))}×`;
}

/** A time since the window opened, for the clock and the narration: "0.25", "12.3", "140". */
export function formatTime(x: number): string {
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

/**
 * Real milliseconds between a player's animation frames, from their time stamps: 0 for the first
 * (it only draws), never negative, at most 100 (a tab back from the background does not leap ahead).
 */
export function frameGaps(): (t: number) => number {
  let last = Number.NaN;
  return (t) => {
    const gap = Number.isNaN(last) ? 0 : Math.max(0, Math.min(100, t - last));
    last = t;
    return gap;
  };
}

/** Speak at most this often while playing, so a screen reader can keep up. */
export const SPEAK_EVERY_MS = 4000;
/**
 * Rewrite the caption at most this often while playing: it tells what the view shows now (a
 * caption four seconds old contradicts the picture), slowly enough to be read.
 */
export const SHOW_EVERY_MS = 1000;
