// Attitude estimator of a balancing robot: a 2-state Kalman filter (tilt angle, gyro bias)
// fusing a biased, noisy rate gyro with a noisy accelerometer tilt, built on a small generic
// Matrix class (Float64Array storage) with multiply, transpose, add/sub and 2x2/NxN inverse.

class MatrixError extends Error {
  constructor(op: string, a: Matrix, b?: Matrix) {
    super(`${op}: ${a.shape}${b ? " vs " + b.shape : ""}`);
    this.name = "MatrixError";
  }
}

class Matrix {
  readonly data: Float64Array;

  constructor(readonly rows: number, readonly cols: number, values?: ArrayLike<number>) {
    this.data = new Float64Array(rows * cols);
    if (values) {
      if (values.length !== rows * cols) throw new RangeError(`expected ${rows * cols} values, got ${values.length}`);
      this.data.set(values);
    }
  }

  static identity(n: number, scale = 1): Matrix {
    const m = new Matrix(n, n);
    for (let i = 0; i < n; i++) m.set(i, i, scale);
    return m;
  }

  static from(rows: number[][]): Matrix {
    const flat: number[] = [];
    rows.forEach((r) => flat.push(...r));
    return new Matrix(rows.length, rows[0]?.length ?? 0, flat);
  }

  get shape(): string {
    return `${this.rows}x${this.cols}`;
  }

  get(r: number, c: number): number {
    return this.data[r * this.cols + c];
  }

  set(r: number, c: number, v: number): void {
    this.data[r * this.cols + c] = v;
  }

  private zip(other: Matrix, op: string, f: (a: number, b: number) => number): Matrix {
    if (other.rows !== this.rows || other.cols !== this.cols) throw new MatrixError(op, this, other);
    const out = new Matrix(this.rows, this.cols);
    for (let i = 0; i < this.data.length; i++) out.data[i] = f(this.data[i], other.data[i]);
    return out;
  }

  add(o: Matrix): Matrix {
    return this.zip(o, "add", (a, b) => a + b);
  }

  sub(o: Matrix): Matrix {
    return this.zip(o, "sub", (a, b) => a - b);
  }

  scale(k: number): Matrix {
    return new Matrix(this.rows, this.cols, this.data.map((v) => v * k));
  }

  mul(o: Matrix): Matrix {
    if (this.cols !== o.rows) throw new MatrixError("mul", this, o);
    const out = new Matrix(this.rows, o.cols);
    for (let i = 0; i < this.rows; i++) {
      for (let j = 0; j < o.cols; j++) {
        let acc = 0;
        for (let k = 0; k < this.cols; k++) acc += this.get(i, k) * o.get(k, j);
        out.set(i, j, acc);
      }
    }
    return out;
  }

  get T(): Matrix {
    const out = new Matrix(this.cols, this.rows);
    for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.cols; j++) out.set(j, i, this.get(i, j));
    return out;
  }

  /** Gauss-Jordan inverse with partial pivoting. */
  inverse(): Matrix {
    const n = this.rows;
    if (n !== this.cols) throw new MatrixError("inverse", this);
    const a = new Matrix(n, n, this.data);
    const inv = Matrix.identity(n);
    for (let col = 0; col < n; col++) {
      let pivot = col;
      for (let r = col + 1; r < n; r++) if (Math.abs(a.get(r, col)) > Math.abs(a.get(pivot, col))) pivot = r;
      const p = a.get(pivot, col);
      if (Math.abs(p) < 1e-12) throw new MatrixError("singular", this);
      if (pivot !== col) {
        for (let c = 0; c < n; c++) {
          [a.data[col * n + c], a.data[pivot * n + c]] = [a.data[pivot * n + c], a.data[col * n + c]];
          [inv.data[col * n + c], inv.data[pivot * n + c]] = [inv.data[pivot * n + c], inv.data[col * n + c]];
        }
      }
      for (let c = 0; c < n; c++) {
        a.set(col, c, a.get(col, c) / p);
        inv.set(col, c, inv.get(col, c) / p);
      }
      for (let r = 0; r < n; r++) {
        if (r === col) continue;
        const f = a.get(r, col);
        if (f === 0) continue;
        for (let c = 0; c < n; c++) {
          a.set(r, c, a.get(r, c) - f * a.get(col, c));
          inv.set(r, c, inv.get(r, c) - f * inv.get(col, c));
        }
      }
    }
    return inv;
  }

  toString(digits = 4): string {
    const rows: string[] = [];
    for (let i = 0; i < this.rows; i++) {
      const cells: string[] = [];
      for (let j = 0; j < this.cols; j++) cells.push(this.get(i, j).toFixed(digits).padStart(digits + 5));
      rows.push(`[${cells.join(" ")}]`);
    }
    return rows.join(" ");
  }
}

