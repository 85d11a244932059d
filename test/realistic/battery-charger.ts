// Li-ion single-cell charger controller firmware: precharge -> constant current ->
// constant voltage -> done, with fault detection (over-temperature, timeout, bad cell).
// The cell is simulated with a simple open-circuit-voltage + internal-resistance model.

const enum ChargePhase {
  Idle,
  Precharge,
  ConstantCurrent,
  ConstantVoltage,
  Done,
  Fault,
}

enum FaultCode {
  None = 0,
  OverTemp = 0x10,
  Timeout = 0x20,
  DeadCell = 0x30,
}

interface ChargerLimits {
  readonly prechargeThreshold: number; // V
  readonly prechargeCurrent: number; // A
  readonly fastCurrent: number; // A
  readonly targetVoltage: number; // V
  readonly terminationCurrent: number; // A
  readonly maxTempC: number;
  readonly maxTicks: number;
}

interface Telemetry {
  voltage: number;
  current: number;
  tempC: number;
  tick: number;
}

class SimCell {
  private soc: number; // state of charge 0..1
  private temp = 25;
  constructor(startSoc: number, private readonly capacityAh: number, private readonly rInt = 0.12) {
    this.soc = startSoc;
  }
  get ocv(): number {
    // piecewise OCV curve
    const s = this.soc;
    if (s < 0.05) return 2.8 + s * 8;
    if (s < 0.9) return 3.2 + (s - 0.05) * 0.95;
    return 4.0075 + (s - 0.9) * 1.9;
  }
  get stateOfCharge(): number {
    return this.soc;
  }
  get temperature(): number {
    return this.temp;
  }
  // apply a current for one tick (1 s simulated as 60 s of charge to keep the run short)
  step(currentA: number): Telemetry {
    this.soc = Math.min(1, this.soc + (currentA * 60) / (this.capacityAh * 3600));
    this.temp += currentA * currentA * 0.35 - (this.temp - 25) * 0.08;
    return { voltage: this.ocv + currentA * this.rInt, current: currentA, tempC: this.temp, tick: 0 };
  }
}

abstract class PhaseState {
  abstract readonly phase: ChargePhase;
  abstract readonly label: string;
  enter(ctx: Charger): void {
    ctx.log(`enter ${this.label}`);
  }
  abstract update(ctx: Charger, t: Telemetry): PhaseState | null;
}

class IdleState extends PhaseState {
  readonly phase = ChargePhase.Idle;
  readonly label = "IDLE";
  update(ctx: Charger, t: Telemetry): PhaseState | null {
    return t.voltage < ctx.limits.prechargeThreshold ? new PrechargeState() : new CcState();
  }
}

class PrechargeState extends PhaseState {
  readonly phase = ChargePhase.Precharge;
  readonly label = "PRECHARGE";
  private ticks = 0;
  enter(ctx: Charger): void {
    super.enter(ctx);
    ctx.setCurrent(ctx.limits.prechargeCurrent);
  }
  update(ctx: Charger, t: Telemetry): PhaseState | null {
    this.ticks++;
    if (this.ticks > 30) return new FaultState(FaultCode.DeadCell);
    if (t.voltage >= ctx.limits.prechargeThreshold) return new CcState();
    return null;
  }
}

class CcState extends PhaseState {
  readonly phase = ChargePhase.ConstantCurrent;
  readonly label = "CC";
  enter(ctx: Charger): void {
    super.enter(ctx);
    ctx.setCurrent(ctx.limits.fastCurrent);
  }
  update(ctx: Charger, t: Telemetry): PhaseState | null {
    return t.voltage >= ctx.limits.targetVoltage ? new CvState() : null;
  }
}

class CvState extends PhaseState {
  readonly phase = ChargePhase.ConstantVoltage;
  readonly label = "CV";
  update(ctx: Charger, t: Telemetry): PhaseState | null {
    // simple proportional regulator holding the terminal voltage
    const err = ctx.limits.targetVoltage - t.voltage;
    const next = Math.max(0, Math.min(ctx.limits.fastCurrent, t.current + err * 2.5));
    ctx.setCurrent(next);
    return next <= ctx.limits.terminationCurrent ? new DoneState() : null;
  }
}

