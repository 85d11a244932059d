// A layered protocol across modules: framing, checksum and dispatch.
import { frame, unframe } from "./framing";
import { Dispatcher } from "./dispatch";
const d = new Dispatcher();
d.on(1, (p) => `ping ${p.length}`);
d.on(2, (p) => `data ${p.join(",")}`);
for (const msg of [[1], [2, 10, 20], [9, 1]]) {
  const wire = frame(msg);
  const back = unframe(wire);
  console.log(wire.join(" "), "->", back === null ? "bad frame" : d.dispatch(back));
}
const bad = unframe([0x7E, 1, 5, 0x7E]);
console.log(bad === null ? "rejected" : bad.join(","));
