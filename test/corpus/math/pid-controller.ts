// A PID controller driving a first-order plant.
class Pid {
  private integral = 0;
  private prevError = 0;
  constructor(private kp: number, private ki: number, private kd: number) {}
  update(setpoint: number, measured: number, dt: number): number {
    const error = setpoint - measured;
    this.integral += error * dt;
    const derivative = (error - this.prevError) / dt;
    this.prevError = error;
    return this.kp * error + this.ki * this.integral + this.kd * derivative;
  }
}
const pid = new Pid(0.8, 0.2, 0.05);
let temp = 20;
for (let step = 0; step < 10; step++) {
  const power = pid.update(50, temp, 1);
  temp += power * 0.5 - (temp - 20) * 0.1;
  console.log(step, temp.toFixed(3), power.toFixed(3));
}