class DoneState extends PhaseState {
  readonly phase = ChargePhase.Done;
  readonly label = "DONE";
  enter(ctx: Charger): void {
    super.enter(ctx);
    ctx.setCurrent(0);
  }
  update(): PhaseState | null {
    return null;
  }
}

class FaultState extends PhaseState {
  readonly phase = ChargePhase.Fault;
  readonly label: string;
  constructor(readonly code: FaultCode) {
    super();
    this.label = `FAULT(${FaultCode[code]}:0x${code.toString(16).padStart(2, "0")})`;
  }
  enter(ctx: Charger): void {
    super.enter(ctx);
    ctx.setCurrent(0);
  }
  update(): PhaseState | null {
    return null;
  }
}

class Charger {
  private state: PhaseState = new IdleState();
  private current = 0;
  private tick = 0;
  private readonly transitions: string[] = [];
  private energyWh = 0;
  constructor(readonly name: string, private readonly cell: SimCell, readonly limits: ChargerLimits) {}

  log(msg: string): void {
    const line = `[${this.name} t=${String(this.tick).padStart(3, "0")}] ${msg}`;
    this.transitions.push(line);
    console.log(line);
  }
  setCurrent(a: number): void {
    this.current = Math.round(a * 1000) / 1000;
  }
  get phase(): ChargePhase {
    return this.state.phase;
  }
  get history(): readonly string[] {
    return this.transitions;
  }

  run(): FaultCode {
    this.state.enter(this);
    while (this.tick < this.limits.maxTicks) {
      this.tick++;
      const t = this.cell.step(this.current);
      t.tick = this.tick;
      this.energyWh += (t.voltage * t.current) / 60;
      if (this.tick % 10 === 0) {
        console.log(
          this.name, this.tick, this.state.label, t.voltage.toFixed(3), t.current.toFixed(3),
          t.tempC.toFixed(1), (this.cell.stateOfCharge * 100).toFixed(1),
        );
      }
      let next: PhaseState | null;
      if (t.tempC > this.limits.maxTempC && this.phase !== ChargePhase.Fault) {
        next = new FaultState(FaultCode.OverTemp);
      } else {
        next = this.state.update(this, t);
      }
      if (next) {
        this.log(`${this.state.label} -> ${next.label}`);
        this.state = next;
        next.enter(this);
      }
      if (this.phase === ChargePhase.Done || this.phase === ChargePhase.Fault) break;
    }
    if (this.tick >= this.limits.maxTicks && this.phase !== ChargePhase.Done && this.phase !== ChargePhase.Fault) {
      const f = new FaultState(FaultCode.Timeout);
      this.log(`${this.state.label} -> ${f.label}`);
      this.state = f;
      f.enter(this);
    }
    console.log(`${this.name}: energy ${this.energyWh.toFixed(4)} Wh, soc ${this.cell.stateOfCharge.toFixed(4)}`);
    return this.state instanceof FaultState ? this.state.code : FaultCode.None;
  }
}

const baseLimits: ChargerLimits = {
  prechargeThreshold: 3.0,
  prechargeCurrent: 0.1,
  fastCurrent: 1.0,
  targetVoltage: 4.2,
  terminationCurrent: 0.05,
  maxTempC: 45,
  maxTicks: 400,
};

function main(): void {
  const scenarios: Array<[string, number, Partial<ChargerLimits>]> = [
    ["A", 0.01, {}],
    ["B", 0.5, { fastCurrent: 1.5 }],
    ["C", 0.02, { maxTicks: 40 }],
    ["D", 0.3, { fastCurrent: 3.2, maxTempC: 40 }],
  ];
  const results = new Map<string, FaultCode>();
  for (const [name, soc, overrides] of scenarios) {
    const limits: ChargerLimits = { ...baseLimits, ...overrides };
    const ch = new Charger(name, new SimCell(soc, 0.8), limits);
    const code = ch.run();
    results.set(name, code);
    console.log(name, "transitions", ch.history.length, "final", code, FaultCode[code]);
  }
  let faults = 0;
  results.forEach((code, name) => {
    if (code !== FaultCode.None) faults++;
    console.log(`summary ${name}: ${code === FaultCode.None ? "ok" : "fault " + FaultCode[code]}`);
  });
  console.log("faults", faults, "of", results.size);
}

main();
