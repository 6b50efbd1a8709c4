import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../../cli.ts', import.meta.url));
const sim = (...args: string[]) => spawnSync(process.execPath, [cli, 'lambda-slots', ...args], { encoding: 'utf8' });

describe('lambda-slots from the command line', () => {
  it('runs a preset, lets explicit flags override it in any order, and prints the summary', () => {
    type Out = { params: object; summary: Record<string, unknown> };
    const before = JSON.parse(
      sim('--lock-friendly', 'true', '--preset', 'pre-create', '--slots', '500', '--duration-seconds', '20').stdout,
    ) as Out;
    const after = JSON.parse(
      sim('--preset', 'pre-create', '--lock-friendly', 'true', '--slots', '500', '--duration-seconds', '20').stdout,
    ) as Out;
    for (const out of [before, after]) {
      expect(out.params).toMatchObject({
        strategy: 'pre-create',
        ebpfTunnel: 'true',
        lockFriendly: 'true',
        slots: 500,
      });
      for (const k of [
        'coldStartNetworkP50Ms',
        'coldStartNetworkP99Ms',
        'bootSeconds',
        'rootRules',
        'perPacketUsAtLastSlot',
        'parallelCreateSeconds',
      ]) {
        expect(typeof out.summary[k]).toBe('number');
      }
    }
    expect(after).toEqual(before);
  }, 60_000);
});
