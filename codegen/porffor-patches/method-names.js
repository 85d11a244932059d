// Porffor names a function that is a class member or an object literal's
// property after its key, and files it in the same table as the program's
// functions, by name: a method or property `write` replaced a top-level
// `function write`, and every later call `write(x)` ran the member instead.
// Members are reached through their object, never by a bare name, so they
// stay out of that table (their `.name` is still the key).

export default {
  id: 'method-names',
  why: 'a class member or object property never takes the place of a function of the same name',
  edits: [
    {
      // object literal properties
      file: 'compiler/codegen.js',
      find: `          name: key.value
        };`,
      replace: `          name: key.value,
          _hxMember: true
        };`,
    },
    {
      // class members
      file: 'compiler/codegen.js',
      find: `        name: key.value
      };`,
      replace: `        name: key.value,
        _hxMember: true
      };`,
    },
    {
      file: 'compiler/codegen.js',
      find: `  funcIndex[name] = func.index;
  funcs.push(func);

  if (typedInput && decl.returnType) {`,
      replace: `  if (!decl.id._hxMember) funcIndex[name] = func.index; // helix-sdk: members are not callable by name
  funcs.push(func);

  if (typedInput && decl.returnType) {`,
    },
  ],
};
