// Loads a board file: parse the TOML, follow `extends`, validate every file
// against the schema (one error, naming the file, the line and the key), and
// normalise it into what the build and the runner use.

import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { parse as parseToml, TomlError } from 'smol-toml';

import { BuildError } from '../../codegen/diagnostics.js';
import { BOARDS_DIR, BSP_DIR, KERNEL_DIR, TARGETS_DIR } from '../paths.js';
import { closest } from '../util/suggest.js';
import { parseSize } from '../util/size.js';
import { boardSchema, partial, targetSchema } from './schema.js';
import { keyLines, lineOf } from './toml-lines.js';

/** Task table, per-task stack and scheduler tick when the board file does not say (sdk/kernel/task.h). */
const DEFAULT_TASKS = 8;
const DEFAULT_TASK_STACK = '16K';
const DEFAULT_TICK_HZ = 1000;
const MAX_HEAP = 256 * 1024 * 1024; // relocatable arrays are addressed above it (sdk/kernel/arrays.c)

const ajv = new Ajv({ allErrors: false, strict: false });
const validators = {
  board: { full: ajv.compile(boardSchema), partial: ajv.compile(partial(boardSchema)), schema: boardSchema },
  target: { full: ajv.compile(targetSchema), partial: ajv.compile(partial(targetSchema)), schema: targetSchema },
};

/** Board names the SDK ships, with their descriptions. */
/** Board lookup path: a project's own boards/ first, then the SDK's. */
export function boardDirs(cwd = process.cwd()) {
  const local = path.join(cwd, 'boards');
  return path.resolve(local) === path.resolve(BOARDS_DIR) ? [BOARDS_DIR] : [local, BOARDS_DIR];
}

export function listBoards(dirs = [BOARDS_DIR]) {
  const seen = new Map();
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).sort()) {
      if (!f.endsWith('.toml') || seen.has(f.slice(0, -5))) continue;
      const name = f.slice(0, -5);
      let description = '';
      let target = '';
      try {
        const b = loadBoard(name, { dirs });
        description = b.description;
        target = b.target.name;
      } catch (e) {
        description = `(invalid: ${e.message})`;
      }
      seen.set(name, { name, description, target, file: path.join(dir, f) });
    }
  }
  return [...seen.values()];
}

/**
 * @param {string} nameOrPath a board name ("qemu-mps2-an386") or a path to a .toml file
 * @param {object} [opts]
 * @param {string[]} [opts.dirs] where to look for board names (a project's boards/ first, then the SDK's)
 */
export function loadBoard(nameOrPath, { dirs = [BOARDS_DIR] } = {}) {
  const file = resolveBoardFile(nameOrPath, dirs);
  const chain = readChain(file, dirs, []);
  const merged = chain.reduceRight((acc, layer) => deepMerge(acc, layer.data), {});
  delete merged.extends;
  const top = chain[0];
  checkSchema('board', merged, top, validators.board.full);
  return normalizeBoard(path.basename(file, '.toml'), file, merged, top);
}

function resolveBoardFile(nameOrPath, dirs) {
  if (nameOrPath.endsWith('.toml') || nameOrPath.includes('/')) {
    const file = path.resolve(nameOrPath);
    if (!fs.existsSync(file)) throw new BuildError(`board file ${nameOrPath} does not exist`);
    return file;
  }
  for (const dir of dirs) {
    const file = path.join(dir, `${nameOrPath}.toml`);
    if (fs.existsSync(file)) return file;
  }
  const names = dirs.flatMap((d) => (fs.existsSync(d) ? fs.readdirSync(d) : []))
    .filter((f) => f.endsWith('.toml')).map((f) => f.slice(0, -5));
  const guess = closest(nameOrPath, names);
  throw new BuildError(`unknown board "${nameOrPath}"`, {
    hint: `${guess ? `did you mean "${guess}"? ` : ''}Known boards: ${names.sort().join(', ')}. ` +
      'Run `helix-sdk boards` to list them, or pass a path to a .toml file.',
  });
}

// Read a board and every board it extends, child first.
function readChain(file, dirs, seen) {
  if (seen.includes(file)) {
    throw new BuildError(`\`extends\` loops back to ${path.basename(file)}`, { file, line: 1 });
  }
  const layer = readToml(file);
  checkSchema('board', layer.data, layer, validators.board.partial);
  const chain = [layer];
  if (layer.data.extends) {
    const parentName = layer.data.extends;
    const here = path.dirname(file);
    const parentDirs = [here, ...dirs.filter((d) => path.resolve(d) !== here)];
    let parentFile;
    try {
      parentFile = resolveBoardFile(parentName, parentDirs);
    } catch (e) {
      throw new BuildError(`\`extends = "${parentName}"\`: ${e.message}`, {
        file, line: lineOf(layer.lines, ['extends']), hint: e.hint,
      });
    }
    chain.push(...readChain(parentFile, dirs, [...seen, file]));
  }
  return chain;
}

