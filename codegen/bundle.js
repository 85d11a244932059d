// Stage 3: bundle the application's modules and the SDK runtime into one flat
// ES module with esbuild (Porffor cannot follow `import`), strip types, and map
// console.* onto the SDK's small printer.

import fs from 'node:fs';
import path from 'node:path';
import * as acorn from 'acorn';
import * as esbuild from 'esbuild';

import { API_DIR, RUNTIME_DIR } from '../sdk/paths.js';
import { BuildError, BuildErrors } from './diagnostics.js';

/** Functions of the runtime the kernel calls, exported from the program's Wasm: name -> runtime module. */
const RUNTIME_EXPORT_MODULES = { __hx_uncaught: 'uncaught.ts', __hx_run_task: 'tasks.ts' };
export const RUNTIME_EXPORTS = Object.keys(RUNTIME_EXPORT_MODULES);

const CONSOLE_METHODS = ['log', 'info', 'debug', 'error', 'warn'];

/** Runtime modules whose exports the source transforms call (esbuild imports them where used). */
const RUNTIME_HELPERS = ['errors.ts', 'strings.ts', 'iteration.ts', 'destructuring.ts', 'numbers.ts', 'json.ts'];

/*
 * Serve the program's modules: transformed TypeScript in place of the files on disk, and every module as an ES
 * module. esbuild decides whether a file without import or export is CommonJS from the package.json around it
 * (`"type": "commonjs"`, which `npm init -y` writes) and from what it contains (a top-level `return`); a CommonJS
 * module is wrapped in a function, which changes what Porffor makes of it. A program means the same wherever it
 * lives, so each of its modules gets an empty `export {}` (which changes nothing else in an ES module).
 */
/** console.log's %j through Porffor's JSON.stringify (sdk/runtime/console-json-builtin.ts). */
function builtinJsonPlaceholder() {
  return {
    name: 'helix-builtin-json-placeholder',
    setup(build) {
      build.onResolve({ filter: /^\.\/console-json\.ts$/ }, () => ({ path: path.join(RUNTIME_DIR, 'console-json-builtin.ts') }));
    },
  };
}

function programSources(sources) {
  return {
    name: 'helix-program-sources',
    setup(build) {
      build.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, (args) => {
        if (args.path.split(path.sep).includes('node_modules')) return undefined;
        const text = sources.get(args.path) ?? fs.readFileSync(args.path, 'utf8');
        const loader = /\.[cm]?tsx?$/.test(args.path) ? 'ts' : 'js';
        return { contents: asModule(text), loader };
      });
    },
  };
}

/** The text with `export {};` added on a line of its own, before a trailing source-map comment if there is one. */
export function asModule(text) {
  const map = /\n\/\/# sourceMappingURL=[^\n]*\n?$/.exec(text);
  const at = map ? map.index : text.length;
  return `${text.slice(0, at)}\nexport {};\n${text.slice(at)}`;
}

/**
 * @param {string} entry absolute path of the application's entry module
 * @param {object} [opts]
 * @param {boolean} [opts.forNode] bundle for running under Node (no SDK runtime, console untouched)
 * @param {boolean} [opts.placeholders] include printf-style placeholder support in console.log
 * @param {boolean} [opts.json] console.log's %j through sdk/runtime/json.ts (else Porffor's JSON.stringify)
 *   (see console-usage.js); without it the smaller printer is used
 * @param {string} [opts.support] the board's TypeScript support module ("helix-sdk/board")
 * @param {Map<string, string>} [opts.sources] transformed TypeScript to bundle instead of what is on
 *   disk (codegen/transforms), by absolute file name
 * @param {boolean} [opts.sourceMap] also return the source map: { js, map } (the map's sources are absolute paths)
 * @returns {Promise<string | { js: string, map: object }>} JavaScript source
 */
export async function bundle(entry, { forNode = false, placeholders = true, json = true, sources = new Map(), support = null, sourceMap = false } = {}) {
  entry = path.resolve(entry);
  const runtimeEntry = [
    `import ${JSON.stringify(entry)};`,
    ...(forNode ? [] : Object.entries(RUNTIME_EXPORT_MODULES)
      .map(([name, file]) => `export { ${name} } from ${JSON.stringify(path.join(RUNTIME_DIR, file))};`)),
  ].join('\n');

  let result;
  try {
    result = await esbuild.build({
      stdin: { contents: runtimeEntry, resolveDir: path.dirname(entry), sourcefile: '<helix entry>', loader: 'ts' },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      target: 'es2022',
      // Porffor's optional chains skip some calls and break on others; esbuild's lowering is plain conditionals
      ...(forNode ? {} : { supported: { 'optional-chain': false } }),
      charset: 'ascii',
      legalComments: 'none',
      logLevel: 'silent',
      alias: { 'helix-sdk': path.join(API_DIR, 'index.ts'), ...(support ? { 'helix-sdk/board': support } : {}) },
      plugins: [programSources(sources), ...(json ? [] : [builtinJsonPlaceholder()])],
      // The map lets crash addresses be traced back to TypeScript (codegen/debug-map.js); 'external' leaves the
      // JavaScript itself as it was. Its sources are relative to the (never written) outfile, next to the entry.
      ...(sourceMap ? { sourcemap: 'external', outfile: path.join(path.dirname(entry), 'helix-bundle.js') } : {}),
      ...(forNode ? {} : {
        inject: [placeholders ? 'console.ts' : 'console-plain.ts', ...RUNTIME_HELPERS].map((f) => path.join(RUNTIME_DIR, f)),
        define: Object.fromEntries(CONSOLE_METHODS.map((m) => [`console.${m}`, '__hx_console_log'])),
      }),
    });
  } catch (e) {
    if (e.errors?.length) {
      throw new BuildErrors(e.errors.map((m) => new BuildError(`bundling failed: ${m.text}`, {
        file: m.location?.file ? path.resolve(m.location.file) : undefined, // esbuild's paths are relative to the working directory
        line: m.location?.line,
        column: m.location ? m.location.column + 1 : undefined,
      })));
    }
    throw e;
  }
  const text = result.outputFiles.find((f) => !f.path.endsWith('.map')).text;
  const js = forNode ? text : exportsAsDeclarations(text);
  if (!sourceMap) return js;
  const map = JSON.parse(result.outputFiles.find((f) => f.path.endsWith('.map')).text);
  map.sources = map.sources.map((f) => path.resolve(path.dirname(entry), f));
  return { js, map };
}

/**
 * esbuild ends an ES module with `export { a, b };`. Porffor only understands
 * `export function a() {}`, so the list is removed and each named function
 * declaration gets the `export` keyword instead.
 */
export function exportsAsDeclarations(js) {
  const ast = acorn.parse(js, { ecmaVersion: 2022, sourceType: 'module' });
  const edits = []; // [start, end, replacement]
  for (const node of ast.body) {
    if (node.type !== 'ExportNamedDeclaration' || node.declaration || node.source) continue;
    edits.push([node.start, node.end, '']);
    for (const spec of node.specifiers) {
      if (spec.local.name !== spec.exported.name) {
        throw new BuildError(`cannot export ${spec.local.name} as ${spec.exported.name} from the bundle`);
      }
      const fn = ast.body.find((n) => n.type === 'FunctionDeclaration' && n.id.name === spec.local.name);
      if (!fn) throw new BuildError(`bundle export ${spec.local.name} is not a function declaration`);
      edits.push([fn.start, fn.start, 'export ']);
    }
  }
  edits.sort((a, b) => b[0] - a[0]);
  let out = js;
  for (const [start, end, text] of edits) out = out.slice(0, start) + text + out.slice(end);
  return out;
}
