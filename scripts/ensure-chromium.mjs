#!/usr/bin/env node
// Makes sure a Chromium exists for the browser tests and prints its path to stdout's last line.
// Order: CHROMIUM_PATH, Playwright's own browser, a system Chromium; if none, try to get one
// (Playwright's download, then Debian's package when root on Debian), else say what to install.
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { findChromium } from './lib/find-chromium.mjs';

function log(message) {
  process.stderr.write(`[chromium] ${message}\n`);
}

function run(command, args, timeoutMs) {
  log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], timeout: timeoutMs });
  return result.status === 0;
}

let found = findChromium();
if (!found) {
  log("No Chromium found; trying Playwright's own download.");
  run('npx', ['--no-install', 'playwright', 'install', 'chromium'], 5 * 60_000);
  found = findChromium();
}
if (!found) {
  const isDebian = existsSync('/etc/debian_version');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isDebian && isRoot && hasApt) {
    log("Playwright's download is not available here; installing Debian's chromium package.");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const ok =
      spawnSync('apt-get', ['update'], { stdio: ['ignore', 2, 2], env }).status === 0 &&
      spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: ['ignore', 2, 2], env }).status === 0;
    if (!ok) log('apt-get could not install chromium.');
    found = findChromium();
  }
}
if (!found) {
  const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  log('No Chromium is available for the browser tests. Install one of:');
  log("  - Playwright's browser:  npx playwright install chromium");
  if (/debian|ubuntu/i.test(osRelease)) log('  - Debian/Ubuntu package:  sudo apt-get install -y chromium');
  log('  - any Chromium or Chrome, then set CHROMIUM_PATH=/path/to/chromium');
  process.exit(1);
}
log(`Using ${found}`);
console.log(found);
