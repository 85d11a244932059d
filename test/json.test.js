// JSON.stringify and JSON.parse of the SDK runtime (sdk/runtime/json.ts, which codegen/transforms/json.js calls
// in place of Porffor's) against this Node's JSON, run here in V8 for breadth: values of every kind, indentation,
// replacers, circular structures with V8's whole message, and parse errors with V8's messages on texts mutated
// at random (seeded). test/corpus/json/ checks the same helpers compiled by the real pipeline on the boards.

import * as esbuild from 'esbuild';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const built = esbuild.buildSync({
  entryPoints: ['sdk/runtime/json.ts'], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'error',
});
const { __hx_json_stringify: stringify, __hx_json_parse: parse } =
  await import(`data:text/javascript;base64,${Buffer.from(built.outputFiles[0].text).toString('base64')}`);

const describe = (x) => { try { return JSON.stringify(x) ?? String(x); } catch { return String(x); } };

/** What a call gives, exceptions included, as text. */
function outcome(f) {
  try {
    return `ok ${describe(f())}`;
  } catch (e) {
    return `${e.constructor.name} ${e.message}`;
  }
}

function sameStringify(value, replacer, space, label = describe(value)) {
  const want = outcome(() => JSON.stringify(value, replacer, space));
  const got = outcome(() => stringify(value, replacer, space));
  assert.is(got, want, `JSON.stringify(${label}, ${describe(replacer)}, ${describe(space)})`);
}

function sameParse(text, reviver) {
  const want = outcome(() => JSON.parse(text, reviver));
  const got = outcome(() => parse(text, reviver));
  assert.is(got, want, `JSON.parse(${JSON.stringify(text)})`);
}

let seed = 20240601;
const random = (n) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};

const STRINGS = ['', 'a', 'key', '日本', '\u0000', '"q"', '\\', '\ud800', '\udfff\ud800', '\ud83d\ude00', 'line\nbreak',
  '\b\f\r\t\u001f\u007f', '1', '0', '01', '10', '4294967294', '4294967295', '-1', ' ', '\u0080\u00ff\u0100'];
const NUMBERS = [0, -0, 1, -1, 0.1, 1e21, 1e-7, 123456789, 2 ** 53, -(2 ** 53 - 1), NaN, Infinity, -Infinity, 5e-324,
  1.7976931348623157e308, 0.1 + 0.2];

test('primitives, strings and numbers', () => {
  for (const v of [...STRINGS, ...NUMBERS, true, false, null, undefined, () => 1, Symbol('s')]) sameStringify(v);
  for (let i = 0; i < 2000; i++) sameStringify(random(2) ? random(1 << 30) - (1 << 29) : random(1 << 30) / (random(999) + 1));
});

test('objects: key order, omitted members, built-in objects, toJSON, boxed primitives', () => {
  class Point {
    constructor() { this.x = 1; this.y = [1, 2]; }
    get sum() { return 3; }
    norm() { return 1; }
  }
  const values = [[], {}, [1, 'a', null, undefined, () => 1], { a: undefined, b: () => 1, c: 1 },
    { b: 1, a: 2, 10: 3, 2: 4, '-1': 5, '01': 6, 4294967294: 7, 4294967295: 8 }, new Point(),
    new Map([[1, 2]]), new Set([1]), new Uint8Array([1, 2, 3]), new Float64Array([1.5, NaN]), new Error('x'),
    new Date(0), new Number(3), new String('s'), new Boolean(false), new ArrayBuffer(4), /re/g,
    { toJSON(k) { return `key=${k}`; } }, [{ toJSON(k) { return [k, typeof k]; } }], { n: { deep: [1, { x: [] }, {}] } }];
  const spaces = [undefined, 2, '--', 20, '0123456789abc', 0, -1, 3.7, new Number(2), new String('xy'), NaN, null, {}];
  const replacers = [undefined, null, (k, v) => (typeof v === 'number' ? v * 2 : v), (k, v) => (k === '' ? v : undefined),
    ['a', 'b', 10, 'c', new String('x'), 'a', {}, 2], []];
  for (const v of values) for (const s of spaces) for (const r of replacers) sameStringify(v, r, s);
});

test('random values with random replacers and indentation, and JSON.parse of what they give', () => {
  const gen = (depth) => {
    switch (random(depth > 3 ? 6 : 10)) {
      case 0: return STRINGS[random(STRINGS.length)];
      case 1: return NUMBERS[random(NUMBERS.length)];
      case 2: return [true, false, null, undefined][random(4)];
      case 3: return random(2) ? () => 1 : Symbol('s');
      case 4: return STRINGS[random(STRINGS.length)] + NUMBERS[random(NUMBERS.length)];
      case 5: return random(2) ? new Number(NUMBERS[random(NUMBERS.length)]) : new String(STRINGS[random(STRINGS.length)]);
      case 6: case 7: return Array.from({ length: random(5) }, () => gen(depth + 1));
      default: {
        const o = {};
        for (let n = random(6); n > 0; n--) o[STRINGS[random(STRINGS.length)]] = gen(depth + 1);
        if (random(8) === 0) o.toJSON = (key) => [key, 'tj'];
        return o;
      }
    }
  };
  const spaces = [undefined, 0, 1, 2, 10, 11, '', '\t', 'abcdefghijklmno', '日'];
  const replacers = [undefined, null, (k, v) => v, (k, v) => (typeof v === 'string' ? `${v}!` : v),
    (k, v) => (k === '1' ? undefined : v), ['', 'a', 'key', '1', 0, 10], [], (k, v) => (typeof v === 'number' ? String(v) : v)];
  for (let i = 0; i < 5000; i++) {
    const v = gen(0);
    const r = replacers[random(replacers.length)];
    const s = spaces[random(spaces.length)];
    sameStringify(v, r, s, `random value #${i}`);
    const text = JSON.stringify(v, r, s);
    if (text !== undefined) sameParse(text);
  }
});

