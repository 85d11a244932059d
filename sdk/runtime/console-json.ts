/**
 * console.log's %j placeholder: JSON.stringify as V8 does it (sdk/runtime/json.ts).
 * Built in when the program uses JSON or writes "%j" in a literal; otherwise the
 * bundler substitutes console-json-builtin.ts (codegen/bundle.js), because json.ts
 * is a large part of a small program.
 */
import { __hx_json_stringify } from './json.ts';

export function __hx_format_json(v: any): string {
  return __hx_json_stringify(v, undefined, undefined);
}
