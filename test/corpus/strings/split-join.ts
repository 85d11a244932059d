// Splitting and joining configuration strings.
const path = "/dev/ttyUSB0";
console.log(path.split("/").join("|"), path.split("/").length);
console.log("a,b,,c".split(",").length, "abc".split("").join("-"), "".split(",").length);
console.log(["x", "y"].join(""), [1, 2, 3].join(" + "), [].join(","));
const units = "µs→ms".split("");
console.log(units.length, units.join("|"), "ab".split("", 1).length);