function readToml(file) {
  const text = fs.readFileSync(file, 'utf8');
  let data;
  try {
    data = parseToml(text);
  } catch (e) {
    if (e instanceof TomlError) {
      const first = String(e.message).split('\n')[0].replace(/^Invalid TOML document:\s*/, '');
      throw new BuildError(`malformed TOML: ${first}`, {
        file, line: e.line, column: e.column, source: text,
        hint: 'fix the syntax at the marked position (TOML reference: https://toml.io)',
      });
    }
    throw e;
  }
  return { file, text, data, lines: keyLines(text) };
}

function checkSchema(kind, data, layer, validate) {
  if (validate(data)) return;
  const err = validate.errors[0];
  const at = err.instancePath.split('/').filter(Boolean);
  const shown = (parts) => parts.join('.') || '(top level)';
  let message;
  let hint;
  let keyPath = at;
  switch (err.keyword) {
    case 'additionalProperties': {
      const key = err.params.additionalProperty;
      keyPath = [...at, key];
      message = `unknown key "${shown(keyPath)}"`;
      const allowed = allowedKeys(validators[kind].schema, at);
      const guess = closest(key, allowed);
      hint = `${guess ? `did you mean "${guess}"? ` : ''}${allowed.length ? `Keys allowed here: ${allowed.join(', ')}.` : ''}`;
      break;
    }
    case 'required':
      keyPath = [...at, err.params.missingProperty];
      message = `missing required key "${shown(keyPath)}"`;
      hint = allowedKeys(validators[kind].schema, at).includes(err.params.missingProperty) &&
        schemaAt(validators[kind].schema, keyPath)?.type === 'object'
        ? `add a [${keyPath.join('.')}] table`
        : `add \`${err.params.missingProperty} = ...\`${at.length ? ` under [${at.join('.')}]` : ''}`;
      break;
    case 'enum':
      message = `"${shown(at)}" must be one of: ${err.params.allowedValues.join(', ')} (got ${JSON.stringify(valueAt(data, at))})`;
      break;
    case 'anyOf':
    case 'pattern':
      message = `"${shown(at)}" must be a size such as 65536, "64K" or "4M" (got ${JSON.stringify(valueAt(data, at))})`;
      break;
    case 'type':
      message = `"${shown(at)}" must be ${article(err.params.type)} (got ${describe(valueAt(data, at))})`;
      break;
    case 'minProperties':
      message = `"${shown(at)}" needs at least one entry`;
      break;
    default:
      message = `"${shown(at)}" ${err.message}`;
  }
  throw new BuildError(message, { file: layer.file, line: lineOf(layer.lines, keyPath), source: layer.text, hint });
}

function schemaAt(schema, at) {
  let s = schema;
  for (const k of at) {
    s = s.properties?.[k] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : null);
    if (!s) return null;
  }
  return s;
}

function allowedKeys(schema, at) {
  return Object.keys(schemaAt(schema, at)?.properties ?? {});
}

function valueAt(data, at) {
  return at.reduce((v, k) => (v == null ? v : v[k]), data);
}

function article(type) {
  return { integer: 'an integer', string: 'a string', array: 'an array', object: 'a table', boolean: 'true or false' }[type] ?? type;
}

function describe(v) {
  if (Array.isArray(v)) return 'an array';
  if (v === null) return 'nothing';
  if (typeof v === 'object') return 'a table';
  if (typeof v === 'bigint') return `${v}`;
  return `${typeof v} ${JSON.stringify(v)}`;
}

// Tables merge key by key; any other value (arrays included) replaces the parent's.
function deepMerge(base, over) {
  const out = { ...base };
  for (const [k, v] of Object.entries(over)) {
    out[k] = v && typeof v === 'object' && !Array.isArray(v) && base[k] && typeof base[k] === 'object'
      ? deepMerge(base[k], v)
      : v;
  }
  return out;
}

/** Read targets/<name>/target.toml. */
export function loadTarget(name, where) {
  const dir = path.join(TARGETS_DIR, name);
  const file = path.join(dir, 'target.toml');
  if (!fs.existsSync(file)) {
    const known = fs.readdirSync(TARGETS_DIR).filter((d) => fs.existsSync(path.join(TARGETS_DIR, d, 'target.toml')));
    const guess = closest(name, known);
    throw new BuildError(`unknown target "${name}"`, {
      ...where, hint: `${guess ? `did you mean "${guess}"? ` : ''}Targets: ${known.join(', ')}`,
    });
  }
  const layer = readToml(file);
  checkSchema('target', layer.data, layer, validators.target.full);
  return { name, dir, file, ...layer.data };
}

// Driver names map to C files: targets/<isa>/drivers/<name>.c, then sdk/kernel/drivers/<name>.c.
function findDriver(target, name) {
  for (const dir of [path.join(target.dir, 'drivers'), path.join(KERNEL_DIR, 'drivers')]) {
    const file = path.join(dir, `${name}.c`);
    if (fs.existsSync(file)) return file;
  }
  return null;
}

