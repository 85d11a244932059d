// A tiny event dispatcher with handler tables.
type Handler = (payload: number) => string;
const table = new Map<string, Handler>();
function on(event: string, h: Handler): void { table.set(event, h); }
function emit(event: string, payload: number): string {
  const h = table.get(event);
  return h ? h(payload) : `unhandled ${event}`;
}
on("temp", (c) => `temperature ${c}C`);
on("button", (n) => (n === 1 ? "pressed" : "released"));
console.log(emit("temp", 21), emit("button", 1), emit("button", 0), emit("door", 1));
