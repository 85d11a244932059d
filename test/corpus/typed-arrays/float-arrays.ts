// Float32 storage rounds; Float64 keeps doubles.
const f32 = new Float32Array(3);
f32[0] = 0.1; f32[1] = 1 / 3; f32[2] = 16777217;
console.log(f32[0], f32[1], f32[2]);
const f64 = new Float64Array([0.1, 1 / 3, 16777217]);
console.log(f64[0], f64[1], f64[2]);
console.log(Math.fround(0.1), Math.fround(5.5), Math.fround(1e40));
