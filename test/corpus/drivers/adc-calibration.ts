// Two-point calibration of an ADC channel.
class AdcChannel {
  private gain = 1;
  private offset = 0;
  calibrate(raw1: number, v1: number, raw2: number, v2: number): void {
    this.gain = (v2 - v1) / (raw2 - raw1);
    this.offset = v1 - raw1 * this.gain;
  }
  volts(raw: number): number { return raw * this.gain + this.offset; }
}
const ch = new AdcChannel();
ch.calibrate(410, 0.5, 3686, 4.5);
for (const raw of [0, 410, 2048, 3686, 4095]) console.log(raw, ch.volts(raw).toFixed(4));
