// Type-length-value records in a byte stream.
const stream = [0x01, 0x02, 0x12, 0x34, 0x02, 0x01, 0x7F, 0x03, 0x00, 0x04, 0x03, 0x41, 0x42, 0x43];
let i = 0;
while (i < stream.length) {
  const type = stream[i];
  const len = stream[i + 1];
  const value = stream.slice(i + 2, i + 2 + len);
  let text = "";
  if (type === 4) for (const b of value) text += String.fromCharCode(b);
  console.log("type", type, "len", len, "value", type === 4 ? text : value.join(","));
  i += 2 + len;
}
