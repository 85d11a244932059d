// Interfaces with optional members and structural typing.
interface Config { name: string; retries?: number; verbose?: boolean }
function describe(c: Config): string {
  return `${c.name} retries=${c.retries ?? 3} verbose=${c.verbose === true}`;
}
console.log(describe({ name: "a" }), "|", describe({ name: "b", retries: 0, verbose: true }));
type Shape = { kind: "circle"; r: number } | { kind: "rect"; w: number; h: number };
const area = (s: Shape): number => (s.kind === "circle" ? 3 * s.r * s.r : s.w * s.h);
console.log(area({ kind: "circle", r: 2 }), area({ kind: "rect", w: 3, h: 4 }));
