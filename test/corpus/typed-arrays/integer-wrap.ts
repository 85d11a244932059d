// Typed arrays wrap values modulo their width.
const u8 = new Uint8Array(4);
u8[0] = 256; u8[1] = -1; u8[2] = 300; u8[3] = 3.9;
console.log(u8.join(","));
const i8 = new Int8Array(3);
i8[0] = 128; i8[1] = 255; i8[2] = -129;
console.log(i8.join(","));
const u16 = new Uint16Array(3);
u16[0] = 65536; u16[1] = -2; u16[2] = 70000;
console.log(u16.join(","));
const i16 = new Int16Array(2);
i16[0] = 40000; i16[1] = -40000;
console.log(i16.join(","));
const u32 = new Uint32Array(3);
u32[0] = 2 ** 32; u32[1] = -1; u32[2] = 2 ** 32 + 5;
console.log(u32.join(","));
const i32 = new Int32Array(2);
i32[0] = 2 ** 31; i32[1] = 0xFFFFFFFF;
console.log(i32.join(","));
