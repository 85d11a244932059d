// String methods used in protocol handling.
const s = "  Hello, Helix SDK!  ";
const t = s.trim();
console.log(t.length, t.toUpperCase(), t.toLowerCase());
console.log(t.indexOf("Helix"), t.lastIndexOf("l"), t.includes("SDK"), t.startsWith("Hello"), t.endsWith("!"));
console.log(t.substring(7, 12), t.slice(-4), t.slice(0, 5), t.charAt(1), t.charCodeAt(0));
console.log(t.split(" ").join("_"), t.replace("SDK", "kit"), ["a", "b", "c"].join("-"));
