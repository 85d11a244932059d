// Fixes to Porffor 0.61.13, applied to a private copy of its compiler.
//
// Each patch module exports { id, why, edits: [{ file, find, replace, toEnd?, toEndMarker?, count? }], precompile? }.
// `find` must occur exactly once in the pristine file (with `toEnd`, everything from
// it to the end of the file is replaced; with `toEndMarker`, everything up to and
// including that marker; with `count`, every one of exactly that many occurrences), so a Porffor upgrade that
// moves the code fails loudly here instead of silently losing a fix. Patches that
// change Porffor's TypeScript builtins set `precompile`, and the copy's
// builtins_precompiled.js is regenerated with Porffor's own precompiler.
//
// The copy lives in node_modules/.cache/helix-porffor/<hash of Porffor's version
// and all patches>/, so it is built once per change and shared by every build.

import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import dataView from './dataview.js';
import importNames from './import-names.js';
import inlineWasmIndices from './inline-wasm-indices.js';
import allocator from './allocator.js';
import arrayCapacity from './array-capacity.js';
import relocatableArrays from './relocatable-arrays.js';
import objectCapacity from './object-capacity.js';
import objectKeyOrder from './object-key-order.js';
import padSize from './pad-size.js';
import binaryOperandTypes from './binary-operand-types.js';
import forOfBreakContinue from './for-of-break-continue.js';
import hostImports from './host-imports.js';
import loopTypeInference from './loop-type-inference.js';
import mathExact from './math-exact.js';
import mathLibm from './math-libm.js';
import numberFormat from './number-format.js';
import pageSizeNumber from './page-size-number.js';
import sortOrder from './sort-order.js';
import staticBins from './static-bins.js';
import splitStrings from './split-strings.js';
import collectionEntries from './collection-entries.js';
import cryptoRandomValues from './crypto-random-values.js';
import funcLut from './func-lut.js';
import staticInheritance from './static-inheritance.js';
import underlyingStore from './underlying-store.js';
import joinWide from './join-wide.js';
import superHome from './super-home.js';
import caseMap from './case-map.js';
import codePointAt from './code-point-at.js';
import memberOperandTypes from './member-operand-types.js';
import toInt32 from './to-int32.js';
import programCode from './program-code.js';
import receiverOnce from './receiver-once.js';
import typedArrays from './typed-arrays.js';
import spreadCalls from './spread-calls.js';
import wideStrings from './wide-strings.js';
import stringCodePoints from './string-code-points.js';
import declaredNames from './declared-names.js';
import buildTimeRefusals from './build-time-refusals.js';
import labelledBlocks from './labelled-blocks.js';
import arrayBounds from './array-bounds.js';
import stringBuiltins from './string-builtins.js';
import errorMessages from './error-messages.js';
import numberParse from './number-parse.js';
import importResultTypes from './import-result-types.js';
import switchDefaultOrder from './switch-default-order.js';
import mathOperands from './math-operands.js';
import methodNames from './method-names.js';
import forInKeys from './for-in-keys.js';
import { PRECOMPILE_ARGS } from '../porffor-options.js';
import { keepNewest } from '../cache-prune.js';

export const PATCHES = [programCode, pageSizeNumber, staticBins, toInt32, dataView, memberOperandTypes, binaryOperandTypes, forOfBreakContinue, numberFormat, mathExact, mathLibm, loopTypeInference, importNames, hostImports, inlineWasmIndices, sortOrder, splitStrings, collectionEntries, cryptoRandomValues, funcLut, staticInheritance, underlyingStore, joinWide, superHome, caseMap, codePointAt, allocator, arrayCapacity, relocatableArrays, objectCapacity, objectKeyOrder, padSize, receiverOnce, typedArrays, spreadCalls, wideStrings, stringCodePoints, declaredNames, buildTimeRefusals, labelledBlocks, arrayBounds, stringBuiltins, errorMessages, numberParse, importResultTypes, switchDefaultOrder, mathOperands, methodNames, forInKeys];

