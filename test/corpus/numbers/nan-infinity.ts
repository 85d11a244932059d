// NaN and Infinity behaviour in sensor math.
const readings = [1, NaN, 3, Infinity, -Infinity, 0];
console.log(readings.filter((x) => Number.isFinite(x)).join(","));
console.log(readings.map((x) => Number.isNaN(x)).join(","));
console.log(readings[1] === readings[1], Object.is(NaN, NaN), Object.is(0, -0), 1 / -0, Math.max(1, NaN), Math.min());
