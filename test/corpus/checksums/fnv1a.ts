// FNV-1a 32-bit hashing of identifiers.
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
for (const name of ["", "a", "foobar", "temperature", "uart0.rx"]) {
  console.log(name.length, fnv1a(name), fnv1a(name).toString(16));
}