test('circular structures: TypeError with V8 whole message', () => {
  const selfArray = [];
  selfArray.push(selfArray);
  const selfObject = { x: 1 };
  selfObject.self = selfObject;
  const a = {};
  const b = {};
  a.b = b;
  b.a = a;
  const through = { l: [1, {}] };
  through.l[1].back = through;
  class Foo { constructor() { this.me = this; } }
  const chain = {};
  let cur = chain;
  for (let i = 0; i < 6; i++) cur = cur.n = {};
  cur.back = chain;
  const emptyKey = {};
  emptyKey[''] = emptyKey;
  const indexKey = {};
  indexKey[5] = indexKey;
  const viaToJSON = { toJSON() { return selfObject; } };
  for (const v of [selfArray, selfObject, a, { top: through }, new Foo(), chain, emptyKey, indexKey, viaToJSON, [viaToJSON]]) {
    sameStringify(v);
    sameStringify(v, null, 2);
    sameStringify(v, (k, x) => x);
  }
  for (let n = 0; n < 7; n++) {
    const c = [];
    let inner = c;
    for (let i = 0; i < n; i++) inner.push(inner = []);
    inner.push(c);
    sameStringify(c);
    sameStringify({ w: c });
  }
  sameStringify({ shared: [selfArray.length, a.b === b ? {} : null] });
});

test('JSON.parse: values, numbers, strings, reviver', () => {
  const texts = ['{"abcdefghijklmnop": 1, "x": [true, false, null], "y": {"z": -1.5e-3}}',
    '[1, -0, 0.5, 1e3, 1E+2, -12345678901234567890, 123456789012345, "s\\n\\u00e9\\ud83d\\ude00\\/"]',
    '{"日本": "語", "a\\"b": [], "": {}}', '  \t\n\r[ { } , [ ] ]  ', '"x"', 'true', 'null', '-0', '0.000001', '1e400',
    '{"1":1,"0":0,"b":2,"a":3,"4294967295":5,"4294967294":6}', '{"a":1,"a":2,"b":{"a":[1,{"c":"d"}]}}', '[[[[[]]]]]',
    '{"__proto__":{"x":1},"y":2}', '[9007199254740993, 2.2250738585072014e-308, 0.30000000000000004]'];
  const revivers = [undefined, (k, v) => (typeof v === 'number' ? v + 1 : v), (k, v) => (k === 'a' ? undefined : v),
    (k, v) => (Array.isArray(v) ? v.length : v), (k, v) => `${k}:${typeof v}`];
  for (const t of texts) for (const r of revivers) sameParse(t, r);
  const order = (p) => {
    const keys = [];
    p('{"b":1,"2":[3,{"x":1}],"1":0,"a":{"c":2}}', (k, v) => { keys.push(k); return v; });
    return keys.join(',');
  };
  assert.is(order(parse), order(JSON.parse.bind(JSON)), 'the reviver sees keys in V8 order');
});

test('JSON.parse errors: V8 messages on mutated texts', () => {
  const seeds = ['{"abcdefghijklmnop": 1, "x": [true, false, null], "y": {"z": -1.5e-3}}',
    '[1, -0, 0.5, 1e3, 1E+2, 123456789012345, "s\\n\\u00e9\\ud83d\\ude00\\/"]', '{"日本": "語", "a\\"b": [], "": {}}',
    'true', 'null', '-0', '{"long string here": "abcdefghijklmnopqrstuvwxyz", "k": 12345.678}'];
  const pieces = ['"', '\\', '{', '}', '[', ']', ':', ',', '1', '-', '.', 'e', 'E', '+', 'x', 't', 'n', 'f', ' ', '\n',
    '\u0001', '\u00e9', '日', '\ud800', 'u', '0', '"\\u', '"\\x"'];
  for (let i = 0; i < 30000; i++) {
    let s = seeds[random(seeds.length)];
    for (let e = 1 + random(3); e > 0; e--) {
      const at = random(s.length + 1);
      const piece = pieces[random(pieces.length)];
      const kind = random(3);
      s = s.slice(0, at) + (kind === 1 ? '' : piece) + s.slice(kind === 0 ? at : at + 1);
    }
    sameParse(s);
  }
  for (const t of ['', ' ', 'undefined', 'NaN', 'Infinity', '[object Object]', '-Infinity', 'NaN ', '"\\', '{', '[',
    'x                    ', '[1,1,1,1,1,1,1,1,1,x]', '[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,]']) {
    sameParse(t);
  }
});

test.run();
