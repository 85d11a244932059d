// Stage 6: compile C and assembly with the target's cross compiler and link the
// firmware. Objects are cached by a hash of their command line and inputs, so a
// rebuild only recompiles what changed (usually just the program's C).

import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { installCommand, requirementFor } from '../sdk/toolchain/requirements.js';
import { which } from '../sdk/toolchain/which.js';
import { BuildError } from './diagnostics.js';
import { restoreObject, storeObject } from './object-cache.js';

/** The tools of a target's toolchain, checked to exist. */
export function findToolchain(target) {
  const tools = {};
  for (const tool of ['gcc', 'objcopy', 'addr2line']) {
    const command = `${target.toolchain}${tool}`;
    const found = which(command);
    if (!found) throw missingTool(command, `to build for ${target.name}`);
    tools[tool] = found;
  }
  return tools;
}

/** A BuildError for a program that is not installed, with the command that installs it. */
export function missingTool(command, why) {
  const req = requirementFor(command) ?? requirementFor(command.replace(/(objcopy|addr2line)$/, 'gcc'));
  return new BuildError(`${command} was not found on PATH (needed ${why})`, {
    hint: req
      ? `install it with: ${installCommand(req.packages)}   (or run \`npm run bootstrap\`, which installs everything)`
      : 'install it and make sure it is on PATH',
  });
}

/** Run a program; resolve with its output, reject with a BuildError naming the command. */
export function run(file, args, { cwd } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.on('error', (e) => reject(new BuildError(`could not run ${file}: ${e.message}`)));
    child.on('close', (code) => {
      if (code === 0) resolve({ out, err });
      else reject(Object.assign(new BuildError(`${path.basename(file)} failed (exit ${code})`), { stderr: err, stdout: out }));
    });
  });
}

/**
 * A gate that runs at most `limit` jobs (functions returning promises) at once, in the order they were given;
 * jobs can be added while others run.
 * @returns {(job: () => Promise<any>) => Promise<any>}
 */
export function limiter(limit = Math.max(1, os.cpus().length)) {
  let active = 0;
  const waiting = [];
  const next = () => {
    if (active >= limit || !waiting.length) return;
    active++;
    const { job, resolve, reject } = waiting.shift();
    Promise.resolve().then(job).then(resolve, reject).finally(() => { active--; next(); });
  };
  return (job) => new Promise((resolve, reject) => { waiting.push({ job, resolve, reject }); next(); });
}

/** Run jobs (functions returning promises) with at most `limit` at once; their results in order. */
export async function parallel(jobs, limit = Math.max(1, os.cpus().length)) {
  const gate = limiter(limit);
  return Promise.all(jobs.map((job) => gate(job)));
}

function hashInputs(args, files) {
  const h = crypto.createHash('sha256');
  h.update(args.join('\0'));
  for (const f of files) {
    h.update('\0');
    h.update(f);
    h.update(fs.readFileSync(f));
  }
  return h.digest('hex');
}

/**
 * Compile one source to an object file unless an up-to-date one exists.
 * @param {object} job { gcc, source, object, flags, deps, shared }: deps are headers whose change invalidates it;
 *   shared: the object does not depend on the program, so the SDK-wide object cache may supply it
 * @returns {Promise<boolean>} true if it was compiled
 */
export async function compileObject({ gcc, source, object, flags, deps = [], shared = false }) {
  const args = [...flags, '-c', source, '-o', object];
  const stamp = `${object}.hash`;
  // the output path is not an input: the same object serves every build directory; the compiler's
  // size and date stand for its version (an upgraded toolchain compiles afresh)
  const cc = fs.statSync(gcc);
  const hash = hashInputs([gcc, `${cc.size}:${cc.mtimeMs}`, ...flags, '-c', source], [source, ...deps]);
  if (fs.existsSync(object) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash) return false;
  fs.mkdirSync(path.dirname(object), { recursive: true });
  if (shared && restoreObject(hash, object)) {
    fs.writeFileSync(stamp, hash);
    return false;
  }
  try {
    await run(gcc, args);
  } catch (e) {
    throw new BuildError(`C compilation of ${path.basename(source)} failed:\n${(e.stderr ?? '').trim()}`, {
      hint: source.endsWith('app.c')
        ? 'the generated C did not compile: this is a translator bug; please report it'
        : 'check the board file settings this source depends on',
    });
  }
  if (shared) storeObject(hash, object);
  fs.writeFileSync(stamp, hash);
  return true;
}

/** Link objects into an ELF; a region overflow becomes a clear BuildError. */
export async function link({ gcc, flags, objects, script, elf, map }) {
  try {
    await run(gcc, [...flags, '-nostdlib', '-nostartfiles', '-static', `-T${script}`, `-Wl,-Map=${map}`,
      '-Wl,--gc-sections', '-Wl,--no-warn-rwx-segments', ...objects, '-lgcc', '-o', elf]);
  } catch (e) {
    const stderr = e.stderr ?? '';
    const overflow = /region `?(\w+)'? overflowed by (\d+) bytes/.exec(stderr);
    if (overflow) {
      throw new BuildError(`the firmware does not fit: memory region ${overflow[1]} overflowed by ${overflow[2]} bytes`, {
        hint: 'reduce `heap` or `stack` under [runtime] in the board file, or shrink the program',
      });
    }
    throw new BuildError(`linking failed:\n${stderr.trim()}`);
  }
}
