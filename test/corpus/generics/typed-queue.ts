// A generic bounded queue used for two element types.
class BoundedQueue<T> {
  private items: T[] = [];
  constructor(private readonly limit: number) {}
  offer(item: T): boolean {
    if (this.items.length >= this.limit) return false;
    this.items.push(item);
    return true;
  }
  poll(): T | undefined { return this.items.shift(); }
  get length(): number { return this.items.length; }
}
const numbers = new BoundedQueue<number>(2);
console.log(numbers.offer(1), numbers.offer(2), numbers.offer(3), numbers.poll(), numbers.length);
const names = new BoundedQueue<string>(3);
names.offer("a"); names.offer("b");
console.log(names.poll(), names.poll(), names.poll());
