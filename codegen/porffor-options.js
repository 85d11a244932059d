// The options Porffor runs with, for program compiles and for re-precompiling
// its builtins (porffor-patches/index.js): both must agree, because the
// precompiled builtins bake in the slot size.

/**
 * Porffor's "page size": the slot each growable array, object and string gets,
 * and the unit static data is laid out in. Porffor's default (16 KiB) gives a
 * three-element array 16 KiB of RAM; 2 KiB holds an array of 227 values, an
 * object of 113 properties or a string of 2,044 bytes built in place.
 */
export const SLOT_BYTES = 2048;

/**
 * Module mode turns `export function` into Wasm exports; opt-types is off
 * because it miscompiles annotated returns (see ../shared/notes/porffor.md §3.8).
 */
export const PORFFOR_ARGS = ['--module', '--no-opt-types', `--page-size=${SLOT_BYTES}`];

/** The options Porffor's builtins are precompiled with (its own defaults otherwise). */
export const PRECOMPILE_ARGS = [`--page-size=${SLOT_BYTES}`];
