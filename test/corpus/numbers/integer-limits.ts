// Safe integers and precision limits.
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.EPSILON);
console.log(Number.isSafeInteger(2 ** 53), Number.isSafeInteger(2 ** 53 - 1), 2 ** 53 + 1 === 2 ** 53);
console.log(Number.MAX_VALUE, Number.MIN_VALUE, 0.1 * 3, 0.1 + 0.7);
