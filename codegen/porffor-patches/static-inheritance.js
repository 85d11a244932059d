// `class Derived extends Base` sets Derived's prototype to Base, but a property
// missing from a function looked in Function.prototype straight away, so static
// members inherited from a base class were undefined through the derived class
// (`Derived.kind`, `Derived.create()`: a silent undefined, or "is not a
// function"). A property read now follows the function's own prototype first,
// as it does for objects.

export default {
  id: 'static-inheritance',
  why: 'static members are inherited by derived classes',
  precompile: true,
  edits: [
    {
      file: 'compiler/builtins/_internal_object.ts',
      find: '    } else obj = __Porffor_object_getHiddenPrototype(trueType);',
      count: 2,
      replace: '    } else obj = __Porffor_object_getPrototypeWithHidden(_obj, trueType); // helix-sdk: a base class first (static-inheritance.js)',
    },
  ],
};
