// Getters and setters of a parent class reached through super, at several levels.
class Base {
  private stored = 0;
  constructor(protected readonly v: number) {}
  get label(): string { return `v=${this.v}`; }
  get value(): number { return this.stored; }
  set value(x: number) { this.stored = x * 2; }
}
class Derived extends Base {
  override get label(): string { return super.label + "!"; }
  override get value(): number { return super.value + 1; }
  override set value(x: number) { super.value = x + 100; }
}
class Third extends Derived {
  override get label(): string { return `[${super.label}]`; }
}
const d = new Derived(3);
d.value = 5;
console.log(d.label, d.value, new Third(7).label, new Base(1).label);
