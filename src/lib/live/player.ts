import { applyEvent, initialState, indexAtTime, stateAt, type ReplayState, type Trace } from '@field-guide/sims';
import { LABEL_FONT, LABEL_LINE, layout, position, preferredHeight, type Layout } from './layout.ts';
import { colourOf, leaveTimes, narrate, sceneAt, usedStations } from './scene.ts';
import { advance, frameGaps, SHOW_EVERY_MS, SPEAK_EVERY_MS } from './clock.ts';

/**
 * The live view's player: it owns the replay (the trace, the replayed state, the clock) and draws
 * each frame on its canvas. It runs in a worker on an OffscreenCanvas where the browser has one,
 * so playback costs the page's main thread nothing per frame (drawn on the main thread, the
 * frames' paint and commit of a big page were 50–60 ms tasks at a 4× CPU slowdown); elsewhere it
 * runs on the main thread with the same code. It speaks only through messages: commands in,
 * ticks (the clock, the narration, the end) out.
 */

/** The theme's colours the canvas draws with (read on the page, which has the styles). */
export interface Palette {
  chart: string[];
  text: string;
  faint: string;
  wire: string;
  muted: string;
}

export type PlayerIn =
  | { type: 'trace'; trace: Trace }
  | { type: 'size'; width: number; height: number; dpr: number }
  | { type: 'palette'; palette: Palette }
  /** Plays or pauses (saying where it stopped when `say`); playing from the end of the window starts it again. */
  | { type: 'play'; playing: boolean; say?: boolean }
  /** Simulated time per real time (× real time). */
  | { type: 'speed'; speed: number }
  /** One event forward or back; pauses. */
  | { type: 'step'; by: 1 | -1 }
  /** Jumps to a time in the window; pauses. */
  | { type: 'scrub'; t: number }
  /** Back to the window's start (a lesson revealed its answer). */
  | { type: 'restart' };

/**
 * From a player to its page: the clock for the Time slider, the sentence for the caption under
 * the view (`shown`, the moment on screen, at most once a second while playing) and for the
 * aria-live line (`said`, the same sentence, at most every four seconds while playing), and the
 * end of the window; a heat player also gives the height its
 * drawing wants (CSS pixels, when it changes) and what it drew (seconds, read marks), which the
 * page keeps on the canvas as `data-drawn` and `data-reads`.
 */
export interface PlayerOut {
  now: number;
  shown?: string;
  said?: string;
  ended?: boolean;
  height?: number;
  drawn?: number;
  reads?: number;
}

/** Move the Time slider at most this often while playing (each move re-lays out the controls). */
const CLOCK_EVERY_MS = 250;

type Canvas = HTMLCanvasElement | OffscreenCanvas;
type Context = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export interface Frames {
  request(fn: (t: number) => void): number;
  cancel(handle: number): void;
}

export class TracePlayer {
  private trace: Trace | null = null;
  private state: ReplayState | null = null;
  private now = 0;
  private leaves = new Map<number, number>();
  private used: boolean[] = [];
  /** Where each entity was last drawn; entities that left keep moving right until off the view. */
  private shown = new Map<number, { x: number; y: number; cls: number }>();
  private layout: Layout | null = null;
  private size = { width: 0, height: 0, dpr: 1 };
  private palette: Palette | null = null;
  private speed = 1;
  private playing = false;
  private frame = 0;
  private spoke = 0;
  private showed = 0;
  /** The canvas height last asked of the page. */
  private wanted = 0;
  private clocked = 0;

  constructor(
    private readonly canvas: Canvas,
    private readonly reduced: boolean,
    private readonly emit: (m: PlayerOut) => void,
    private readonly frames: Frames,
  ) {}

  /** Carries out one command. */
  handle(m: PlayerIn): void {
    switch (m.type) {
      case 'trace':
        this.trace = m.trace;
        this.used = usedStations(m.trace);
        this.leaves = leaveTimes(m.trace);
        this.layout = null;
        this.reset();
        this.draw();
        this.say();
        return;
      case 'size':
        this.size = { width: m.width, height: m.height, dpr: m.dpr };
        this.layout = null;
        this.draw();
        return;
      case 'palette':
        this.palette = m.palette;
        this.draw();
        return;
      case 'speed':
        this.speed = m.speed;
        return;
      case 'play':
        if (m.playing) this.play();
        else this.pause(m.say === true);
        return;
      case 'step':
        return this.step(m.by);
      case 'scrub':
        return this.scrub(m.t);
      case 'restart':
        this.reset();
        this.draw();
        this.say();
        return;
    }
  }

  private reset(): void {
    if (!this.trace) return;
    this.state = initialState(this.trace);
    this.now = this.trace.t0;
    this.shown.clear();
  }

  private get ended(): boolean {
    return !!this.trace && !!this.state && this.state.index >= this.trace.size;
  }

  /** Sends the moment's sentence to the caption and the aria-live line; `at` is the frame's time when playing. */
  private say(extra: Partial<PlayerOut> = {}, at = performance.now()): void {
    if (!this.trace || !this.state) return;
    this.spoke = this.showed = at;
    const sentence = narrate(this.trace, this.state, this.now);
    this.emit({ now: this.now, shown: sentence, said: sentence, ...extra });
  }

