// Every byte received on the board's serial port comes straight back. Reception
// is interrupt-driven: the UART's receive interrupt releases a RealTime handler
// task in the driver, which passes the bytes to the echo task through a buffer.
//   npx helix-sdk run examples/uart-echo --board qemu-mps2-an386
// Type, and see each key come back; Ctrl-D (byte 0x04) ends the session.
import { exit, ms, task } from 'helix-sdk';
import { serial } from 'helix-sdk/board';

const END = 0x04;

serial.open();
console.log('uart-echo: ready');

task('echo', { class: 'interactive', latency: ms(2) }, () => {
  let echoed = 0;
  for (;;) {
    const b = serial.readByte();
    if (b === END) break;
    serial.writeByte(b);
    echoed++;
  }
  console.log('');
  console.log(`uart-echo: ${echoed} bytes echoed, ${serial.overruns()} lost`);
  exit(0);
});