function availableDrivers(target) {
  return [path.join(target.dir, 'drivers'), path.join(KERNEL_DIR, 'drivers')]
    .flatMap((d) => (fs.existsSync(d) ? fs.readdirSync(d) : []))
    .filter((f) => f.endsWith('.c')).map((f) => f.slice(0, -2)).sort();
}

function normalizeBoard(name, file, b, layer) {
  const where = (keyPath) => ({ file, line: lineOf(layer.lines, keyPath), source: layer.text });
  const target = loadTarget(b.target, where(['target']));

  const memory = Object.entries(b.memory).map(([regionName, r]) => ({
    name: regionName,
    origin: r.origin,
    length: parseSize(r.length),
    attrs: r.attrs ?? (regionName === 'flash' ? 'rx' : 'rwx'),
  }));
  const regionNames = memory.map((r) => r.name);
  const region = (key, fallback) => {
    const v = b.runtime[key] ?? fallback;
    if (!regionNames.includes(v)) {
      throw new BuildError(`"runtime.${key}" names memory region "${v}", which the board does not define`, {
        ...where(['runtime', key]), hint: `regions: ${regionNames.join(', ')}`,
      });
    }
    return v;
  };
  const codeRegion = region('code_region', regionNames.includes('flash') ? 'flash' : 'ram');
  const dataRegion = region('data_region', 'ram');

  const drivers = [];
  for (const [table, key] of [['console', 'driver'], ['timer', 'driver'], ['exit', 'method'], ['interrupts', 'controller'], ['clock', 'driver']]) {
    if (!b[table]) continue; // [interrupts] and [clock] are optional
    const driver = b[table][key];
    const src = findDriver(target, driver);
    if (!src) {
      const known = availableDrivers(target);
      const guess = closest(driver, known);
      throw new BuildError(`"${table}.${key}" names "${driver}", which has no driver for target ${target.name}`, {
        ...where([table, key]), hint: `${guess ? `did you mean "${guess}"? ` : ''}available: ${known.join(', ')}`,
      });
    }
    drivers.push(src);
  }

  // Relocatable arrays live at addresses from 256 MiB up (sdk/kernel/arrays.c).
  if (parseSize(b.runtime.heap) > MAX_HEAP) {
    throw new BuildError(`"runtime.heap" is ${b.runtime.heap}; the JavaScript heap can be at most 256 MiB`, {
      ...where(['runtime', 'heap']), hint: 'arrays are addressed above 256 MiB (sdk/kernel/arrays.c); use a smaller heap',
    });
  }

  // Device settings reach C as HX_<TABLE>_<KEY> (e.g. HX_CONSOLE_BASE).
  const defines = { HX_CPU_CLOCK_HZ: b.cpu.clock_hz, HX_BOOT_HART: b.cpu.hart ?? 0 };
  for (const table of ['console', 'timer', 'exit', 'interrupts', 'clock']) {
    for (const [k, v] of Object.entries(b[table] ?? {})) {
      if (typeof v === 'number') defines[`HX_${table.toUpperCase()}_${k.toUpperCase()}`] = v;
    }
  }

  // The TypeScript board support (drivers set up for this board), imported by apps as "helix-sdk/board".
  let support = null;
  if (b.support) {
    support = b.support.endsWith('.ts') ? path.resolve(path.dirname(file), b.support) : path.join(BSP_DIR, `${b.support}.ts`);
    if (!fs.existsSync(support)) {
      throw new BuildError(`"support" names ${b.support}, but ${support} does not exist`, {
        ...where(['support']), hint: 'name a module in sdk/bsp/ (without .ts) or a .ts file relative to the board file',
      });
    }
  }

  return {
    name,
    file,
    support,
    description: b.description,
    target,
    cpu: b.cpu,
    memory,
    runtime: {
      heap: parseSize(b.runtime.heap),
      stack: parseSize(b.runtime.stack),
      scheduler: b.runtime.scheduler,
      tasks: b.runtime.tasks ?? DEFAULT_TASKS,
      taskStack: parseSize(b.runtime.task_stack ?? DEFAULT_TASK_STACK),
      tickHz: b.runtime.tick_hz ?? DEFAULT_TICK_HZ,
      allocator: b.runtime.allocator,
      codeRegion,
      dataRegion,
      heapRegion: region('heap_region', dataRegion),
      optimize: b.runtime.optimize ?? 'speed',
    },
    console: b.console,
    timer: b.timer,
    exit: b.exit,
    interrupts: b.interrupts ?? null,
    flash: b.flash ?? null,
    qemu: b.qemu ?? null,
    drivers,
    // blocks are padded to 8 bytes so every block can hold the free-list link and any value
    pools: Object.entries(b.pools ?? {}).map(([poolName, p]) => ({ name: poolName, block: Math.ceil(p.block / 8) * 8, count: p.count })),
    defines,
  };
}
