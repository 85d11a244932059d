// STM32 product IDs (the bootloader's Get ID answer) and the families they name,
// for messages: "the device reports 0x413 (STM32F405/407/415/417)".

export const STM32_CHIPS = {
  0x410: 'STM32F10x medium-density',
  0x412: 'STM32F10x low-density',
  0x414: 'STM32F10x high-density',
  0x413: 'STM32F405/407/415/417',
  0x419: 'STM32F42x/43x',
  0x421: 'STM32F446',
  0x423: 'STM32F401xB/C',
  0x433: 'STM32F401xD/E',
  0x431: 'STM32F411',
  0x440: 'STM32F030x8/F05x',
  0x444: 'STM32F03x',
  0x450: 'STM32H74x/75x',
  0x415: 'STM32L47x/48x',
};

export function chipName(pid) {
  const name = STM32_CHIPS[pid];
  return `0x${pid.toString(16)}${name ? ` (${name})` : ' (not a product ID this SDK knows)'}`;
}