interface KalmanConfig {
  qAngle: number;
  qBias: number;
  rMeasure: number;
  dt: number;
}

class TiltKalman {
  private x = new Matrix(2, 1);
  private P = Matrix.identity(2, 1);
  private readonly F: Matrix;
  private readonly B: Matrix;
  private readonly H = new Matrix(1, 2, [1, 0]);
  private readonly Q: Matrix;
  private readonly R: Matrix;
  private readonly I2 = Matrix.identity(2);
  innovations = 0;

  constructor({ qAngle, qBias, rMeasure, dt }: KalmanConfig) {
    this.F = new Matrix(2, 2, [1, -dt, 0, 1]);
    this.B = new Matrix(2, 1, [dt, 0]);
    this.Q = new Matrix(2, 2, [qAngle * dt, 0, 0, qBias * dt]);
    this.R = new Matrix(1, 1, [rMeasure]);
  }

  get angle(): number {
    return this.x.get(0, 0);
  }

  get bias(): number {
    return this.x.get(1, 0);
  }

  get covariance(): Matrix {
    return this.P;
  }

  step(gyroRate: number, accelAngle: number): number {
    // predict
    this.x = this.F.mul(this.x).add(this.B.scale(gyroRate));
    this.P = this.F.mul(this.P).mul(this.F.T).add(this.Q);
    // update
    const y = accelAngle - this.H.mul(this.x).get(0, 0);
    const S = this.H.mul(this.P).mul(this.H.T).add(this.R);
    const K = this.P.mul(this.H.T).mul(S.inverse());
    this.x = this.x.add(K.scale(y));
    this.P = this.I2.sub(K.mul(this.H)).mul(this.P);
    this.innovations += y * y;
    return this.angle;
  }
}

class Rng {
  constructor(private s: number) {}
  uniform(): number {
    this.s = (Math.imul(this.s ^ (this.s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) | 0;
    return ((this.s >>> 0) % 1000003) / 1000003;
  }
  normal(): number {
    let acc = 0;
    for (let i = 0; i < 12; i++) acc += this.uniform();
    return acc - 6;
  }
}

// --- matrix self-test
const A = Matrix.from([[4, 7, 2], [3, 6, 1], [2, 5, 3]]);
const Ainv = A.inverse();
console.log("A", A.toString(1));
console.log("A^-1", Ainv.toString());
console.log("A*A^-1", A.mul(Ainv).toString(6));
console.log("A^T", A.T.toString(0), "shape", A.mul(Matrix.identity(3)).shape);
for (const bad of [() => A.mul(new Matrix(2, 2)), () => Matrix.from([[1, 2], [2, 4]]).inverse(), () => new Matrix(2, 2, [1])]) {
  try {
    bad();
  } catch (e) {
    console.log(e instanceof MatrixError ? "MatrixError" : (e as Error).name, (e as Error).message);
  }
}

// --- simulation: robot tilting back and forth, gyro with 0.8 deg/s bias
const dt = 0.01;
const kf = new TiltKalman({ qAngle: 0.001, qBias: 0.003, rMeasure: 0.03, dt });
const rng = new Rng(20240601);
let trueAngle = 0;
let gyroOnly = 0;
let sqErrKf = 0, sqErrAcc = 0, sqErrGyro = 0;
const N = 200; // 2 s: every step allocates its matrices, and the arena is never freed
for (let k = 0; k < N; k++) {
  const t = k * dt;
  const rate = 30 * Math.cos(2 * Math.PI * 1.5 * t) * (t < 1.2 ? 1 : 0.2); // deg/s
  trueAngle += rate * dt;
  const gyro = rate + 0.8 + 0.5 * rng.normal();
  const accel = trueAngle + 2.0 * rng.normal();
  gyroOnly += gyro * dt;
  const est = kf.step(gyro, accel);
  sqErrKf += (est - trueAngle) ** 2;
  sqErrAcc += (accel - trueAngle) ** 2;
  sqErrGyro += (gyroOnly - trueAngle) ** 2;
  if (k % 10 === 0 || k === N - 1) {
    console.log(
      `t=${t.toFixed(2)} true=${trueAngle.toFixed(3)} kf=${est.toFixed(3)} acc=${accel.toFixed(2)} gyro=${gyroOnly.toFixed(2)}`,
      "bias", kf.bias.toFixed(4),
    );
  }
}
const rms = (s: number): string => Math.sqrt(s / N).toFixed(4);
console.log("rms error kf", rms(sqErrKf), "accel", rms(sqErrAcc), "gyro", rms(sqErrGyro));
console.log("P", kf.covariance.toString(6));
console.log("innovation energy", kf.innovations.toFixed(3), "bias estimate near 0.8:", Math.abs(kf.bias - 0.8) < 0.3);
