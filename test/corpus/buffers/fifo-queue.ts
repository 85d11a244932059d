// A message queue with a high-water mark.
class Fifo {
  private items: string[] = [];
  highWater = 0;
  enqueue(m: string): void {
    this.items.push(m);
    if (this.items.length > this.highWater) this.highWater = this.items.length;
  }
  dequeue(): string | undefined {
    return this.items.shift();
  }
  get length(): number { return this.items.length; }
}
const q = new Fifo();
q.enqueue("boot"); q.enqueue("sensor"); q.enqueue("tick");
console.log(q.dequeue(), q.length);
q.enqueue("tick"); q.enqueue("idle");
while (q.length > 0) console.log("msg", q.dequeue());
console.log("high water", q.highWater, q.dequeue());
