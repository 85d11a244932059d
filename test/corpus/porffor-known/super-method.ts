// super.method() calls (refused: the method would run with the wrong `this`).
class Base { constructor(readonly v: number) {} describe(): string { return `v=${this.v}`; } }
class Child extends Base { describe(): string { return super.describe() + "!"; } }
console.log(new Child(3).describe());
