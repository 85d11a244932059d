// A connection state machine with a transition table.
type State = "closed" | "listen" | "syn_received" | "established" | "fin_wait";
const transitions: Record<string, State> = {
  "closed:open": "listen",
  "listen:syn": "syn_received",
  "syn_received:ack": "established",
  "established:close": "fin_wait",
  "fin_wait:ack": "closed",
};
let state: State = "closed";
for (const ev of ["open", "syn", "data", "ack", "close", "ack", "ack"]) {
  const next: State | undefined = transitions[`${state}:${ev}`];
  if (next === undefined) console.log(`${state} ignores ${ev}`);
  else { console.log(`${state} --${ev}--> ${next}`); state = next; }
}
