// Re-exports, default exports and namespace imports.
import * as units from "./units";
import clamp from "./clamp";
import { toFahrenheit as f } from "./units";
console.log(units.toKelvin(25), f(100), clamp(150, 0, 100), units.ABSOLUTE_ZERO);
