// Enums and constants shared between modules.
import { Mode, modeName, DEFAULT_BAUD } from "./config";
const modes = [Mode.Idle, Mode.Run, Mode.Fault];
for (const m of modes) console.log(m, modeName(m));
console.log("baud", DEFAULT_BAUD, Mode.Run + Mode.Fault);
