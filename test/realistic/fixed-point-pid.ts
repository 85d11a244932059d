// Motor speed loop of a small brushed-DC drive: a Q16.16 fixed-point PID controller
// with output clamping and conditional-integration anti-windup, driving a simulated
// first-order plant with dead time. Logs the step response and settling metrics.

const Q_SHIFT = 16;
const Q_ONE = 1 << Q_SHIFT;
const Q_MAX = 0x7fffffff;
const Q_MIN = -0x80000000;

const enum Mode {
  Manual,
  Auto,
}

enum SaturationState {
  None = "none",
  High = "high",
  Low = "low",
}

interface PidGains {
  readonly kp: number;
  readonly ki: number;
  readonly kd: number;
}

interface Limits {
  min: number;
  max: number;
}

/** Fixed-point helpers: all values are int32 holding Q16.16. */
function toQ(x: number): number {
  return Math.round(x * Q_ONE) | 0;
}

function fromQ(q: number): number {
  return q / Q_ONE;
}

function qsat(x: number): number {
  if (x > Q_MAX) return Q_MAX;
  if (x < Q_MIN) return Q_MIN;
  return x | 0;
}

/** 32x32 -> 64 bit product shifted right by 16, with saturation, built from 16-bit halves. */
function qmul(a: number, b: number): number {
  const neg = (a < 0) !== (b < 0);
  const ua = Math.abs(a) >>> 0;
  const ub = Math.abs(b) >>> 0;
  const ah = ua >>> 16, al = ua & 0xffff;
  const bh = ub >>> 16, bl = ub & 0xffff;
  const hi = ah * bh;                    // weight 2^32 -> 2^16 after shift
  const mid = ah * bl + al * bh;         // weight 2^16 -> 2^0
  const lo = (al * bl) >>> 16;           // weight 2^0 -> 2^-16
  const mag = hi * Q_ONE + mid + lo;
  return qsat(neg ? -mag : mag);
}

function qdiv(a: number, b: number): number {
  if (b === 0) throw new FixedPointError(`division by zero (a=${a})`);
  return qsat(Math.trunc((a * Q_ONE) / b));
}

class FixedPointError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FixedPointError";
  }
}

class PidController {
  private integral = 0;
  private prevMeasurement = 0;
  private mode: Mode = Mode.Auto;
  private sat: SaturationState = SaturationState.None;
  private readonly kp: number;
  private readonly ki: number;
  private readonly kd: number;
  private satCount = 0;

  constructor(gains: PidGains, private readonly limits: Limits, readonly dtQ: number) {
    this.kp = toQ(gains.kp);
    this.ki = qmul(toQ(gains.ki), dtQ);
    this.kd = qdiv(toQ(gains.kd), dtQ);
  }

  get saturation(): SaturationState {
    return this.sat;
  }

  get saturatedSteps(): number {
    return this.satCount;
  }

  set manual(on: boolean) {
    this.mode = on ? Mode.Manual : Mode.Auto;
  }

  reset(measurement: number): void {
    this.integral = 0;
    this.prevMeasurement = measurement;
  }

  update(setpoint: number, measurement: number, manualOut = 0): number {
    if (this.mode === Mode.Manual) {
      this.prevMeasurement = measurement;
      return manualOut;
    }
    const error = (setpoint - measurement) | 0;
    const p = qmul(this.kp, error);
    // derivative on measurement avoids the setpoint kick
    const d = -qmul(this.kd, (measurement - this.prevMeasurement) | 0);
    this.prevMeasurement = measurement;
    const candidateI = qsat(this.integral + qmul(this.ki, error));
    let out = qsat(p + candidateI + d);
    const { min, max } = this.limits;
    if (out > max) {
      out = max;
      this.sat = SaturationState.High;
      this.satCount++;
      if (error < 0) this.integral = candidateI; // only integrate back out of saturation
    } else if (out < min) {
      out = min;
      this.sat = SaturationState.Low;
      this.satCount++;
      if (error > 0) this.integral = candidateI;
    } else {
      this.sat = SaturationState.None;
      this.integral = candidateI;
    }
    return out;
  }

  get integralTerm(): number {
    return this.integral;
  }
}

/** First-order motor model with transport delay, in Q16.16: y' = (K*u - y)/tau. */
class Plant {
  private readonly delayLine: Int32Array;
  private head = 0;
  private y = 0;

