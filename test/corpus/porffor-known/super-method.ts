// super.method() runs the parent's method on this object (Porffor passed the parent prototype as `this`).
class Base { constructor(readonly v: number) {} describe(): string { return `v=${this.v}`; } }
class Child extends Base { describe(): string { return super.describe() + "!"; } }
console.log(new Child(3).describe());
