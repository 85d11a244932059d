// Powers, logs and square roots the exact way (results are exactly representable).
console.log(Math.sqrt(144), Math.sqrt(2) * Math.sqrt(2), 2 ** 10, 2 ** -2, (-2) ** 3, Math.pow(9, 0.5));
console.log(Math.hypot(5, 12), Math.abs(-0), Math.max(), Math.min(4, 2, 8), Math.trunc(-4.9), Math.sign(-3));
