// Map and Set for device registries.
const devices = new Map<string, number>();
devices.set("uart0", 0x40004000);
devices.set("timer0", 0x40000000);
devices.set("gpio", 0x40010000);
console.log(devices.size, devices.get("timer0"), devices.has("spi"), devices.get("spi"));
devices.delete("gpio");
for (const [name, base] of devices) console.log(name, base.toString(16));
const seen = new Set<number>();
for (const irq of [3, 5, 3, 7, 5, 9]) seen.add(irq);
console.log(seen.size, seen.has(7), seen.has(4));
