// Found by the fuzzer (seed L1 #446; L2 #470, L3 #91 and #426): a value read past a typed array's end is undefined
// although declared a number; == compared its raw value (undefined == 0 was true), and a DataView setter
// stored it as 0 where JavaScript converts it to NaN.
const ta = new Int16Array(4);
const arr: number[] = [1, 2];
let v: number = ta[ta.length];
let w: number = arr[5];
const z: number = -0;
console.log(v + 1, v == 0, v != 0, v == z, v != z, v === undefined, v < 1, v >= 0, w == 0, w != 0, w == z);
console.log(v == w, v != w, w === v);
const n: any = null; const un: any = undefined; const ob: any = {};
let q: number = ta[9];
console.log(q == n, q != n, q == un, q == ob, q != ob, q == (NaN as number), n == un, ob == n, 0 == q, q == 5, (ta[1] as number) == 0, ta[1] != 0);
{
  const buf = new ArrayBuffer(16);
  const dv = new DataView(buf);
  const empty = new Uint32Array(0);
  const arr: number[] = [];
  dv.setFloat32(0, empty[0], true);
  dv.setFloat64(8, arr[3]);
  console.log(dv.getUint32(0, true), dv.getUint32(8), dv.getUint32(12));
  dv.setUint16(4, empty[1]);
  dv.setInt8(6, arr[0] as number);
  dv.setFloat32(empty[0] as number, 1.5);
  console.log(dv.getUint16(4), dv.getInt8(6), dv.getFloat32(0));
}
// (seed L3 #426) x-- and x++ on such a local counted from 0; JavaScript's give NaN
{
  const src: number[] = [];
  const [a] = src;
  let y: number = a;
  let z: number = a;
  const out: number[] = [];
  for (let i = 0; i < 3; i++) out.push(y--);
  console.log(out.join(','), y, ++z, z);
  let s: any = '5';
  s++;
  let t: any = '7';
  console.log(s, --t, typeof t);
}
