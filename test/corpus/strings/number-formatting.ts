// toFixed, toPrecision and toExponential as displays use them.
const values = [0, 1.005, 2.5, -1.5, 0.000123, 123456.789, 1e21, -0.0001];
for (const v of values) console.log(v.toFixed(2), v.toPrecision(3), v.toExponential(2));
console.log((25).toString(2), (255).toString(16).toUpperCase(), (0.5).toString(2), (-7).toString(3));
