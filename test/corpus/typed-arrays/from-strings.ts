// TypedArray.from over a string: its code points, mapped or converted (a string was
// taken as an empty source).
console.log(Uint8Array.from("fo", (c) => c.charCodeAt(0)).join(), Uint8Array.from("123").join(), Int16Array.from("é😀", (c) => c.length).join());
const long = 'x'.repeat(3000) + 'yz';
const u = Uint8Array.from(long, (c) => c.charCodeAt(0));
console.log(u.length, u[2999], u[3000], u[3001]);