  constructor(private readonly gainQ: number, private readonly alphaQ: number, delaySteps: number) {
    this.delayLine = new Int32Array(Math.max(1, delaySteps));
  }

  step(u: number): number {
    const delayed = this.delayLine[this.head];
    this.delayLine[this.head] = u;
    this.head = (this.head + 1) % this.delayLine.length;
    const target = qmul(this.gainQ, delayed);
    this.y = qsat(this.y + qmul(this.alphaQ, (target - this.y) | 0));
    return this.y;
  }

  get output(): number {
    return this.y;
  }
}

interface StepMetrics {
  riseStep: number;
  overshootPct: number;
  settleStep: number;
  finalValue: number;
}

function analyse(samples: Int32Array, target: number): StepMetrics {
  let riseStep = -1;
  let peak = Q_MIN;
  for (let i = 0; i < samples.length; i++) {
    const v = samples[i];
    if (riseStep < 0 && v >= qmul(target, toQ(0.9))) riseStep = i;
    if (v > peak) peak = v;
  }
  const band = qmul(target, toQ(0.02));
  let settleStep = samples.length;
  for (let i = samples.length - 1; i >= 0; i--) {
    if (Math.abs(samples[i] - target) > band) {
      settleStep = i + 1;
      break;
    }
  }
  const overshootPct = peak > target ? ((peak - target) / target) * 100 : 0;
  return { riseStep, overshootPct, settleStep, finalValue: samples[samples.length - 1] };
}

function runScenario(name: string, gains: PidGains, setpointRpm: number, steps = 120): StepMetrics {
  const dt = toQ(0.01);
  const pid = new PidController(gains, { min: toQ(-12), max: toQ(12) }, dt);
  const plant = new Plant(toQ(250), toQ(0.08), 3);
  const sp = toQ(setpointRpm);
  const log = new Int32Array(steps);
  pid.reset(plant.output);
  console.log(`== ${name}: kp=${gains.kp} ki=${gains.ki} kd=${gains.kd} sp=${setpointRpm}`);
  for (let k = 0; k < steps; k++) {
    pid.manual = k < 5; // hold the output for the first few ticks
    const u = pid.update(sp, plant.output, 0);
    const y = plant.step(u);
    log[k] = y;
    if (k % 10 === 0 || k === steps - 1) {
      console.log(
        `t=${(k * 10).toString().padStart(4)}ms u=${fromQ(u).toFixed(3).padStart(8)}V`,
        `y=${fromQ(y).toFixed(2).padStart(8)}rpm`,
        pid.saturation,
        (pid.integralTerm >> 8).toString(16),
      );
    }
  }
  const m = analyse(log, sp);
  console.log("rise", m.riseStep, "overshoot%", m.overshootPct.toFixed(2), "settle", m.settleStep,
    "final", fromQ(m.finalValue), "satSteps", pid.saturatedSteps);
  return m;
}

function selfTest(): void {
  const cases: Array<[number, number]> = [[1.5, 2.25], [-3.75, 0.5], [100, -0.01], [-0.5, -0.5], [30000, 3]];
  for (const [a, b] of cases) {
    const q = qmul(toQ(a), toQ(b));
    console.log("qmul", a, b, q, fromQ(q), (q >>> 0).toString(16).padStart(8, "0"));
  }
  console.log("qdiv", fromQ(qdiv(toQ(7), toQ(2))), fromQ(qdiv(toQ(-1), toQ(3))));
  try {
    qdiv(toQ(1), 0);
  } catch (e) {
    if (e instanceof FixedPointError) console.log("caught", e.name, e.message);
    else throw e;
  } finally {
    console.log("selftest done");
  }
}

selfTest();
const results = new Map<string, StepMetrics>();
const tunings: Array<{ name: string; gains: PidGains; sp?: number }> = [
  { name: "conservative", gains: { kp: 0.003, ki: 0.02, kd: 0 } },
  { name: "aggressive", gains: { kp: 0.008, ki: 0.06, kd: 0.00002 }, sp: 1500 },
  { name: "windup", gains: { kp: 0.006, ki: 0.3, kd: 0 }, sp: 2900 },
];
for (const { name, gains, sp = 1000 } of tunings) {
  results.set(name, runScenario(name, gains, sp));
}
const best = [...results].sort((a, b) => a[1].settleStep - b[1].settleStep)[0];
console.log("best settling:", best[0], best[1].settleStep);
