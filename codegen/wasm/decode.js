// Decodes a WebAssembly binary into a plain module object: types, imports,
// functions (with their instruction lists), tables, memories, globals, exports,
// element and data segments, and exception tags. It validates only what it must to
// read the bytes; semantic checks happen when the IR is built.

import { Imm, opcodeByCode, PREFIX_MISC, PREFIX_SIMD } from './opcodes.js';

export class WasmDecodeError extends Error {
  constructor(message, offset) {
    super(`${message} (at byte 0x${offset.toString(16)})`);
    this.name = 'WasmDecodeError';
    this.offset = offset;
  }
}

const VALTYPES = { 0x7f: 'i32', 0x7e: 'i64', 0x7d: 'f32', 0x7c: 'f64', 0x7b: 'v128', 0x70: 'funcref', 0x6f: 'externref' };
const KINDS = ['func', 'table', 'memory', 'global', 'tag'];

class Reader {
  constructor(bytes) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.pos = 0;
  }

  fail(message) {
    throw new WasmDecodeError(message, this.pos);
  }

  eof() {
    return this.pos >= this.bytes.length;
  }

  u8() {
    if (this.pos >= this.bytes.length) this.fail('unexpected end of module');
    return this.bytes[this.pos++];
  }

  // Unsigned LEB128 up to 32 bits.
  u32() {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = this.u8();
      result += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) break;
      shift += 7;
      if (shift > 35) this.fail('LEB128 integer too long');
    }
    return result;
  }

  // Signed LEB128 as a BigInt (used for i32, i64 and block types).
  sleb(bits) {
    let result = 0n;
    let shift = 0n;
    let b;
    do {
      b = this.u8();
      result |= BigInt(b & 0x7f) << shift;
      shift += 7n;
    } while (b & 0x80);
    if (shift < BigInt(bits) && (b & 0x40)) result |= -1n << shift;
    return BigInt.asIntN(bits, result);
  }

  f32() {
    const v = this.view.getFloat32(this.pos, true);
    const raw = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return { value: v, bits: raw };
  }

  f64() {
    const v = this.view.getFloat64(this.pos, true);
    const raw = this.view.getBigUint64(this.pos, true);
    this.pos += 8;
    return { value: v, bits: raw };
  }

  bytesN(n) {
    if (this.pos + n > this.bytes.length) this.fail('unexpected end of module');
    const out = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  name() {
    const n = this.u32();
    return Buffer.from(this.bytesN(n)).toString('latin1');
  }

  valtype() {
    const b = this.u8();
    const t = VALTYPES[b];
    if (!t) this.fail(`unknown value type 0x${b.toString(16)}`);
    return t;
  }

  vec(readOne) {
    const n = this.u32();
    const out = [];
    for (let i = 0; i < n; i++) out.push(readOne());
    return out;
  }

  limits() {
    const flags = this.u8();
    const min = this.u32();
    const max = flags & 1 ? this.u32() : null;
    return { min, max, shared: !!(flags & 2) };
  }
}

function readBlocktype(r) {
  const b = r.bytes[r.pos];
  if (b === 0x40) {
    r.pos++;
    return { params: [], results: [] };
  }
  if (VALTYPES[b]) {
    r.pos++;
    return { params: [], results: [VALTYPES[b]] };
  }
  const idx = Number(r.sleb(33));
  if (idx < 0) r.fail('bad block type');
  return { typeIndex: idx };
}

function readImmediate(r, op) {
  switch (op.imm) {
    case Imm.none: return undefined;
    case Imm.blocktype: return readBlocktype(r);
    case Imm.label: case Imm.func: case Imm.local: case Imm.global: case Imm.tag: case Imm.data:
      return r.u32();
    case Imm.labels: {
      const labels = r.vec(() => r.u32());
      return { labels, defaultLabel: r.u32() };
    }
    case Imm.callIndirect: {
      const typeIndex = r.u32();
      return { typeIndex, table: r.u32() };
    }
    case Imm.memarg: {
      const align = r.u32();
      if (align & 0x40) r.fail('multi-memory is not supported');
      return { align, offset: r.u32() };
    }
    case Imm.memory: return r.u8();
    case Imm.memoryCopy: return [r.u8(), r.u8()];
    case Imm.dataMemory: {
      const data = r.u32();
      return { data, memory: r.u8() };
    }
    case Imm.i32: return Number(r.sleb(32));
    case Imm.i64: return r.sleb(64);
    case Imm.f32: return r.f32();
    case Imm.f64: return r.f64();
    case Imm.v128: return Buffer.from(r.bytesN(16));
    case Imm.lane: return r.u8();
    case Imm.selectTypes: return r.vec(() => r.valtype());
    default: return r.fail(`no reader for immediate ${op.imm}`);
  }
}

/** Read one instruction at the reader's position. */
function readInstr(r) {
  const pos = r.pos;
  const first = r.u8();
  let op;
  if (first === PREFIX_MISC || first === PREFIX_SIMD) {
    const sub = r.u32();
    op = opcodeByCode(sub, first);
    if (!op) {
      const kind = first === PREFIX_SIMD ? 'SIMD' : 'misc';
      throw new WasmDecodeError(`unknown ${kind} opcode 0x${first.toString(16)} ${sub}`, pos);
    }
  } else {
    op = opcodeByCode(first);
    if (!op) throw new WasmDecodeError(`unknown opcode 0x${first.toString(16)}`, pos);
  }
  return { op, imm: readImmediate(r, op), pos };
}

