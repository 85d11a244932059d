// A driver stack split across modules.
import { Uart } from "./uart";
import { LineReader } from "./line-reader";
const uart = new Uart("uart0");
uart.inject("hello\nworld\npartial");
const reader = new LineReader(uart);
let line = reader.next();
while (line !== null) {
  console.log("line", line);
  line = reader.next();
}
console.log("left", uart.pending());
