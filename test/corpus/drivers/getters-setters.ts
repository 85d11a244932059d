// Getters and setters with validation, as on a configuration object.
class Timer {
  private _prescaler = 1;
  private _reload = 0;
  get prescaler(): number { return this._prescaler; }
  set prescaler(v: number) { this._prescaler = Math.max(1, Math.min(65536, Math.floor(v))); }
  get reload(): number { return this._reload; }
  set reload(v: number) { this._reload = v & 0xffff; }
  get periodTicks(): number { return this._prescaler * (this._reload + 1); }
}
const t = new Timer();
t.prescaler = 84.7; t.reload = 70000;
console.log(t.prescaler, t.reload, t.periodTicks);
t.prescaler = 0;
console.log(t.prescaler, t.periodTicks);
