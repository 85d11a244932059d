// Non-ASCII text through strings and the console.
const greeting = "Grüße aus Köln — 東京 🚀";
console.log(greeting, greeting.length);
console.log(greeting.toUpperCase());
console.log(greeting.indexOf("東"), greeting.charCodeAt(2), greeting.codePointAt(greeting.length - 2));
const parts = greeting.split(" ");
console.log(parts.length, parts[3]);
