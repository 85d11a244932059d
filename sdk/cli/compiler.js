// The compiler (TypeScript, esbuild, Porffor) takes most of a second to load, so the CLI loads it only when a
// command builds: `flash --image`, `monitor`, `boards` and `doctor` start at once.

export const loadCompiler = () => import('../../codegen/build.js');
