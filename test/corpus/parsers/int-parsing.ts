// parseInt and Number in the bases firmware input uses.
console.log(parseInt("42"), parseInt("-17"), parseInt("0x1F"), parseInt("1F", 16), parseInt("777", 8), parseInt("1011", 2));
console.log(parseInt("12abc"), parseInt("abc"), parseInt("  9 "), parseInt("3.99"));
console.log(Number("42"), Number(""), Number("0x10"), Number("1e3"), Number("12px"), Number(" 7 "));
console.log(parseFloat("3.14"), parseFloat("2.5e-3"), parseFloat("-0.5abc"), parseFloat("x"));
console.log(Number.isInteger(5), Number.isInteger(5.5), Number.isNaN(Number("x")), isNaN(Number("4")));
