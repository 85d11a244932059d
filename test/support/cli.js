// Run the helix-sdk CLI, or a program under Node, as a child process.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { bundle } from '../../codegen/bundle.js';
import { CLI, ROOT } from './paths.js';
import { tempDir } from './host-build.js';

/**
 * @returns {Promise<{ status: number, stdout: string, stderr: string, stdoutBytes: Buffer }>}
 */
export function runCli(args, { input, env, cwd = ROOT, timeout = 300, onStderr } = {}) {
  return runProcess(process.execPath, [CLI, ...args], { input, env, cwd, timeout, onStderr });
}

/** `onStderr(text so far, child)` sees the child's stderr as it grows (to signal it part way, say). */
export function runProcess(file, args, { input, env, cwd = ROOT, timeout = 300, onStderr } = {}) {
  return new Promise((resolve, reject) => {
    const merged = { ...process.env, ...env };
    for (const k of Object.keys(merged)) if (merged[k] === undefined) delete merged[k];
    const child = spawn(file, args, { cwd, env: merged, stdio: ['pipe', 'pipe', 'pipe'] });
    // Collect bytes and decode once: a UTF-8 character may straddle two chunks.
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => {
      err.push(d);
      onStderr?.(Buffer.concat(err).toString('utf8'), child);
    });
    child.stdin.on('error', () => {});
    if (input !== undefined) child.stdin.write(input);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout * 1000);
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      resolve({ status: signal ? `killed by ${signal} after ${timeout} s` : status, stdout, stderr, stdoutBytes: Buffer.concat(out) });
    });
  });
}

/** What Node prints when it runs the same application (bundled for Node, types stripped). */
export async function runUnderNode(entry) {
  const js = await bundle(entry, { forNode: true });
  const file = path.join(tempDir('helix-node-'), 'app.mjs');
  fs.writeFileSync(file, js);
  // No colours: the test runner sets FORCE_COLOR, which would make Node colour numbers.
  return runProcess(process.execPath, [file], { timeout: 60, env: { FORCE_COLOR: undefined, NO_COLOR: '1' } });
}

const outDirs = new Map();

/**
 * A build directory for `label`, the same one for every call with that label: programs built for one
 * board there share its kernel objects, compiled once (each object is rebuilt only when its inputs'
 * hash changes). Builds that run side by side must use different labels.
 */
export function outDir(label) {
  if (!outDirs.has(label)) outDirs.set(label, tempDir(`helix-${label}-`));
  return outDirs.get(label);
}
