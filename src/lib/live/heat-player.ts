import type { DemandFrames, HeatFrames } from '@field-guide/sims';
import { framesOf, gridOf, heatStep, narrateHeat, readMarks, STEPS, TOUCHED } from './heat.ts';
import { demandTop, narrateDemand, stripsOf, stripX, stripY, timesText, valuesAt } from './demand.ts';
import type { Frames, PlayerOut } from './player.ts';
import { frameGaps, SHOW_EVERY_MS, SPEAK_EVERY_MS } from './clock.ts';

/**
 * The heat live view's player: the drive grids a run recorded (or the smoothing step's summed
 * demand), second by second, drawn on its canvas. Like the trace player it runs in a worker on an
 * OffscreenCanvas where the browser has one (drawn on the page, two grids of 1,024 drives and the
 * frame's commit were 50–70 ms tasks at a 4× CPU slowdown), and on the page otherwise; it speaks
 * only through messages.
 */

/** The theme's colours (the static heatmap's), read on the page. */
export interface HeatColours {
  fill: string;
  hot: string;
  mark: string;
  /** The read choices' outlines and fills. */
  pick: string;
  /** The demand strips: one line colour per crowd (the static chart's), axis text and frames. */
  lines: string[];
  ink: string;
  grid: string;
  text: string;
}

export type HeatIn =
  | { type: 'data'; grids: HeatFrames[] | null; demand: DemandFrames | null }
  /** The canvas's width in CSS pixels (its height is the player's to choose: see `PlayerOut.height`). */
  | { type: 'size'; width: number; height: number; dpr: number }
  | { type: 'colours'; colours: HeatColours }
  | { type: 'play'; playing: boolean; say?: boolean }
  /** Recorded seconds per real second. */
  | { type: 'speed'; speed: number }
  | { type: 'step'; by: 1 | -1 }
  | { type: 'scrub'; t: number }
  | { type: 'restart' };

/** Room above each grid for its name, in CSS pixels. */
const TITLE = 20;

