// Packing and unpacking bit fields of a 32-bit control register.
const ENABLE = 1 << 0;
const MODE_SHIFT = 1;
const MODE_MASK = 0x3 << MODE_SHIFT;
const PRESCALER_SHIFT = 8;
const PRESCALER_MASK = 0xff << PRESCALER_SHIFT;

function setField(reg: number, mask: number, shift: number, value: number): number {
  return (reg & ~mask) | ((value << shift) & mask);
}
function getField(reg: number, mask: number, shift: number): number {
  return (reg & mask) >>> shift;
}

let ctrl = 0;
ctrl |= ENABLE;
ctrl = setField(ctrl, MODE_MASK, MODE_SHIFT, 2);
ctrl = setField(ctrl, PRESCALER_MASK, PRESCALER_SHIFT, 199);
console.log("ctrl", ctrl, "hex", ctrl.toString(16));
console.log("enabled", (ctrl & ENABLE) !== 0, "mode", getField(ctrl, MODE_MASK, MODE_SHIFT));
console.log("prescaler", getField(ctrl, PRESCALER_MASK, PRESCALER_SHIFT));
ctrl &= ~ENABLE;
console.log("after disable", ctrl);
