import type { ComponentChildren, RefObject } from 'preact';
import { SPEED_STEPS, speedAt, speedLabel } from '../../lib/live/clock.ts';

interface Props {
  /** Prefix of the sliders' ids (one per `<Sim>`). */
  id: string;
  /** False until the view has something to play. */
  ready: boolean;
  playing: boolean;
  onToggle: () => void;
  onStep: () => void;
  speedPos: number;
  onSpeed: (position: number) => void;
  time: number;
  min: number;
  max: number;
  /** The time slider's step: "any" for event times, 1 for whole seconds. */
  timeStep: number | 'any';
  onScrub: (time: number) => void;
  /** The clock as shown ("1.25 ms") and as read out ("1.25 ms of 80 ms"). */
  timeText: string;
  timeValueText: string;
}

/**
 * The live views' controls, one set for every kind of view: Play/Pause, Step, a Speed slider on
 * a log scale of real time, and a Time slider to scrub the recorded window.
 */
export function LiveControls(p: Props) {
  const speed = speedAt(p.speedPos);
  return (
    <div class="live-controls">
      <button type="button" onClick={p.onToggle} disabled={!p.ready} aria-pressed={p.playing}>
        {p.playing ? 'Pause' : 'Play'}
      </button>
      <button type="button" onClick={p.onStep} disabled={!p.ready}>
        Step
      </button>
      <div class="live-slider">
        <label for={`${p.id}-live-speed`}>Speed</label>
        <output for={`${p.id}-live-speed`}>{speedLabel(speed)}</output>
        <input
          id={`${p.id}-live-speed`}
          type="range"
          min={0}
          max={SPEED_STEPS}
          step={1}
          value={p.speedPos}
          aria-valuetext={`${speedLabel(speed)} real time`}
          onInput={(e) => p.onSpeed(Number(e.currentTarget.value))}
          disabled={!p.ready}
        />
      </div>
      <div class="live-slider live-time">
        <label for={`${p.id}-live-time`}>Time</label>
        <output for={`${p.id}-live-time`}>{p.timeText}</output>
        <input
          id={`${p.id}-live-time`}
          type="range"
          min={p.min}
          max={p.max}
          step={p.timeStep}
          value={p.time}
          aria-valuetext={p.timeValueText}
          onInput={(e) => p.onScrub(Number(e.currentTarget.value))}
          disabled={!p.ready}
        />
      </div>
    </div>
  );
}

interface FigureProps {
  id: string;
  /** What the picture shows, for screen readers. */
  description: string;
  canvas: RefObject<HTMLCanvasElement>;
  class: string;
  onToggle: () => void;
  onStep: (by: 1 | -1) => void;
  children: ComponentChildren;
}

/**
 * A live view's frame: the focusable canvas the view draws on and the keys every live view
 * answers (Space plays or pauses, the arrows step), then the view's legend, controls and caption.
 */
export function LiveFigure(p: FigureProps) {
  const onKey = (e: KeyboardEvent) => {
    if (e.target instanceof HTMLInputElement) return; // sliders keep their own arrow keys
    if (e.key === ' ' || e.key === 'Spacebar') {
      e.preventDefault();
      p.onToggle();
    } else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      e.preventDefault();
      p.onStep(e.key === 'ArrowRight' ? 1 : -1);
    }
  };
  return (
    // Keys bubble up from the focusable canvas and the controls; the figure itself takes no focus.
    // eslint-disable-next-line jsx-a11y-x/no-noninteractive-element-interactions
    <figure class={p.class} onKeyDown={onKey}>
      <canvas
        ref={p.canvas}
        data-live-view={p.id}
        role="img"
        aria-label={p.description}
        tabIndex={0}
        aria-keyshortcuts="Space ArrowLeft ArrowRight"
      />
      {p.children}
    </figure>
  );
}

/**
 * A live view's caption: what the view shows now, rewritten each second while it plays (hidden
 * from screen readers), the same sentence spoken every few seconds from a visually hidden live
 * line, and the view's help below them.
 */
export function LiveCaption(p: { ready: boolean; shown: string; said: string; children: ComponentChildren }) {
  return (
    <figcaption>
      <p class="live-said" aria-hidden="true">
        {p.ready ? p.shown : 'Loading the run…'}
      </p>
      <p class="sr-only" aria-live="polite">
        {p.ready ? p.said : 'Loading the run…'}
      </p>
      <p class="live-help">{p.children}</p>
    </figcaption>
  );
}
