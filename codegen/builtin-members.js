// Which members of the standard library Porffor provides. Porffor names its
// builtins `__<Owner>_<name>` (statics: Math.sin -> __Math_sin) and
// `__<Owner>_prototype_<name>` (methods; getters end in `$get`). A call to a
// member it lacks compiles to "undefined is not a function" at run time, so the
// subset check (subset.js) refuses it at build time instead.

/** Owners whose instance type names differ from Porffor's. */
const OWNER_ALIASES = { ReadonlyArray: 'Array', ReadonlyMap: 'Map', ReadonlySet: 'Set', ArrayLike: 'Array' };

/**
 * Members Porffor has but that behave differently from Node, keyed "Owner.prototype.member"
 * or "Owner.member", with what to use instead. Refused like missing members.
 */
export const DIVERGENT_MEMBERS = {
  'String.prototype.localeCompare': 'it compares code units, where Node collates by locale; compare with < and > instead',
  'String.prototype.toLocaleUpperCase': 'locales are not supported; use toUpperCase',
  'String.prototype.toLocaleLowerCase': 'locales are not supported; use toLowerCase',
  'Number.prototype.toLocaleString': 'locales are not supported; use toString or toFixed',
  'Array.prototype.toLocaleString': 'locales are not supported; use join',
  'Function.prototype.bind': 'it returns the function unchanged, without the bound this or arguments; call a method on the object instead',
  'Function.prototype.call': 'Porffor produces invalid code for it; call a method on the object instead',
};

/**
 * @param {Set<string>} n Porffor's builtin names (porffor.js porfforBuiltinNames)
 * @param {string} owner e.g. "String", "Math", "Uint8Array"
 * @param {string} member e.g. "replace", "sin"
 * @param {boolean} isStatic Math.sin (true) or "x".replace (false)
 */
export function hasBuiltinMember(n, owner, member, isStatic) {
  const o = OWNER_ALIASES[owner] ?? owner;
  if (isStatic) return n.has(`__${o}_${member}`);
  const owners = o === 'String' ? ['String', 'ByteString'] : [o];
  return owners.some((x) => n.has(`__${x}_prototype_${member}`) || n.has(`__${x}_prototype_${member}$get`));
}

/** Is there any builtin family for this owner (otherwise it is not a library type we check)? */
export function isBuiltinOwner(n, owner) {
  const o = OWNER_ALIASES[owner] ?? owner;
  for (const name of n) if (name.startsWith(`__${o}_`)) return true;
  return false;
}
