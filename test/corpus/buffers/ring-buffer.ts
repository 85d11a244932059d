// A fixed-size ring buffer of bytes, as used behind a UART.
class RingBuffer {
  private readonly data: Uint8Array;
  private head = 0;
  private tail = 0;
  private count = 0;
  constructor(readonly capacity: number) {
    this.data = new Uint8Array(capacity);
  }
  push(b: number): boolean {
    if (this.count === this.capacity) return false;
    this.data[this.head] = b;
    this.head = (this.head + 1) % this.capacity;
    this.count++;
    return true;
  }
  pop(): number {
    if (this.count === 0) return -1;
    const b = this.data[this.tail];
    this.tail = (this.tail + 1) % this.capacity;
    this.count--;
    return b;
  }
  get size(): number { return this.count; }
}
const rb = new RingBuffer(4);
for (let i = 1; i <= 6; i++) console.log("push", i, rb.push(i * 10));
console.log("size", rb.size, "pop", rb.pop(), rb.pop());
rb.push(99); rb.push(100);
let out = "";
for (let b = rb.pop(); b >= 0; b = rb.pop()) out += `${b} `;
console.log("drained", out, "size", rb.size);
