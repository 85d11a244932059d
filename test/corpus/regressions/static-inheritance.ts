// Tried by hand as a user would: static members inherited from a base class were undefined through the
// derived class (`Derived.kind`), and inherited static methods were "not a function".
class Base {
  static kind = 'base'; static count = 1;
  static make(): Base { Base.count++; return new this(); }
  static label(): string { return 'label:' + this.kind; }
  who(): string { return 'Base'; }
}
class Derived extends Base { static kind = 'derived'; who(): string { return 'Derived'; } }
class Leaf extends Derived { }
console.log(Derived.count, Leaf.kind, Leaf.count, Derived.make().who(), Leaf.make().who(), Base.make().who());
console.log(Derived.label(), Leaf.label(), Base.label(), Base.count, Leaf.count);
Derived.count = 50;
console.log(Base.count, Derived.count, Leaf.count, Object.keys(Derived).join());
function plain(): number { return 1; }
console.log(typeof (plain as any).nope, (plain as any).name, [1, 2].length, typeof ([1] as any).nope);
