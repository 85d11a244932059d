/** A small class hierarchy: an abstract base class, constructors calling super, overrides. */
export abstract class Shape {
  constructor(readonly label: string) {}

  abstract area(): number;

  describe(): string {
    return `${this.label} of area ${this.area().toFixed(3)}`;
  }
}

export class Circle extends Shape {
  constructor(private readonly radius: number) {
    super("circle");
  }

  area(): number {
    return Math.PI * this.radius * this.radius;
  }
}

export class Rectangle extends Shape {
  constructor(private readonly width: number, private readonly height: number) {
    super("rectangle");
  }

  area(): number {
    return this.width * this.height;
  }

  describe(): string {
    return `${this.label} ${this.width} x ${this.height} of area ${this.area().toFixed(3)}`;
  }
}
