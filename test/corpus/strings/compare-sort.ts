// String comparison and sorting.
const names = ["uart2", "Uart1", "gpio", "adc", "uart10"];
const sorted = names.slice().sort();
console.log(sorted.join(" "));
console.log("a" < "b", "B" < "a", "abc" === "ab" + "c", "x" >= "y", "ab" <= "abc");
console.log(names.map((n) => n.toLowerCase()).sort().join(" "));
