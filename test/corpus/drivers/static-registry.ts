// Static class members as a driver registry.
class Registry {
  static count = 0;
  static names: string[] = [];
  static register(name: string): number {
    Registry.names.push(name);
    return ++Registry.count;
  }
}
console.log(Registry.register("uart"), Registry.register("spi"), Registry.register("i2c"));
console.log(Registry.count, Registry.names.join(","));
