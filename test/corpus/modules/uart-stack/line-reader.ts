import { Uart } from "./uart";
export class LineReader {
  private partial = "";
  constructor(private readonly uart: Uart) {}
  next(): string | null {
    for (let b = this.uart.read(); b >= 0; b = this.uart.read()) {
      if (b === 10) {
        const line = this.partial;
        this.partial = "";
        return line;
      }
      this.partial += String.fromCharCode(b);
    }
    return null;
  }
}
