// Found by the fuzzer: an override calling super.method() recursed forever when
// the method's name is also a builtin's (next) and the class has parameter properties.
class Base {
  constructor(readonly kind: string) {}
  next(a: number): string { return "base" + a; }
  add(a: number): number { return a + 1; }
}
class Sub extends Base {
  constructor(p: number, q: string, readonly total: string) { super(q); }
  next(a: number): string { return super.next(a) + "!" + this.total; }
  add(a: number): number { return super.add(a) * 10; }
}
const o: Base = new Sub(0, "k", "t");
console.log(o.next(1), o.add(2), o.kind);
