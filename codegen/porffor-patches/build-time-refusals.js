// What Porffor cannot generate is refused when the program is built, at the
// construct's place. Porffor compiled an expression it had no generator for
// (a spread where it allowed none, a meta property such as import.meta) into
// code that threw "porffor: no generation for SpreadElement" when it ran. It
// now stops the compile, and every error it raises while generating carries
// the position in the bundle of the construct it was generating
// (hxPosition), which codegen/build.js turns into the TypeScript file:line.

export default {
  id: 'build-time-refusals',
  why: 'constructs Porffor cannot generate are refused at build time with their position',
  edits: [
    {
      file: 'compiler/codegen.js',
      find: `const generate = (scope, decl, global = false, name = undefined, valueUnused = false) => {
  if (valueUnused && !Prefs.optUnused) valueUnused = false;`,
      replace: `const generate = (scope, decl, global = false, name = undefined, valueUnused = false) => {
  // helix-sdk: where a compile error was raised (the construct being generated, innermost first)
  if (!globalThis.precompile && typeof decl?.start === 'number') globalThis.hxGenerating = decl;
  if (valueUnused && !Prefs.optUnused) valueUnused = false;`,
    },
    {
      file: 'compiler/codegen.js',
      find: `      return cacheAst(decl, internalThrow(scope, 'Error', \`porffor: no generation for \${decl.type}\`, true));`,
      replace: `      if (!globalThis.precompile) throw Object.assign(new Error(\`this construct (\${decl.type}) cannot be compiled\`), { hxPosition: decl.start });
      return cacheAst(decl, internalThrow(scope, 'Error', \`porffor: no generation for \${decl.type}\`, true));`,
    },
    {
      file: 'compiler/codegen.js',
      find: `  return internalThrow(scope, 'Error', \`porffor: meta property \${decl.meta.name}.\${decl.property.name} is not supported yet\`, true);`,
      replace: `  if (!globalThis.precompile) throw Object.assign(new Error(\`the meta property \${decl.meta.name}.\${decl.property.name} cannot be compiled\`), { hxPosition: decl.start });
  return internalThrow(scope, 'Error', \`porffor: meta property \${decl.meta.name}.\${decl.property.name} is not supported yet\`, true);`,
    },
  ],
};
