// Errors thrown by a driver and handled by the caller.
class DeviceError extends Error {
  constructor(message: string, readonly code: number) {
    super(message);
    this.name = "DeviceError";
  }
}
function readSensor(id: number): number {
  if (id < 0) throw new RangeError(`bad sensor id ${id}`);
  if (id > 3) throw new DeviceError(`sensor ${id} not responding`, 0x42);
  return id * 10;
}
for (const id of [1, -1, 7, 2]) {
  try {
    console.log("value", readSensor(id));
  } catch (e) {
    if (e instanceof DeviceError) console.log("device error", e.message, e.code);
    else if (e instanceof RangeError) console.log("range error", e.message);
    else console.log("other");
  }
}
