// Math.round ties toward +Infinity; Math functions as precise as in Node.
console.log(Math.round(2.5), Math.round(0.5), Math.round(-0.5), Math.round(-2.5), Math.round(1.4999999999999998));
console.log(Math.cos(1), Math.sin(1), Math.atan2(1, 2), Math.exp(1), Math.log(10));
