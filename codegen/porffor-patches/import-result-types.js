// Porffor types a call to a host import by the "last type" register, which the
// import never sets: `__hx_now() + 0` took whatever type the previous expression
// left, and since operands of unknown type are checked at run time
// (binary-operand-types), now() read as undefined and gave NaN. A host import
// returns a number, or undefined when it returns nothing.

export default {
  id: 'import-result-types',
  why: 'a call to a host import is a number (or undefined), known at compile time',
  edits: [
    {
      file: 'compiler/codegen.js',
      find: `      if (name in builtinFuncs && builtinFuncs[name].returnType != null) return builtinFuncs[name].returnType;

      if (name.startsWith('__Porffor_wasm_')) {`,
      replace: `      if (name in builtinFuncs && builtinFuncs[name].returnType != null) return builtinFuncs[name].returnType;

      // helix-sdk: host imports return numbers (or nothing)
      if (hxProgramCode() && name in importedFuncs && !funcByName(name)) {
        return importedFuncs[importedFuncs[name]]?.returns?.length === 0 ? TYPES.undefined : TYPES.number;
      }

      if (name.startsWith('__Porffor_wasm_')) {`,
    },
  ],
};
