// A byte-at-a-time framing state machine: STX len payload checksum ETX.
const enum S { Idle, Length, Payload, Check, End }
class FrameParser {
  private state = S.Idle;
  private len = 0;
  private payload: number[] = [];
  private sum = 0;
  frames: string[] = [];
  errors = 0;
  feed(b: number): void {
    switch (this.state) {
      case S.Idle:
        if (b === 0x02) this.state = S.Length;
        break;
      case S.Length:
        this.len = b; this.payload = []; this.sum = 0;
        this.state = b > 0 ? S.Payload : S.Check;
        break;
      case S.Payload:
        this.payload.push(b); this.sum = (this.sum + b) & 0xff;
        if (this.payload.length === this.len) this.state = S.Check;
        break;
      case S.Check:
        if (b !== this.sum) { this.errors++; this.state = S.Idle; } else this.state = S.End;
        break;
      case S.End:
        if (b === 0x03) this.frames.push(this.payload.join(","));
        else this.errors++;
        this.state = S.Idle;
        break;
    }
  }
}
const p = new FrameParser();
const stream = [0x00, 0x02, 3, 10, 20, 30, 60, 0x03, 0x02, 1, 5, 9, 0x03, 0x02, 2, 1, 2, 3, 0x03, 0x02, 0, 0, 0x03];
for (const b of stream) p.feed(b);
console.log(p.frames.length, p.frames.join(" | "), "errors", p.errors);
