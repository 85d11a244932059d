export const ABSOLUTE_ZERO = -273.15;
export function toKelvin(c: number): number { return c - ABSOLUTE_ZERO; }
export function toFahrenheit(c: number): number { return (c * 9) / 5 + 32; }