  private play(): void {
    if (!this.trace || this.playing) return;
    if (this.ended) {
      // From the end, play starts the window over: the Time slider goes back at once.
      this.reset();
      this.emit({ now: this.now });
    }
    this.playing = true;
    const gap = frameGaps();
    const tick = (t: number) => {
      const trace = this.trace,
        state = this.state;
      if (!this.playing || !trace || !state) return;
      this.now = Math.min(trace.t1, advance(this.now, gap(t), this.speed, trace.unit));
      while (state.index < trace.size && trace.time[state.index]! <= this.now) applyEvent(state, trace, state.index);
      this.draw();
      if (this.ended) {
        this.playing = false;
        this.say({ ended: true }, t);
        return;
      }
      if (t - this.spoke > SPEAK_EVERY_MS) this.say({}, t);
      else if (t - this.showed > SHOW_EVERY_MS) {
        this.showed = this.clocked = t;
        this.emit({ now: this.now, shown: narrate(trace, state, this.now) });
      } else if (t - this.clocked > CLOCK_EVERY_MS) {
        this.clocked = t;
        this.emit({ now: this.now });
      }
      this.frame = this.frames.request(tick);
    };
    this.frame = this.frames.request(tick);
  }

  private pause(speak: boolean): void {
    const was = this.playing;
    this.playing = false;
    this.frames.cancel(this.frame);
    this.draw();
    if (was && speak) this.say();
  }

  private step(by: 1 | -1): void {
    const trace = this.trace;
    if (!trace || !this.state) return;
    this.pause(false);
    if (by === 1 && this.state.index < trace.size) applyEvent(this.state, trace, this.state.index);
    if (by === -1 && this.state.index > 0) this.state = stateAt(trace, this.state.index - 1);
    this.now = this.state.index > 0 ? trace.time[this.state.index - 1]! : trace.t0;
    this.draw();
    this.say();
  }

  private scrub(t: number): void {
    const trace = this.trace;
    if (!trace) return;
    this.pause(false);
    this.state = stateAt(trace, indexAtTime(trace, t));
    this.now = t;
    this.shown.clear();
    this.draw();
    this.say();
  }

  /** Draws the replayed state at the clock: stations, lines, busy servers, and the entities. */
  private draw(): void {
    const trace = this.trace,
      state = this.state,
      pal = this.palette;
    const { width, height, dpr } = this.size;
    if (!trace || !state || !pal || width <= 0 || height <= 0) return;
    const c = this.canvas;
    const ctx: Context | null = c.getContext('2d');
    if (!ctx) return;
    if (c.width !== Math.round(width * dpr) || c.height !== Math.round(height * dpr) || !this.layout) {
      c.width = Math.round(width * dpr);
      c.height = Math.round(height * dpr);
      ctx.font = LABEL_FONT;
      const measure = (s: string) => ctx.measureText(s).width;
      this.layout = layout(trace.stations, width, height, this.used, measure);
      // The height this width wants (labels wrap on a phone): the page sizes the canvas to it.
      const wanted = preferredHeight(trace.stations, width, this.used, measure);
      if (wanted !== this.wanted) {
        this.wanted = wanted;
        this.emit({ now: this.now, height: wanted });
      }
    }
    const l = this.layout;
    const colour = (k: number) => pal.chart[k] ?? '#888';
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.font = LABEL_FONT;
    ctx.textBaseline = 'top';
    // Stations: column labels, server boxes (filled while busy), wires.
    for (const col of l.columns) {
      if (col.delay !== null) {
        ctx.fillStyle = pal.wire;
        ctx.fillRect(col.x + 2, l.labelHeight, col.width - 4, height - l.labelHeight - 2);
      }
      ctx.fillStyle = pal.muted;
      col.label.forEach((line, k) => ctx.fillText(line, col.x + 4, 2 + k * LABEL_LINE));
      for (const row of col.rows) {
        ctx.strokeStyle = pal.muted;
        ctx.beginPath();
        ctx.moveTo(row.x + 4, row.lineY + l.radius + 2);
        ctx.lineTo(row.lineHeadX + l.radius, row.lineY + l.radius + 2);
        ctx.stroke();
        row.servers.forEach((b, k) => {
          const busy = (state.serving[row.station]![k] ?? -1) >= 0;
          ctx.fillStyle = busy ? pal.faint : 'transparent';
          ctx.strokeStyle = busy ? pal.text : pal.muted;
          ctx.lineWidth = busy ? 2 : 1;
          ctx.fillRect(b.x, b.y, b.width, b.height);
          ctx.strokeRect(b.x, b.y, b.width, b.height);
          ctx.lineWidth = 1;
        });
        const waiting = state.lines[row.station]!.length;
        if (waiting > row.visible) {
          ctx.fillStyle = pal.text;
          ctx.fillText(`+${waiting - row.visible}`, row.x + 4, row.lineY - 6);
        }
      }
    }
    const dot = (x: number, y: number, cls: number) => {
      ctx.fillStyle = colour(colourOf(trace, cls));
      ctx.beginPath();
      ctx.arc(x, y, l.radius, 0, 2 * Math.PI);
      ctx.fill();
    };
    // Entities: each eases toward its spot (or jumps there under reduced motion or when paused).
    const ease = this.reduced || !this.playing ? 1 : 0.35;
    const seen = new Set<number>();
    for (const e of sceneAt(trace, state, this.now, this.leaves)) {
      const target = position(l, e.spot);
      if (target.hidden) continue;
      seen.add(e.id);
      const at = this.shown.get(e.id) ?? { x: l.columns[0]!.x, y: target.y, cls: e.cls };
      at.x += (target.x - at.x) * ease;
      at.y += (target.y - at.y) * ease;
      this.shown.set(e.id, at);
      dot(at.x, at.y, e.cls);
    }
    // Entities that left slide out to the right (only while playing with motion allowed).
    for (const [k, at] of this.shown) {
      if (seen.has(k)) continue;
      if (ease === 1 || at.x > width) {
        this.shown.delete(k);
        continue;
      }
      at.x += Math.max(4, (width - at.x) * 0.2);
      dot(at.x, at.y, at.cls);
    }
  }
}
