// A circular log keeping the last N messages.
class CircularLog {
  private readonly entries: string[];
  private next = 0;
  private size = 0;
  constructor(private readonly capacity: number) { this.entries = new Array<string>(capacity).fill(""); }
  add(msg: string): void {
    this.entries[this.next] = msg;
    this.next = (this.next + 1) % this.capacity;
    if (this.size < this.capacity) this.size++;
  }
  dump(): string {
    const out: string[] = [];
    const start = (this.next - this.size + this.capacity) % this.capacity;
    for (let i = 0; i < this.size; i++) out.push(this.entries[(start + i) % this.capacity]);
    return out.join(" | ");
  }
}
const log = new CircularLog(3);
for (const m of ["boot", "init", "run", "warn", "idle"]) log.add(m);
console.log(log.dump());
