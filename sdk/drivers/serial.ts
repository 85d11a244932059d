/**
 * What every UART driver shares: a receive buffer filled by an interrupt
 * handler task, blocking reads with a timeout, polled transmission, UTF-8 text.
 * A device driver extends SerialPort and supplies the few device operations
 * (see cmsdk-uart.ts for a complete one and docs/driver-guide.md).
 */
import { FOREVER, channel, receive, send, type Channel } from '../api/sync.ts';
import { onInterrupt, runInterruptHandler, type InterruptLine } from '../api/interrupts.ts';
import { peripheral, type Peripheral } from '../api/registers.ts';
import { us, type Microseconds } from '../api/tasks.ts';

/** A serial port as applications use it (the board's `serial`). */
export interface Serial {
  /** Enable the port: transmitter, receiver, and the receive interrupt. */
  open(): void;
  /** Send one byte, waiting while the transmitter is busy. */
  writeByte(byte: number): void;
  /** Send text as UTF-8. */
  write(text: string): void;
  /** The next received byte, or -1 after `timeout` (default: wait forever). */
  readByte(timeout?: Microseconds): number;
  /** Bytes the device lost because they came faster than it was read (its overrun flag). */
  overruns(): number;
}

/** A port's settings. */
export interface SerialOptions {
  /** receive buffer, in bytes (default 64) */
  bufferBytes?: number;
  /** CPU time the receive handler may take per interrupt (default 1 ms) */
  handlerBudget?: Microseconds;
  /** the shortest time between receive interrupts admission assumes (default 4 ms) */
  minInterval?: Microseconds;
}

/** R: the device's register block; `this.regs` is it at the port's base address. */
export class SerialPort<R extends Peripheral<any>> implements Serial {
  protected readonly regs: R;
  private rx: Channel = -1;
  private readonly box: number[] = [0];
  private readonly got: number[] = [0];
  private lost = 0;
  private readonly irq: InterruptLine;
  private readonly bufferBytes: number;
  private readonly budget: Microseconds;
  private readonly minInterval: Microseconds;

  constructor(base: number, irq: InterruptLine, options: SerialOptions = {}) {
    this.regs = peripheral<R>(base);
    this.irq = irq;
    this.bufferBytes = options.bufferBytes ?? 64;
    this.budget = options.handlerBudget ?? us(1000);
    this.minInterval = options.minInterval ?? us(4000);
  }

  open(): void {
    this.enable();
    this.rx = channel(this.bufferBytes, 1);
    const handler = onInterrupt(this.irq, { minInterval: this.minInterval, budget: this.budget }, this);
    this.enableRxInterrupt();
    // A byte that arrived before the interrupt was enabled raised none on some devices (the CMSDK UART
    // interrupts on arrival only) and, held in the device, would stop reception: let the handler look.
    runInterruptHandler(handler);
  }

  /**
   * The receive handler (a RealTime task's job, never interrupt context). When the
   * buffer is full it waits for the application to read: the device holds the next
   * byte meanwhile (QEMU waits; real hardware overruns and says so in its status).
   */
  interrupt(): void {
    this.clearRxInterrupt(); // first: a byte that lands during the drain raises it again
    while (this.rxReady()) {
      if (this.rxOverrun()) this.lost++;
      this.box[0] = this.rxByte();
      send(this.rx, this.box, FOREVER);
    }
  }

  readByte(timeout: Microseconds = FOREVER): number {
    return receive(this.rx, this.got, timeout) ? this.got[0] : -1;
  }

  writeByte(byte: number): void {
    while (!this.txReady()) { /* the transmitter drains at the baud rate */ }
    this.txByte(byte & 0xff);
  }

  write(text: string): void {
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) { // a surrogate pair: one code point
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low < 0xe000) {
          c = 0x10000 + (c - 0xd800) * 0x400 + (low - 0xdc00);
          i++;
        }
      }
      if (c < 0x80) {
        this.writeByte(c);
      } else if (c < 0x800) {
        this.writeByte(0xc0 | (c >> 6));
        this.writeByte(0x80 | (c & 0x3f));
      } else if (c < 0x10000) {
        this.writeByte(0xe0 | (c >> 12));
        this.writeByte(0x80 | ((c >> 6) & 0x3f));
        this.writeByte(0x80 | (c & 0x3f));
      } else {
        this.writeByte(0xf0 | (c >> 18));
        this.writeByte(0x80 | ((c >> 12) & 0x3f));
        this.writeByte(0x80 | ((c >> 6) & 0x3f));
        this.writeByte(0x80 | (c & 0x3f));
      }
    }
  }

  overruns(): number {
    return this.lost;
  }

  // ---- what a device driver supplies --------------------------------------

  /** Turn the transmitter and receiver on (the early console may have done part of it). */
  protected enable(): void {}
  /** Let the device interrupt when a byte has arrived. */
  protected enableRxInterrupt(): void {}
  /** Clear the device's receive interrupt condition, if reading the data does not. */
  protected clearRxInterrupt(): void {}
  /** A received byte is waiting. */
  protected rxReady(): boolean { return false; }
  /** The device lost a byte before this one (and clears that flag). */
  protected rxOverrun(): boolean { return false; }
  /** Take the received byte. */
  protected rxByte(): number { return 0; }
  /** The transmitter can take a byte. */
  protected txReady(): boolean { return true; }
  /** Hand one byte to the transmitter. */
  protected txByte(byte: number): void { void byte; }
}
