/**
 * Support for classes that extend Error (see codegen/transforms/error-subclasses.js):
 * gives an instance the `message` and `name` a Node error would show.
 */
export function __hx_init_error(obj: any, name: string, message: any): void {
  Object.defineProperty(obj, 'message', {
    value: message === undefined ? '' : String(message), writable: true, configurable: true, enumerable: false,
  });
  Object.defineProperty(obj, 'name', { value: name, writable: true, configurable: true, enumerable: false });
}

/** Error.prototype.toString for instances of classes that extend Error: "Name: message", or whichever is not empty. */
export function __hx_error_string(e: any): string {
  const name = e.name === undefined ? 'Error' : String(e.name);
  const message = e.message === undefined ? '' : String(e.message);
  if (name === '') return message;
  if (message === '') return name;
  return name + ': ' + message;
}

/** `e instanceof Error`, true for every built-in error kind as well (codegen/transforms/error-instanceof.js). */
export function __hx_is_error(e: any): boolean {
  return e instanceof Error || e instanceof TypeError || e instanceof RangeError || e instanceof SyntaxError ||
    e instanceof ReferenceError || e instanceof EvalError || e instanceof URIError;
}
