// A tokenizer for a tiny command language.
type Token = { kind: "num" | "ident" | "op"; text: string };
function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src.charCodeAt(i);
    if (c === 32) { i++; continue; }
    if (c >= 48 && c <= 57) {
      let j = i;
      while (j < src.length && src.charCodeAt(j) >= 48 && src.charCodeAt(j) <= 57) j++;
      out.push({ kind: "num", text: src.substring(i, j) });
      i = j;
    } else if ((c >= 97 && c <= 122) || c === 95) {
      let j = i;
      while (j < src.length && ((src.charCodeAt(j) >= 97 && src.charCodeAt(j) <= 122) || src.charCodeAt(j) === 95)) j++;
      out.push({ kind: "ident", text: src.substring(i, j) });
      i = j;
    } else {
      out.push({ kind: "op", text: src.charAt(i) });
      i++;
    }
  }
  return out;
}
for (const t of tokenize("set led_pin = 13 + 2*x")) console.log(t.kind, t.text);
