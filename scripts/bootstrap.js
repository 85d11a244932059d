#!/usr/bin/env node
// One set-up step before `npm run demo` and `npm test` (Node built-ins only, so it
// runs before any dependency is installed):
//   1. `npm ci` when node_modules is missing or older than package-lock.json;
//   2. the Debian packages for the cross compilers, QEMU and the test tools,
//      installed with apt-get when a command is missing (as root; otherwise the
//      exact command is printed and the step fails).
// Fast when everything is already there.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { installCommand, locate, REQUIREMENTS } from '../sdk/toolchain/requirements.js';
import { which } from '../sdk/toolchain/which.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function say(msg) {
  process.stderr.write(`bootstrap: ${msg}\n`);
}

function fail(msg) {
  say(msg);
  process.exit(1);
}

function runOrFail(cmd, args, what, env = {}) {
  say(`${what}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.error) fail(`${what} could not start: ${r.error.message}`);
  if (r.status !== 0) fail(`${what} failed (exit ${r.status})`);
}

const [major] = process.versions.node.split('.').map(Number);
if (major < 20) fail(`Node.js ${process.versions.node} is too old; Helix SDK needs Node.js 20 or newer`);

// 1. npm dependencies
const lock = path.join(root, 'package-lock.json');
const installed = path.join(root, 'node_modules', '.package-lock.json');
const stale = !fs.existsSync(installed) || fs.statSync(lock).mtimeMs > fs.statSync(installed).mtimeMs;
if (stale) runOrFail('npm', ['ci', '--no-audit', '--no-fund'], 'installing npm dependencies');

// 2. Debian packages
const missing = REQUIREMENTS.filter((r) => !locate(r, which));
if (missing.length) {
  const packages = [...new Set(missing.flatMap((r) => r.packages))];
  say(`missing: ${missing.map((r) => r.command).join(', ')}`);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!which('apt-get')) fail(`apt-get is not available; install these yourself: ${packages.join(' ')}`);
  if (!isRoot) fail(`run this as root (or with sudo), then try again:\n  ${installCommand(packages)}`);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  runOrFail('apt-get', ['update', '-qq'], 'updating the package lists', env);
  runOrFail('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], 'installing Debian packages', env);
  const still = REQUIREMENTS.filter((r) => !locate(r, which));
  if (still.length) fail(`still missing after apt-get: ${still.map((r) => r.command).join(', ')}`);
}
say('toolchains, QEMU and npm dependencies are ready');
