// Function.prototype.call: Porffor emits invalid code for it; the build refuses it.
class Channel { constructor(readonly id: number) {} }
function describe(this: Channel, unit: string): string { return `${this.id} ${unit}`; }
const chans = [new Channel(1), new Channel(7)];
for (const c of chans) console.log(describe.call(c, "ms"));
