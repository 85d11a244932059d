// Trigonometry and logarithms as sensor code uses them.
console.log(Math.sin(1), Math.cos(1), Math.tan(0.5));
console.log(Math.atan2(1, 2), Math.atan(1), Math.asin(0.5), Math.acos(0.5));
console.log(Math.exp(1), Math.log(10), Math.log2(1024), Math.log10(1000), Math.pow(2, 0.5));
console.log(Math.sin(Math.PI), Math.cos(Math.PI), Math.E, Math.LN2);
