// Porffor's precompiler registers only its own four imports. Builtins the SDK
// patches call SDK host functions, and precompiled code can refer to functions
// by index, which is only right if the precompiler saw exactly the imports a
// program compile sees: so it now registers the SDK's whole list, in order.

import { HOST_IMPORTS } from '../host-imports.js';

const STOCK = ['print', 'printChar', 'time', 'timeOrigin'];

export default {
  id: 'host-imports',
  why: 'the precompiler registers the same host imports as a program compile',
  precompile: true,
  edits: [
    {
      file: 'compiler/precompile.js',
      find: `createImport('timeOrigin', 0, 1);`,
      replace: `createImport('timeOrigin', 0, 1);
// helix-sdk: the SDK's host imports (codegen/host-imports.js)
${HOST_IMPORTS.filter((h) => !STOCK.includes(h.name)).map((h) => `createImport('${h.name}', ${h.params}, ${h.results});`).join('\n')}`,
    },
  ],
};
