// A UART driver with a transmit queue drained by a simulated interrupt.
class Uart {
  private txQueue: number[] = [];
  sent = "";
  write(s: string): number {
    for (let i = 0; i < s.length; i++) this.txQueue.push(s.charCodeAt(i));
    return s.length;
  }
  onTxEmpty(): boolean {
    const b = this.txQueue.shift();
    if (b === undefined) return false;
    this.sent += String.fromCharCode(b);
    return true;
  }
}
const uart = new Uart();
uart.write("AT\r");
uart.write("OK");
let irqs = 0;
while (uart.onTxEmpty()) irqs++;
console.log(JSON.stringify(uart.sent), irqs);
