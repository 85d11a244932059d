// for...of, spread, Array.from and destructuring of strings yield code points:
// a surrogate pair is one element; lone surrogates stay single.
let n = 0;
for (const ch of "a🌡b") { n++; console.log(ch.length, ch.codePointAt(0)); }
console.log(n, [..."x🌡y😀"].length, Array.from("🌡é").length);
const lone = "a\uD800b\uDC00";
for (const ch of lone) console.log(ch.length, ch.charCodeAt(0));
const [first, second] = "😀z";
console.log(first.length, second);