// Constant expressions (global initialisers and segment offsets) are short
// instruction sequences ending in `end`.
function readConstExpr(r) {
  const instrs = [];
  for (;;) {
    const ins = readInstr(r);
    if (ins.op.name === 'end') break;
    instrs.push(ins);
  }
  return instrs;
}

function readCode(r, size, funcIndex) {
  const end = r.pos + size;
  const locals = [];
  for (const [count, type] of r.vec(() => [r.u32(), r.valtype()])) {
    if (locals.length + count > 50000) r.fail(`function ${funcIndex} declares too many locals`);
    for (let i = 0; i < count; i++) locals.push(type);
  }
  const body = [];
  while (r.pos < end) body.push(readInstr(r));
  if (r.pos !== end) r.fail(`function ${funcIndex} body overruns its size`);
  return { locals, body };
}

/**
 * Decode a WebAssembly module.
 * @param {Uint8Array} bytes
 * @returns {object} the module (see the top of this file for its shape)
 */
export function decodeModule(bytes) {
  const r = new Reader(bytes);
  const magic = r.bytesN(8);
  if (magic[0] !== 0 || magic[1] !== 0x61 || magic[2] !== 0x73 || magic[3] !== 0x6d) r.fail('not a WebAssembly module');
  if (magic[4] !== 1) r.fail(`unsupported WebAssembly version ${magic[4]}`);

  const mod = {
    types: [], imports: [], funcTypes: [], funcs: [], tables: [], memories: [], globals: [], exports: [],
    start: null, elems: [], datas: [], tags: [], dataCount: null,
  };

  while (!r.eof()) {
    const id = r.u8();
    const size = r.u32();
    const sectionEnd = r.pos + size;
    switch (id) {
      case 0: r.pos = sectionEnd; break; // custom sections carry nothing we need
      case 1:
        mod.types = r.vec(() => {
          if (r.u8() !== 0x60) r.fail('expected a function type');
          return { params: r.vec(() => r.valtype()), results: r.vec(() => r.valtype()) };
        });
        break;
      case 2:
        mod.imports = r.vec(() => {
          const module = r.name();
          const name = r.name();
          const kind = KINDS[r.u8()];
          if (kind === 'func') return { module, name, kind, type: r.u32() };
          if (kind === 'memory') return { module, name, kind, limits: r.limits() };
          if (kind === 'table') return { module, name, kind, elemType: r.valtype(), limits: r.limits() };
          if (kind === 'global') return { module, name, kind, type: r.valtype(), mutable: !!r.u8() };
          if (kind === 'tag') { r.u8(); return { module, name, kind, type: r.u32() }; }
          return r.fail('unknown import kind');
        });
        break;
      case 3: mod.funcTypes = r.vec(() => r.u32()); break;
      case 4: mod.tables = r.vec(() => ({ elemType: r.valtype(), ...r.limits() })); break;
      case 5: mod.memories = r.vec(() => r.limits()); break;
      case 6:
        mod.globals = r.vec(() => {
          const type = r.valtype();
          const mutable = !!r.u8();
          return { type, mutable, init: readConstExpr(r) };
        });
        break;
      case 7: mod.exports = r.vec(() => ({ name: r.name(), kind: KINDS[r.u8()], index: r.u32() })); break;
      case 8: mod.start = r.u32(); break;
      case 9: mod.elems = r.vec(() => readElem(r)); break;
      case 10: {
        const count = r.u32();
        for (let i = 0; i < count; i++) {
          const bodySize = r.u32();
          mod.funcs.push(readCode(r, bodySize, i));
        }
        break;
      }
      case 11: mod.datas = r.vec(() => readData(r)); break;
      case 12: mod.dataCount = r.u32(); break;
      case 13: mod.tags = r.vec(() => { r.u8(); return { type: r.u32() }; }); break;
      default: r.fail(`unknown section id ${id}`);
    }
    if (r.pos !== sectionEnd) r.fail(`section ${id} has the wrong size`);
  }

  if (mod.funcs.length !== mod.funcTypes.length) r.fail('function and code sections disagree');
  mod.funcs.forEach((f, i) => { f.type = mod.funcTypes[i]; });
  return mod;
}

function readElem(r) {
  const flags = r.u32();
  if (flags === 0) return { mode: 'active', table: 0, offset: readConstExpr(r), funcs: r.vec(() => r.u32()) };
  if (flags === 2) {
    const table = r.u32();
    const offset = readConstExpr(r);
    r.u8(); // elemkind funcref
    return { mode: 'active', table, offset, funcs: r.vec(() => r.u32()) };
  }
  if (flags === 1 || flags === 3) {
    r.u8();
    return { mode: flags === 1 ? 'passive' : 'declarative', funcs: r.vec(() => r.u32()) };
  }
  return r.fail(`element segment form ${flags} is not supported`);
}

function readData(r) {
  const flags = r.u32();
  if (flags === 0) {
    const offset = readConstExpr(r);
    return { mode: 'active', memory: 0, offset, bytes: r.bytesN(r.u32()) };
  }
  if (flags === 1) return { mode: 'passive', bytes: r.bytesN(r.u32()) };
  if (flags === 2) {
    const memory = r.u32();
    const offset = readConstExpr(r);
    return { mode: 'active', memory, offset, bytes: r.bytesN(r.u32()) };
  }
  return r.fail(`data segment form ${flags} is not supported`);
}
