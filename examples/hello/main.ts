// Hello, Helix: modules, classes, a loop and console output. Runs unchanged under
// Node (`npx tsx examples/hello/main.ts`) and prints the same bytes there.
import { Greeter } from "./greeter";
import { Circle, Rectangle, Shape } from "./shapes";
import { RunningStats } from "./stats";

const greeter = new Greeter("Helix");
console.log(greeter.greet());

const shapes: Shape[] = [new Circle(1), new Rectangle(2, 3.5), new Circle(0.5)];
const stats = new RunningStats();
for (const shape of shapes) {
  stats.add(shape.area());
  console.log(shape.describe());
}
console.log("shapes:", stats.count, "total area:", stats.total, "mean:", stats.mean());
console.log("smallest", stats.min, "largest", stats.max);

let squares = "";
for (let i = 1; i <= 10; i++) {
  squares += `${i * i}`;
  if (i < 10) squares += ",";
}
console.log("squares", squares);

console.log("numbers:", 0.1 + 0.2, 1 / 3, -0, 2 ** 53, 1e21, 1.5e-7, -42, NaN);
console.log("%s is %d%% done", "build", 99.5);
console.log("ünïcödé ✓ 🚀");
