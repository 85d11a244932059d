// localeCompare collates by locale in Node; the build refuses it rather than compare code units.
console.log(["b", "a", "C"].sort((x, y) => x.localeCompare(y)).join(","));
