// Sign-extending 12-bit and 24-bit ADC readings.
function signExtend(value: number, bits: number): number {
  const shift = 32 - bits;
  return (value << shift) >> shift;
}
for (const raw of [0x000, 0x7FF, 0x800, 0xFFF, 0x123]) console.log(raw, signExtend(raw, 12));
for (const raw of [0x7FFFFF, 0x800000, 0xFFFFFF, 0x000001]) console.log(raw, signExtend(raw, 24));
