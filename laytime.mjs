import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const N = Number(process.env.N ?? 5);
for (const path of process.argv.slice(2)) {
  const rows = [];
  for (let i = 0; i < N; i++) {
    const ctx = await b.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
    const p = await ctx.newPage();
    await b.startTracing(p, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await p.goto('http://127.0.0.1:4400' + path, { waitUntil: 'load' });
    await p.waitForTimeout(1500);
    const buf = await b.stopTracing();
    const ev = JSON.parse(buf.toString()).traceEvents;
    const main = ev.filter((e) => e.ph === 'X' && e.dur && ev.some(() => true));
    // renderer main thread: the one with the most Layout events
    const byTid = new Map(); for (const e of main) if (e.name === 'Layout') byTid.set(e.pid + ':' + e.tid, (byTid.get(e.pid + ':' + e.tid) ?? 0) + 1);
    const tid = [...byTid.entries()].sort((a, c) => c[1] - a[1])[0]?.[0];
    const mt = main.filter((e) => e.pid + ':' + e.tid === tid);
    const sum = (n) => mt.filter((e) => e.name === n).reduce((s, e) => s + e.dur, 0) / 1000;
    const tasks = mt.filter((e) => e.name === 'RunTask').map((e) => e.dur / 1000);
    const tbt4 = tasks.reduce((s, d) => s + Math.max(0, d * 4 - 50), 0);
    rows.push([sum('Layout'), sum('UpdateLayoutTree'), sum('ParseHTML'), Math.max(...tasks), tbt4]);
    await ctx.close();
  }
  const med = (k) => rows.map((r) => r[k]).sort((a, c) => a - c)[Math.floor(N / 2)].toFixed(0);
  console.log(path.padEnd(50), 'layout', med(0), 'style', med(1), 'parse', med(2), 'maxTask', med(3), 'sum(4x-50)', med(4));
}
await b.close();
