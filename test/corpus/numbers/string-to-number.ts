// Strings to numbers: unary +, Number(), parseFloat, parseInt and implicit conversions give Node's doubles,
// correctly rounded, with JavaScript's white space, prefixes, signs and special values.
const show = (x: number): string => (Object.is(x, -0) ? "-0" : String(x));

const decimals: string[] = [
  "14.64", "0.86", "20.2", "3.14159265358979", "0.000123456789012", "0.1", "0.30000000000000004", "1.005",
  "123456789.987654321", "2.718281828459045235360287", "9007199254740993", "9007199254740995", "1e23", "8.41e21",
  "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "2.2250738585072011e-308",
  "4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "5e-324", "1e400", "1e-400",
  "-0", "+0", "-0.0", ".5", "5.", "-.5e-3", "1.e5", "1E5", "1e+5", "00012", "  12  ", "\t\n 7 \r\n", "\u00a0 8\ufeff",
  "", "   ", "0x1F", "0X1f", " 0x1F ", "-0x1F", "0b101", "0o17", "0x", "0b2", "0x1F.5", "Infinity", "-Infinity",
  "+Infinity", "infinity", "Infinityx", "1_000", "1,5", "1e", "1e+", "e5", ".", "+", "-", "--1", "1 2", "NaN",
  "0x" + "f".repeat(20), "0b" + "1".repeat(60), "123456789012345678901234567890",
];
for (let i = 0; i < decimals.length; i++) {
  const s = decimals[i];
  console.log(i, s.length, show(+s), show(Number(s)), show(parseFloat(s)), show(parseInt(s)));
}

// 17 and more significant digits, and numbers of 800 digits and more
let digits = "";
for (let i = 0; i < 820; i++) digits += String((i * 7 + 3) % 10);
console.log(show(Number(digits.slice(0, 17) + "e-5")), show(Number(digits.slice(0, 25) + "e100")));
console.log(show(Number("0." + digits)), show(Number(digits.slice(0, 300))), show(Number(digits)));
console.log(show(parseFloat("0." + "0".repeat(330) + digits)), show(Number(digits + "e-1100")));
// the halfway point between 1 and the next double, and a hair either side of it
const half = "1.00000000000000011102230246251565404236316680908203125";
console.log(show(Number(half)), show(Number(half + "0".repeat(800) + "1")), show(Number("1.000000000000000111022302462515654042363166809082031249999")));

// implicit conversions
const five: any = "5";
const thousand: any = "1e3";
const spaced: any = "  42\n";
const hex: any = "0x10";
const nine: any = "9";
const twelve: any = "12";
console.log(five * 2, five - 1, five / 2, five % 3, five ** 2, thousand < 999, thousand < 1001, 1001 > thousand, spaced * 1,
  -spaced, hex | 1, hex << 2, hex >>> 1, hex & 0xff, 7 ^ five);
console.log(twelve < nine, twelve >= twelve, nine <= 10, ("1e3" as any) < 1001, Math.floor(+"3.7"));
let counter: any = "41";
counter++;
let down: any = " 8 ";
down--;
let product: any = "3";
product *= five;
let rest: any = "17";
rest -= twelve;
console.log(counter, down, product, rest, Number(" \u3000 -12.5e1 \u2028"));

// parseInt in every radix, with prefixes, huge values and junk
const radixes: number[] = [2, 3, 8, 10, 16, 20, 36];
for (const r of radixes) {
  console.log(r, parseInt("101", r), parseInt("zz", r), parseInt("-7f", r), parseInt("12345678901234567890123", r),
    parseInt("0x1f", r), parseInt(" +11.9", r));
}
console.log(parseInt("0x1F"), parseInt("-0X1f"), parseInt("0x"), parseInt("0"), show(parseInt("-0")), parseInt("08"),
  parseInt("1e3"), parseInt("  42px"), parseInt(""), parseInt("-"), parseInt("11", 0), parseInt("11", 1),
  parseInt("11", 37), parseInt("11", 4294967298));
console.log(parseInt("9".repeat(320)), parseInt("1".repeat(70), 2), parseInt("z".repeat(40), 36), parseInt("7".repeat(30), 7));
console.log(Number.parseFloat("6.02214076e23 per mol"), Number.parseInt("ff", 16));
