// A serial line for flashBoard (its openLine option) that talks to a simulated device in process and records
// every DTR/RTS change, as "D1R0", and the close.

export function recordingLine(device, changes = []) {
  return async () => ({
    ...device.transport,
    counters: { tx: 0, rx: 0 },
    setLines: async (lines) => { changes.push(`D${lines.dtr ? 1 : 0}R${lines.rts ? 1 : 0}`); return true; },
    close: async () => { changes.push('closed'); },
  });
}
