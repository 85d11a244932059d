// JSON.parse as Node does it: values, strings with escapes and characters above U+00FF, numbers as Number()
// reads them, nesting, whitespace, a reviver, and SyntaxError with V8's messages.

const texts = [
  '{"a":[1,2,{"b":"\\u65e5\\u672c"}],"c":null}',
  '  \t\n\r[ true , false , null , "x" ]  ',
  '"\\"\\\\\\/\\b\\f\\n\\r\\t\\u0041\\u00e9\\ud83d\\ude00"',
  '"日本語 °C ✓"',
  '{"日本":{"語":[]},"":{}}',
  '[0, -0, 1, -1, 0.5, -0.25, 1e3, 1E-3, 2.5e+2, 123456789012345, 1234567890123456789, 0.1, 5e-324, 1e400, -1e400]',
  '[9007199254740993, 3.141592653589793, 2.2250738585072014e-308, 0.30000000000000004, 100000000000000000000000]',
  '{"b":2,"a":1,"2":"two","1":"one","a":3}',
  '[[[[[[[[[[1]]]]]]]]]]',
  '{"nested":{"deep":{"deeper":{"deepest":[{"x":1}]}}}}',
];
for (const t of texts) {
  const v = JSON.parse(t);
  console.log(typeof v, JSON.stringify(v));
}

const obj = JSON.parse('{"name":"sensor-7","reading":{"t":21.5,"h":0.43},"tags":["a","b"],"ok":true}');
console.log(obj.name, obj.reading.t, obj.reading.h, obj.tags.length, obj.tags[1], obj.ok);
console.log(1 / JSON.parse("-0"), JSON.parse("0.1") + JSON.parse("0.2"));
console.log(JSON.parse('"\\u00e9"').charCodeAt(0), JSON.parse('"\\ud83d\\ude00"').length);
console.log(JSON.parse('"日本"').length, JSON.parse('"日本"') === "日本");

// reviver
const revived = JSON.parse('{"a":1,"b":[1,2,{"c":3}],"drop":true,"d":"x"}', (key: string, value: any) => {
  if (key === "drop") return undefined;
  if (typeof value === "number") return value * 10;
  return value;
});
console.log(JSON.stringify(revived));
const seen: string[] = [];
JSON.parse('{"b":1,"2":[3,{"x":1}],"1":0,"a":{"c":2}}', (key: string, value: any) => {
  seen.push(key === "" ? "(root)" : key);
  return value;
});
console.log(seen.join(" "));
console.log(JSON.parse("[1,2]", (key: string, value: any) => (Array.isArray(value) ? value.length : value)));

// errors
const bad = [
  '{"a":1,}', '{"a":1 }}', '[1,2', '', ' ', 'tru', 'nul', 'nulx', '{"a" 1}', '01', '-01', '1.', '-', '1e', '1e+',
  '"abc', '"\\x"', '"\\u12"', '"\\u', '[1,]', '{,}', '{"a":1', 'undefined', 'NaN', 'Infinity', '-Infinity',
  '[object Object]', '"a\nb"', '{"a":1}x', '1 2', '[1 2]', '{"a":1 "b":2}', 'abc', '{"a":1,"b"}', '{1:2}',
  '{"a":1,"b" 2}', '{"a":1,"b" "c"}', 'tr1e', 'tr"e', '"\\日"', '{"日本":1,}', '.5', '+1', '[-]', '{"a":tru}',
  '{', '[', '{"a"', '{"a":', '"\t"', 'falsy', '\u00a0 1', '"\\',
  '{"abcdefghijklmnop": 1, "x": y, "abcdefghijklmnop": 2}',
  '{"abcdefghijklmnop": 1, "x@: y, "abcdefghijklmnop": 2}',
  '[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,]',
  'x                    ',
  '[1,1,1,1,1,1,1,1,1,x]',
];
for (const t of bad) {
  try {
    JSON.parse(t);
    console.log("parsed", JSON.stringify(t));
  } catch (e) {
    console.log(JSON.stringify(t), e instanceof SyntaxError, (e as Error).message);
  }
}
