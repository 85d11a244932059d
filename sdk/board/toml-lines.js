// Finds the line on which each key of a TOML document is written, so schema
// errors can point at the exact line. TOML parsers do not keep positions; this
// scanner understands the parts board files use: [tables], dotted and quoted keys,
// inline tables, and multi-line arrays and strings (which it skips over).

/**
 * @param {string} text TOML source
 * @returns {Map<string, number>} dotted key path ("console.base") -> 1-based line
 */
export function keyLines(text) {
  const lines = text.split(/\r?\n/);
  const found = new Map();
  let table = [];
  let depth = 0; // open [ or { of a multi-line value
  let inMultiString = null; // '"""' or "'''" while inside one

  const record = (pathParts, line) => {
    const key = pathParts.join('.');
    if (!found.has(key)) found.set(key, line);
  };

  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    let s = lines[i];
    if (inMultiString) {
      if (s.includes(inMultiString)) inMultiString = null;
      continue;
    }
    if (depth > 0) {
      depth += bracketBalance(s);
      continue;
    }
    s = stripComment(s).trim();
    if (!s) continue;

    const header = /^\[\[?\s*([^\]]+?)\s*\]\]?$/.exec(s);
    if (header) {
      table = splitKey(header[1]);
      table.forEach((_, n) => record(table.slice(0, n + 1), lineNo));
      continue;
    }

    const eq = findAssignment(s);
    if (eq < 0) continue;
    const keyParts = splitKey(s.slice(0, eq).trim());
    const full = [...table, ...keyParts];
    keyParts.forEach((_, n) => record([...table, ...keyParts.slice(0, n + 1)], lineNo));
    const value = s.slice(eq + 1).trim();

    // Keys of an inline table on the same line.
    if (value.startsWith('{')) {
      for (const m of value.matchAll(/([A-Za-z0-9_\-"'.]+)\s*=/g)) record([...full, ...splitKey(m[1])], lineNo);
    }
    for (const q of ['"""', "'''"]) {
      if (value.startsWith(q) && value.indexOf(q, 3) < 0) inMultiString = q;
    }
    if (!inMultiString) depth = Math.max(0, bracketBalance(value));
  }
  return found;
}

/**
 * The best line for a key path: the key itself, else its nearest parent that
 * appears in the text, else line 1.
 */
export function lineOf(lines, pathParts) {
  for (let n = pathParts.length; n > 0; n--) {
    const line = lines.get(pathParts.slice(0, n).join('.'));
    if (line) return line;
  }
  return 1;
}

function stripComment(s) {
  let quote = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '#') {
      return s.slice(0, i);
    }
  }
  return s;
}

function findAssignment(s) {
  let quote = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '=') {
      return i;
    }
  }
  return -1;
}

function splitKey(k) {
  const parts = [];
  const re = /\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*(?:\.|$)/gy;
  let m;
  while (re.lastIndex < k.length && (m = re.exec(k))) parts.push(m[1] ?? m[2] ?? m[3]);
  return parts.length ? parts : [k];
}

function bracketBalance(s) {
  let balance = 0;
  let quote = null;
  for (const c of stripComment(s)) {
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') balance++;
    else if (c === ']' || c === '}') balance--;
  }
  return balance;
}
