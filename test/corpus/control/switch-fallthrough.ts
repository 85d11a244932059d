// switch with fall-through groups, strings and a default.
function classify(code: number): string {
  switch (code) {
    case 0: return "ok";
    case 1:
    case 2: return "retry";
    case 3: { const x = code * 2; return `special ${x}`; }
    default: return "fail";
  }
}
for (const c of [0, 1, 2, 3, 4]) console.log(c, classify(c));
let cmd = "stop";
switch (cmd) {
  case "go": console.log("going"); break;
  case "stop": console.log("stopping");
  case "halt": console.log("halted"); break;
  default: console.log("unknown");
}
