// Errors that the user can act on. Every stage of the build throws a BuildError
// with the file, position, what went wrong and how to fix it; the CLI prints it
// without a stack trace and exits with the error's status.

import fs from 'node:fs';
import path from 'node:path';

export class BuildError extends Error {
  /**
   * @param {string} message what went wrong, one sentence
   * @param {object} [where]
   * @param {string} [where.file] absolute or relative path
   * @param {number} [where.line] 1-based
   * @param {number} [where.column] 1-based
   * @param {string} [where.hint] how to fix it
   * @param {string} [where.source] the file's text, when it is not on disk
   * @param {number} [where.exitCode] defaults to 2 (build failure)
   */
  constructor(message, where = {}) {
    super(message);
    this.name = 'BuildError';
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
    this.hint = where.hint;
    this.source = where.source;
    this.exitCode = where.exitCode ?? 2;
  }

  /** The full report: location, message, code frame and hint. */
  format({ cwd = process.cwd() } = {}) {
    const parts = [];
    const loc = this.file ? formatLocation(this.file, this.line, this.column, cwd) : null;
    parts.push(loc ? `${loc}: error: ${this.message}` : `error: ${this.message}`);
    if (this.file && this.line) {
      const frame = codeFrame(this.source ?? readIfExists(this.file), this.line, this.column);
      if (frame) parts.push(frame);
    }
    if (this.hint) parts.push(`hint: ${this.hint}`);
    return parts.join('\n');
  }
}

/** Several errors reported together (e.g. every type error of a program). */
export class BuildErrors extends BuildError {
  constructor(errors) {
    super(`${errors.length} error${errors.length === 1 ? '' : 's'}`);
    this.errors = errors;
    this.exitCode = errors[0]?.exitCode ?? 2;
  }

  format(opts) {
    return this.errors.map((e) => e.format(opts)).join('\n\n');
  }
}

export function formatLocation(file, line, column, cwd = process.cwd()) {
  const rel = path.isAbsolute(file) ? path.relative(cwd, file) || file : file;
  const shown = rel.startsWith('..') ? file : rel;
  if (!line) return shown;
  return column ? `${shown}:${line}:${column}` : `${shown}:${line}`;
}

function readIfExists(file) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/**
 * A few lines of source around `line` with a caret under `column`.
 * @returns {string|null}
 */
export function codeFrame(text, line, column) {
  if (text == null) return null;
  const lines = text.split(/\r?\n/);
  if (line < 1 || line > lines.length) return null;
  const first = Math.max(1, line - 2);
  const last = Math.min(lines.length, line + 1);
  const width = String(last).length;
  const out = [];
  for (let n = first; n <= last; n++) {
    const marker = n === line ? '>' : ' ';
    out.push(`${marker} ${String(n).padStart(width)} | ${lines[n - 1]}`);
    if (n === line && column) {
      // Keep tabs so the caret lines up in a terminal.
      const lead = lines[n - 1].slice(0, column - 1).replace(/[^\t]/g, ' ');
      out.push(`  ${' '.repeat(width)} | ${lead}^`);
    }
  }
  return out.join('\n');
}
