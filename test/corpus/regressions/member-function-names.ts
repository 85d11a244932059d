// A class method or object property named like a top-level function took its
// place: after `class W { write() {} }`, every call `write(x)` ran the method.
function write(x: number): string { return `fn write ${x}`; }
function read(): number { return 3; }
class Port {
  write(x: number): string { return `Port.write ${x}`; }
  static read(): number { return 2; }
}
const sink = {
  write(x: number): string { return `sink.write ${x}`; },
  read: (): number => 1,
};
class Loud extends Port {
  write(x: number): string { return `${super.write(x * 10)} then Loud`; }
}
console.log(write(1), new Port().write(2), sink.write(3), new Loud().write(4), write(5));
console.log(read(), Port.read(), sink.read(), read());
console.log(Port.prototype.write.name, typeof sink.read);