type Canvas = HTMLCanvasElement | OffscreenCanvas;
type Context = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export class HeatPlayer {
  private grids: HeatFrames[] | null = null;
  private demand: DemandFrames | null = null;
  private top: number | null = null;
  /** The clock, in recorded seconds (drawn at its whole second). */
  private now = 0;
  private size = { width: 0, dpr: 1 };
  private height = 0;
  private colours: HeatColours | null = null;
  private speed = 1;
  private playing = false;
  private frame = 0;
  private spoke = 0;
  private showed = 0;

  constructor(
    private readonly canvas: Canvas,
    private readonly emit: (m: PlayerOut) => void,
    private readonly frames: Frames,
  ) {}

  private get count(): number {
    return this.demand ? this.demand.frames : this.grids ? framesOf(this.grids) : 0;
  }

  /** Carries out one command. */
  handle(m: HeatIn): void {
    switch (m.type) {
      case 'data':
        this.grids = m.grids;
        this.demand = m.demand;
        this.top = m.demand ? demandTop(m.demand) : null;
        this.show(0, true);
        return;
      case 'size':
        this.size = { width: m.width, dpr: m.dpr };
        this.draw();
        return;
      case 'colours':
        this.colours = m.colours;
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
        this.pause(false);
        this.show(Math.max(0, Math.min(this.count - 1, Math.floor(this.now) + m.by)), true);
        return;
      case 'scrub':
        this.pause(false);
        this.show(Math.max(0, Math.min(this.count - 1, m.t)), true);
        return;
      case 'restart':
        this.show(0, true);
        return;
    }
  }

  /**
   * Moves the clock to `t`, draws its second and tells the page, with the caption's sentence when a
   * second has passed since the last (always when `say`), and that sentence for the aria-live line
   * too when `say`.
   */
  private show(t: number, say: boolean, extra: Partial<PlayerOut> = {}, at = performance.now()): void {
    this.now = t;
    const drawn = this.draw();
    const out: PlayerOut = { now: Math.floor(t), ...drawn, ...extra };
    // Seconds come a second apart at 1×: a strict "over a second since" would skip every other one
    // on frame jitter, so a tenth of a second's slack.
    if ((say || at - this.showed > 0.9 * SHOW_EVERY_MS) && (this.grids || this.demand)) {
      this.showed = at;
      out.shown = this.demand ? narrateDemand(this.demand, t) : narrateHeat(this.grids!, t);
      if (say) {
        this.spoke = at;
        out.said = out.shown;
      }
    }
    this.emit(out);
  }

  private play(): void {
    if (this.playing || this.count === 0) return;
    if (this.now >= this.count - 1) this.show(0, false);
    this.playing = true;
    const gap = frameGaps();
    const tick = (t: number) => {
      if (!this.playing) return;
      const before = Math.floor(this.now);
      const now = Math.min(this.count - 1, this.now + (gap(t) / 1000) * this.speed);
      const end = now >= this.count - 1;
      if (end) {
        this.playing = false;
        this.show(now, true, { ended: true }, t);
        return;
      }
      if (Math.floor(now) !== before) this.show(now, t - this.spoke > SPEAK_EVERY_MS, {}, t);
      else this.now = now;
      this.frame = this.frames.request(tick);
    };
    this.frame = this.frames.request(tick);
  }

  private pause(say: boolean): void {
    const was = this.playing;
    this.playing = false;
    this.frames.cancel(this.frame);
    if (was && say) this.show(this.now, true);
  }

  /** Sizes the canvas to `height` CSS pixels at the screen's pixel ratio, telling the page a new height. */
  private fit(ctx: Context, height: number): number {
    const { width, dpr } = this.size;
    const c = this.canvas;
    if (c.height !== Math.round(height * dpr) || c.width !== Math.round(width * dpr)) {
      c.width = Math.round(width * dpr);
      c.height = Math.round(height * dpr);
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    return width;
  }

  /** Draws the clock's second; returns what the page records of it (and the height it wants). */
  private draw(): Partial<PlayerOut> {
    const ctx: Context | null = this.canvas.getContext('2d');
    if (!ctx || !this.colours || this.size.width <= 0) return {};
    const out = this.demand ? this.drawDemand(ctx, this.demand) : this.grids ? this.drawGrids(ctx, this.grids) : {};
    if (out.height !== undefined && out.height === this.height) delete out.height;
    else if (out.height !== undefined) this.height = out.height;
    return out;
  }

  /** The smoothing strips: each crowd's total ÷ its mean, drawn up to the clock's second. */
  private drawDemand(ctx: Context, d: DemandFrames): Partial<PlayerOut> {
    const layout = stripsOf(this.size.width, d.series.length);
    this.fit(ctx, layout.height);
    const { lines, ink, grid, text } = this.colours!;
    const max = this.top ?? demandTop(d);
    const f = Math.min(d.frames - 1, Math.floor(this.now));
    const values = valuesAt(d, f);
    ctx.textBaseline = 'top';
    d.series.forEach((s, i) => {
      const strip = layout.strips[i]!;
      const colour = lines[i % lines.length]!;
      // Title: the crowd, and its value this second at the right when there is room.
      ctx.font = '13px system-ui, sans-serif';
      ctx.textAlign = 'left';
      ctx.fillStyle = text;
      ctx.fillText(s.label, layout.x, strip.titleY + 2);
      const value = `${timesText(values[i]!)}${values[i]! > 0 ? ' its mean' : ''}`;
      if (ctx.measureText(s.label).width + ctx.measureText(value).width + 16 <= layout.width) {
        ctx.textAlign = 'right';
        ctx.fillText(value, layout.x + layout.width, strip.titleY + 2);
      }
      // Axis: 0, the mean (dashed) and the top of the shared scale.
      ctx.font = '12px system-ui, sans-serif';
      ctx.textAlign = 'right';
      ctx.textBaseline = 'middle';
      ctx.fillStyle = ink;
      for (const [v, label] of [
        [0, '0'],
        [1, '1×'],
        [max, `${max}×`],
      ] as const) {
        const y = stripY(v, strip, max);
        ctx.fillText(label, layout.x - 6, Math.min(Math.max(y, strip.y + 6), strip.y + strip.height - 6));
      }
      ctx.textBaseline = 'top';
      ctx.strokeStyle = grid;
      ctx.lineWidth = 1;
      ctx.strokeRect(layout.x + 0.5, strip.y + 0.5, layout.width - 1, strip.height - 1);
      ctx.strokeStyle = ink;
      ctx.setLineDash([4, 4]);
      ctx.beginPath();
      const mean = Math.round(stripY(1, strip, max)) + 0.5;
      ctx.moveTo(layout.x, mean);
      ctx.lineTo(layout.x + layout.width, mean);
      ctx.stroke();
      ctx.setLineDash([]);
      // The line so far, and a dot at this second.
      ctx.strokeStyle = colour;
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      for (let t = 0; t <= f; t++) {
        const x = stripX(t, d.frames, layout),
          y = stripY(s.values[t]!, strip, max);
        if (t === 0) ctx.moveTo(x, y);
        else ctx.lineTo(x, y);
      }
      ctx.stroke();
      ctx.fillStyle = colour;
      ctx.beginPath();
      ctx.arc(stripX(f, d.frames, layout), stripY(values[i]!, strip, max), 3, 0, 2 * Math.PI);
      ctx.fill();
    });
    ctx.textAlign = 'left';
    return { height: layout.height, drawn: f + 1 };
  }

  /** The drive grids, side by side when there is room for two of at least 160 px, else one above the other. */
  private drawGrids(ctx: Context, gs: HeatFrames[]): Partial<PlayerOut> {
    const width = this.size.width;
    const across = width >= 2 * 160 + 24 ? gs.length : 1;
    const panel = Math.floor((width - 24 * (across - 1)) / across);
    const grid = gridOf(gs[0]!.cells, Math.min(panel, 420));
    const rows = Math.ceil(gs.length / across);
    const height = rows * (grid.height + TITLE) + (rows - 1) * 16;
    this.fit(ctx, height);
    const { fill, hot, mark, pick, text } = this.colours!;
    ctx.font = '13px system-ui, sans-serif';
    ctx.textBaseline = 'top';
    const f = Math.min(framesOf(gs) - 1, Math.floor(this.now));
    let marked = 0;
    gs.forEach((h, g) => {
      const x0 = (g % across) * (panel + 24);
      const y0 = Math.floor(g / across) * (grid.height + TITLE + 16);
      ctx.fillStyle = text;
      ctx.fillText(h.label, x0, y0 + 2);
      const base = f * h.cells;
      const pitch = grid.cell + grid.gap;
      for (let i = 0; i < h.cells; i++) {
        const x = x0 + (i % grid.cols) * pitch;
        const y = y0 + TITLE + Math.floor(i / grid.cols) * pitch;
        const load = h.load[base + i]!;
        // As the static heatmap: one colour, stronger with load; over capacity outlined in red.
        ctx.globalAlpha = 0.08 + (0.92 * heatStep(load)) / (STEPS - 1);
        ctx.fillStyle = fill;
        ctx.fillRect(x, y, grid.cell, grid.cell);
        ctx.globalAlpha = 1;
        if (load > 1 && grid.cell >= 4) {
          ctx.strokeStyle = hot;
          ctx.lineWidth = 1;
          ctx.strokeRect(x + 0.5, y + 0.5, grid.cell - 1, grid.cell - 1);
        }
        if (h.highlight[base + i]! > TOUCHED) {
          ctx.fillStyle = mark;
          ctx.beginPath();
          ctx.arc(x + grid.cell / 2, y + grid.cell / 2, Math.max(1, grid.cell / 4), 0, 2 * Math.PI);
          ctx.fill();
        }
      }
      // This second's recorded reads: every drive a read compared is outlined, the ones it took
      // are filled too (the outline drawn outside the cell, so the heat colour still shows).
      const { taken, passed } = readMarks(h, f);
      ctx.strokeStyle = pick;
      ctx.fillStyle = pick;
      ctx.lineWidth = 2;
      for (const i of [...passed, ...taken]) {
        const x = x0 + (i % grid.cols) * pitch;
        const y = y0 + TITLE + Math.floor(i / grid.cols) * pitch;
        ctx.strokeRect(x - 1, y - 1, grid.cell + 2, grid.cell + 2);
      }
      for (const i of taken) {
        const x = x0 + (i % grid.cols) * pitch;
        const y = y0 + TITLE + Math.floor(i / grid.cols) * pitch;
        const inset = Math.max(1, Math.floor(grid.cell / 4));
        ctx.fillRect(x + inset, y + inset, grid.cell - 2 * inset, grid.cell - 2 * inset);
      }
      marked += taken.length + passed.length;
    });
    return { height, drawn: f + 1, reads: marked };
  }
}
