// Finds the Chromium that the end-to-end tests drive. Playwright cannot download its own browser here,
// so we use Debian's. Installs it with apt-get when running as root; otherwise stops with one line.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) {
  console.log(`e2e: using Chromium at ${path}`);
  process.exit(0);
}
if (process.env.CHROMIUM_PATH) {
  console.error(`e2e: CHROMIUM_PATH=${path} does not exist; point it at a Chromium binary.`);
  process.exit(1);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (isRoot && hasApt) {
  console.log("e2e: no Chromium found; installing Debian's chromium with apt-get…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install =
    update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (install && install.status === 0 && existsSync(path)) process.exit(0);
}
console.error(
  'e2e: no Chromium at /usr/bin/chromium. Install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.',
);
process.exit(1);
