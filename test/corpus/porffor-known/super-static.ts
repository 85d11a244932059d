// super in a static method is refused at build time.
class Base { static kind(): string { return "base"; } }
class Mid extends Base { static kind(): string { return "mid<" + super.kind() + ">"; } }
console.log(Mid.kind());
