/**
 * The Helix SDK API for application code: `import { ... } from "helix-sdk"`.
 * @packageDocumentation
 */
export { readByte, readLine } from './console.ts';
