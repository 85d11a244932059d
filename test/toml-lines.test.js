// The TOML key locator that gives schema errors their line numbers.

import { test } from 'uvu';
import * as assert from 'uvu/assert';

import { keyLines, lineOf } from '../sdk/board/toml-lines.js';

const TEXT = `# comment with = sign
name = "x # not a comment"
[cpu]
flags = [
  "-a", # inside an array
  "-b",
]
clock_hz = 1   # trailing comment

[memory.ram]
origin = 0x8000_0000
"quoted key" = 1
inline = { a = 1, b.c = 2 }
text = """
key = not a key
"""
after = 3
[[list]]
item = 1
`;

test('top-level keys, tables, dotted table headers and keys inside tables', () => {
  const lines = keyLines(TEXT);
  assert.is(lines.get('name'), 2);
  assert.is(lines.get('cpu'), 3);
  assert.is(lines.get('cpu.flags'), 4);
  assert.is(lines.get('cpu.clock_hz'), 8);
  assert.is(lines.get('memory'), 10);
  assert.is(lines.get('memory.ram.origin'), 11);
  assert.is(lines.get('memory.ram.quoted key'), 12);
});

test('inline tables, multi-line strings and arrays of tables', () => {
  const lines = keyLines(TEXT);
  assert.is(lines.get('memory.ram.inline.a'), 13);
  assert.is(lines.get('memory.ram.inline.b.c'), 13);
  assert.is(lines.get('memory.ram.key'), undefined);
  assert.is(lines.get('memory.ram.after'), 17);
  assert.is(lines.get('list.item'), 19);
});

test('lineOf falls back to the nearest parent that is written down', () => {
  const lines = keyLines(TEXT);
  assert.is(lineOf(lines, ['cpu', 'missing']), 3);
  assert.is(lineOf(lines, ['nothing']), 1);
});

test.run();
