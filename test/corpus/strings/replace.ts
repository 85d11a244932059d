// String replace and replaceAll with string patterns, including $ patterns.
const s = "temp=21;temp=22;hum=40";
console.log(s.replace("temp", "t"), s.replaceAll("temp", "t"));
console.log("a-b-c".replaceAll("-", ""), "aaa".replaceAll("aa", "b"), "abc".replaceAll("", "."));
console.log("price: 5".replace("5", "$$5"), "x".replace("x", "[$&]"), "abc".replace("b", "<$`|$'>"));
console.log("none".replace("zz", "y"), "".replace("", "start"));
