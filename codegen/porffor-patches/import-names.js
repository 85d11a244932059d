// Porffor names each import with one character (97 + its index) written as a
// single raw byte, and writes the import's type index as one byte too: from the
// 32nd import on the module was invalid. Imports past 'z' are now named
// "i<index>", names and type indices are encoded properly, and the section size
// is computed from what is written. A call to an import made through the
// builtin() helper (as operators do) now marks the function as using imports, so
// the import survives tree-shaking.

export default {
  id: 'import-names',
  why: 'any number of host imports, and imports called by operators',
  edits: [
    {
      file: 'compiler/codegen.js',
      find: `  builtin: (name, offset = false) => {
    let idx = importedFuncs[name] ?? includeBuiltin(scope, name)?.index;`,
      replace: `  builtin: (name, offset = false) => {
    if (importedFuncs[name] != null) scope.usesImports = true; // helix-sdk
    let idx = importedFuncs[name] ?? includeBuiltin(scope, name)?.index;`,
    },
    {
      file: 'compiler/builtins.js',
      find: `  const ident = String.fromCharCode(97 + importedFuncs.length);`,
      replace: `  const ident = importedFuncs.length < 26 ? String.fromCharCode(97 + importedFuncs.length) : 'i' + importedFuncs.length;`,
    },
    {
      file: 'compiler/assemble.js',
      find: `    section(Section.import, unsignedLEB128_length(importFuncs.length) + importFuncs.length * 5);
    unsigned(importFuncs.length);
    for (let i = 0; i < importFuncs.length; i++) {
      const x = importFuncs[i];
      byte(0); byte(1);
      byte(x.import.charCodeAt(0));
      byte(ExportDesc.func);
      byte(getType(x.params, x.returns));
    }`,
      replace: `    // helix-sdk: field names of any length, type indices as LEB128
    const importBytes = importFuncs.reduce((acc, x) => acc + 1 + unsignedLEB128_length(x.import.length) + x.import.length +
      1 + unsignedLEB128_length(getType(x.params, x.returns)), 0);
    section(Section.import, unsignedLEB128_length(importFuncs.length) + importBytes);
    unsigned(importFuncs.length);
    for (let i = 0; i < importFuncs.length; i++) {
      const x = importFuncs[i];
      byte(0);
      unsigned(x.import.length);
      for (let j = 0; j < x.import.length; j++) byte(x.import.charCodeAt(j));
      byte(ExportDesc.func);
      unsigned(getType(x.params, x.returns));
    }`,
    },
  ],
};
