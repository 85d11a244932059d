// The generated programs are kept as a small tree, not as text, so that the
// shrinker can remove statements, declarations and class members, and replace
// typed expressions by a subexpression or a literal, and re-render the result.
//
// Node kinds:
//   string                           text
//   { t: 'seq', c: [...], u? }       concatenation; u: blocks whose statements may replace this statement
//   { t: 'block', k, items: [...] }  k: 'braces' ({ ... }), 'bare' (indented lines), 'top' (top-level lines)
//   { t: 'args', items, min }        comma-separated list; at least `min` items stay
//   { t: 'e', ty, c: [...] }         an expression of TypeScript type `ty` (replaceable by another of that type)
//   { t: 'lit', ty, v }              a literal number, string or boolean
//
// Top-level names are written with the placeholder PREFIX, replaced by the
// program's own prefix when rendered (fz12_f1, fz12_C2, ...).

export const PREFIX = '@@_';

export const seq = (...c) => ({ t: 'seq', c });
export const stmt = (...c) => ({ t: 'seq', c });
export const block = (items, k = 'braces') => ({ t: 'block', k, items });
export const args = (items, min = 0) => ({ t: 'args', items, min });
export const ex = (ty, ...c) => ({ t: 'e', ty, c });
export const lit = (ty, v) => ({ t: 'lit', ty, v });
/** A statement that the shrinker may replace by the statements of one of `blocks`. */
export const compound = (blocks, ...c) => ({ t: 'seq', c, u: blocks });

export function numberText(v) {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return 'Infinity';
  if (v === -Infinity) return '(-Infinity)';
  if (Object.is(v, -0)) return '(-0)';
  if (v < 0) return `(${String(v)})`;
  return String(v);
}

export function literalText(node) {
  if (node.ty === 'number') return numberText(node.v);
  if (node.ty === 'string') return JSON.stringify(node.v);
  return String(node.v);
}

const pad = (n) => '  '.repeat(n);

function renderNode(node, ind, out) {
  if (typeof node === 'string') { out.push(node); return; }
  switch (node.t) {
    case 'seq':
    case 'e':
      for (const c of node.c) renderNode(c, ind, out);
      return;
    case 'lit':
      out.push(literalText(node));
      return;
    case 'args':
      node.items.forEach((c, i) => {
        if (i) out.push(', ');
        renderNode(c, ind, out);
      });
      return;
    case 'block':
      if (node.k === 'top') {
        node.items.forEach((c, i) => {
          if (i) out.push('\n');
          renderNode(c, 0, out);
        });
        return;
      }
      if (node.k === 'bare') {
        for (const c of node.items) {
          out.push(`\n${pad(ind + 1)}`);
          renderNode(c, ind + 1, out);
        }
        return;
      }
      if (!node.items.length) { out.push('{}'); return; }
      out.push('{');
      for (const c of node.items) {
        out.push(`\n${pad(ind + 1)}`);
        renderNode(c, ind + 1, out);
      }
      out.push(`\n${pad(ind)}}`);
      return;
    default:
      throw new Error(`unknown node kind ${node.t}`);
  }
}

/** Render a tree to text, with `prefix` for the top-level names. */
export function render(node, prefix = '') {
  const out = [];
  renderNode(node, 0, out);
  return out.join('').replaceAll(PREFIX, prefix);
}

/** The child slots of a node: [key, index?] pairs leading to child nodes. */
export function children(node) {
  if (typeof node === 'string') return [];
  switch (node.t) {
    case 'seq': case 'e': return node.c.map((_, i) => ['c', i]);
    case 'block': case 'args': return node.items.map((_, i) => ['items', i]);
    default: return [];
  }
}

export function childAt(node, [key, i]) { return node[key][i]; }

/** Visit every node with its path (a list of [key, index] steps from the root). */
export function walk(node, fn, path = []) {
  fn(node, path);
  for (const step of children(node)) walk(childAt(node, step), fn, [...path, step]);
}

export function nodeAt(root, path) {
  let n = root;
  for (const step of path) n = childAt(n, step);
  return n;
}

/** A copy of `root` with the node at `path` replaced (structure shared elsewhere). */
export function replaceAt(root, path, replacement) {
  if (!path.length) return replacement;
  const [[key, i], ...rest] = path;
  const copy = { ...root, [key]: [...root[key]] };
  copy[key][i] = replaceAt(root[key][i], rest, replacement);
  return copy;
}

/** Statements in the tree (items of statement blocks), a measure of size. */
export function countStatements(root) {
  let n = 0;
  walk(root, (node) => {
    if (node && node.t === 'block' && node.k !== 'top') n += node.items.length;
    if (node && node.t === 'block' && node.k === 'top') n += node.items.length;
  });
  return n;
}
