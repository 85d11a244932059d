/**
 * console.log's %j placeholder in a program that never uses JSON and never writes
 * "%j" in a literal (a format string built at run time): Porffor's own
 * JSON.stringify, much smaller than sdk/runtime/json.ts (see console-json.ts).
 */
export function __hx_format_json(v: any): string {
  return JSON.stringify(v);
}
