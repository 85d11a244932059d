export class Uart {
  private rx: number[] = [];
  constructor(readonly name: string) {}
  inject(s: string): void {
    for (let i = 0; i < s.length; i++) this.rx.push(s.charCodeAt(i));
  }
  read(): number {
    const b = this.rx.shift();
    return b === undefined ? -1 : b;
  }
  pending(): number { return this.rx.length; }
}