const require = createRequire(import.meta.url);

function porfforPackageDir() {
  return path.dirname(require.resolve('porffor/package.json'));
}

function patchesHash(version) {
  const h = crypto.createHash('sha256');
  h.update(version);
  h.update(PRECOMPILE_ARGS.join(' '));
  for (const p of PATCHES) h.update(JSON.stringify(p));
  return h.digest('hex').slice(0, 16);
}

function copyPackage(from, to) {
  fs.cpSync(from, to, { recursive: true, filter: (src) => !path.relative(from, src).split(path.sep).includes('node_modules') });
}

function applyEdits(dir) {
  for (const patch of PATCHES) {
    for (const edit of patch.edits) {
      const file = path.join(dir, edit.file);
      const text = fs.readFileSync(file, 'utf8');
      if (edit.count) {
        // every occurrence, and exactly as many as the patch expects
        const found = text.split(edit.find).length - 1;
        if (found !== edit.count) {
          throw new Error(`Porffor patch "${patch.id}" does not apply to ${edit.file}: expected ${edit.count} occurrences, found ${found}`);
        }
        fs.writeFileSync(file, text.split(edit.find).join(edit.replace));
        continue;
      }
      const at = text.indexOf(edit.find);
      if (at < 0 || text.indexOf(edit.find, at + 1) >= 0) {
        throw new Error(`Porffor patch "${patch.id}" does not apply to ${edit.file}: the code it changes was not found exactly once`);
      }
      let end = edit.toEnd ? text.length : at + edit.find.length;
      if (edit.toEndMarker) {
        const m = text.indexOf(edit.toEndMarker, at);
        if (m < 0) throw new Error(`Porffor patch "${patch.id}": end marker not found in ${edit.file}`);
        end = m + edit.toEndMarker.length;
      }
      fs.writeFileSync(file, text.slice(0, at) + edit.replace + text.slice(end));
    }
  }
}

/**
 * The directory of the patched Porffor package (built on first use).
 * @returns {string}
 */
export function patchedPorfforDir() {
  const pristine = porfforPackageDir();
  const { version } = JSON.parse(fs.readFileSync(path.join(pristine, 'package.json'), 'utf8'));
  // Under node_modules, so the copy resolves Porffor's own dependencies (acorn, ...).
  const cacheRoot = path.join(pristine, '..', '.cache', 'helix-porffor');
  const target = path.join(cacheRoot, `${version}-${patchesHash(version)}`);
  if (fs.existsSync(path.join(target, '.complete'))) return target;

  fs.mkdirSync(cacheRoot, { recursive: true });
  const staging = `${target}.tmp-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  copyPackage(pristine, staging);
  applyEdits(staging);
  if (PATCHES.some((p) => p.precompile)) {
    const r = spawnSync(process.execPath, [path.join('compiler', 'precompile.js'), ...PRECOMPILE_ARGS], {
      cwd: staging, encoding: 'utf8', timeout: 300000,
    });
    if (r.status !== 0) throw new Error(`re-precompiling Porffor's builtins failed:\n${r.stderr || r.stdout}`);
  }
  fs.writeFileSync(path.join(staging, '.complete'), PATCHES.map((p) => `${p.id}: ${p.why}`).join('\n'));
  try {
    fs.renameSync(staging, target);
  } catch (e) {
    // Another process finished the same copy first.
    fs.rmSync(staging, { recursive: true, force: true });
    if (!fs.existsSync(path.join(target, '.complete'))) throw e;
  }
  pruneCopies(cacheRoot, target);
  return target;
}

/** Copies made for earlier versions of the patches: all but the newest few go (each is about 3 MB). */
export function pruneCopies(cacheRoot, current) {
  let copies;
  try {
    copies = fs.readdirSync(cacheRoot).map((d) => path.join(cacheRoot, d))
      .filter((d) => d !== current && fs.existsSync(path.join(d, '.complete')));
  } catch {
    return;
  }
  keepNewest(copies, 3, (d) => path.join(d, '.complete'));
}
