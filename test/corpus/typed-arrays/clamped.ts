// Uint8ClampedArray clamps and rounds half to even.
const c = new Uint8ClampedArray(8);
const input = [-5, 300, 1.5, 2.5, 254.5, 255.5, 0.49, NaN];
for (let i = 0; i < input.length; i++) c[i] = input[i];
console.log(c.join(","));
