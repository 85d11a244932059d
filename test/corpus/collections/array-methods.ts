// Array helpers with callbacks that only use their own parameters.
const readings = [12, 7, 30, 18, 7, 25];
console.log(readings.map((x) => x * 2).join(","));
console.log(readings.filter((x) => x > 10).join(","));
console.log(readings.reduce((acc, x) => acc + x, 0));
console.log(readings.find((x) => x > 20), readings.findIndex((x) => x === 7), readings.indexOf(18));
console.log(readings.some((x) => x > 29), readings.every((x) => x > 5));
const sorted = readings.slice().sort((a, b) => a - b);
console.log(sorted.join(","), readings.join(","));
console.log([3, 1, 2].reverse().join(","), [1, 2, 3].includes(2), [[1, 2], [3]].length);
