export enum Mode { Idle = 0, Run = 1, Fault = 4 }
export const DEFAULT_BAUD = 115200;
export function modeName(m: Mode): string {
  switch (m) {
    case Mode.Idle: return "idle";
    case Mode.Run: return "run";
    case Mode.Fault: return "fault";
  }
}
