import { sum8 } from "./checksum";
export function frame(payload: number[]): number[] {
  return [0x7E, payload.length, ...payload, sum8(payload), 0x7E];
}
export function unframe(wire: number[]): number[] | null {
  if (wire.length < 4 || wire[0] !== 0x7E || wire[wire.length - 1] !== 0x7E) return null;
  const len = wire[1];
  const payload = wire.slice(2, 2 + len);
  if (payload.length !== len || wire[2 + len] !== sum8(payload)) return null;
  return payload;
}
