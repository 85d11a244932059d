// Building strings from character codes.
let line = "";
for (let c = 65; c < 75; c++) line += String.fromCharCode(c);
console.log(line);
const word = "firmware";
const codes: number[] = [];
for (let i = 0; i < word.length; i++) codes.push(word.charCodeAt(i));
console.log(codes.join(","));
console.log(String.fromCharCode(72, 105, 33), "é".charCodeAt(0), "€".length);
