// A hierarchy of error classes.
class HardwareError extends Error {
  constructor(message: string, readonly device: string) { super(message); }
}
class TimeoutError extends HardwareError {
  constructor(device: string, readonly ms: number) {
    super(`${device} timed out after ${ms} ms`, device);
    this.name = "TimeoutError";
  }
}
const errors: Error[] = [new TimeoutError("i2c0", 50), new HardwareError("bus fault", "spi1"), new RangeError("r")];
for (const e of errors) {
  const hw = e instanceof HardwareError;
  console.log(e.name, e.message, hw, e instanceof TimeoutError, hw ? (e as HardwareError).device : "-");
}
