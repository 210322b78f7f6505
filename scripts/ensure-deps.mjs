#!/usr/bin/env node
// Lets `npm test` work straight after a clone: installs dependencies when they are missing or
// older than package-lock.json. Runs on whatever Node is on PATH (Node 20 is enough for npm).
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const marker = 'node_modules/.package-lock.json';
const stale =
  !existsSync(marker) ||
  (existsSync('package-lock.json') && statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs) ||
  statSync('package.json').mtimeMs > statSync(marker).mtimeMs;

if (stale) {
  process.stderr.write('[deps] Installing dependencies (npm install)...\n');
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
