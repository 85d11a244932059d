// SLIP framing (RFC 1055) as the K210 boot ROM speaks it: C0 opens and closes a
// frame; C0 and DB inside are escaped as DB DC and DB DD. Frame at a time with
// timeouts, over the byte transport the flashers share (serialport's SLIP
// parser is a stream transform, which a request/answer exchange cannot wait on).

import { FlashError } from './errors.js';

const END = 0xc0;
const ESC = 0xdb;
const ESC_END = 0xdc;
const ESC_ESC = 0xdd;

export function slipEncode(payload) {
  const out = [END];
  for (const b of payload) {
    if (b === END) out.push(ESC, ESC_END);
    else if (b === ESC) out.push(ESC, ESC_ESC);
    else out.push(b);
  }
  out.push(END);
  return Buffer.from(out);
}

/** The next non-empty frame from transport.read(n, timeout); a timeout before it ends is a FlashError. */
export async function readSlipFrame(transport, timeout, what) {
  const deadline = Date.now() + timeout;
  const frame = [];
  let inside = false;
  let escaped = false;
  for (;;) {
    const left = deadline - Date.now();
    const [b] = left > 0 ? await transport.read(1, left) : [];
    if (b === undefined) throw new FlashError(inside ? 'timeout' : 'silent', `no answer from the device ${what}`);
    if (b === END) {
      if (inside && frame.length) return Buffer.from(frame);
      inside = true;
      continue;
    }
    if (!inside) continue; // noise between frames
    if (escaped) {
      frame.push(b === ESC_END ? END : b === ESC_ESC ? ESC : b);
      escaped = false;
    } else if (b === ESC) {
      escaped = true;
    } else {
      frame.push(b);
    }
  }
}
