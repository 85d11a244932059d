// Template literals with integers, strings and booleans.
const board = "nucleo";
const mhz = 84;
const ok = true;
const pins = 3;
console.log(`board=${board} clock=${mhz}MHz ready=${ok} pins=${pins * 2}`);
console.log(`nested ${`inner ${pins + 1}`} end`);
console.log(`negative ${-7} zero ${0} big ${123456789}`);
