// Function.prototype.bind returned the function unchanged in Porffor; the build refuses it.
class Led { constructor(readonly pin: number) {} toggle(): string { return `pin ${this.pin}`; } }
const led = new Led(13);
const toggle = led.toggle.bind(led);
console.log(toggle());
