// PWM compare values for a duty cycle at a timer period.
class Pwm {
  constructor(private readonly period: number) {}
  compare(dutyPercent: number): number {
    const d = Math.max(0, Math.min(100, dutyPercent));
    return Math.round((this.period * d) / 100);
  }
}
const pwm = new Pwm(999);
for (const d of [0, 12.5, 33.3, 50, 99.9, 100, 120, -5]) console.log(d, pwm.compare(d));
