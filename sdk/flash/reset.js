// Reset recipes: how an adapter's DTR and RTS lines put a board into its
// bootloader, and the state they are left in afterwards (the protocol itself
// starts the program: Go, or the K210's boot command). A recipe is a string of steps,
// "D1|R0|W100|D0": D/R set DTR/RTS (1 = asserted, which drives the pin low),
// W waits that many milliseconds. Boards name a preset (or give a recipe) in
// [flash] reset; `--reset` overrides it.

import { FlashError } from './errors.js';

export const RESET_PRESETS = {
  none: { enter: '', idle: '' },
  // DTR drives NRST and RTS drives BOOT0 (through the usual inverting
  // transistors, so RTS deasserted = BOOT0 high): hold reset, release it with
  // BOOT0 high; afterwards BOOT0 low, so the next reset runs the program.
  'dtr-rts': { enter: 'R0|D1|W100|D0|W500', idle: 'D0|R1' },
  // Sipeed Maix Bit/Dan/Go: IO16 (ISP) on DTR, reset on RTS.
  'k210-dan': { enter: 'D0|R0|W100|D0|R1|W100|R0|D1|W100', idle: 'D0|R0' },
};

const STEP = /^([DRW])(\d+)$/;

/** The recipes for a preset name or a literal entry recipe (whose program is then started by the protocol). */
export function resolveReset(spec) {
  if (RESET_PRESETS[spec]) return RESET_PRESETS[spec];
  const steps = spec.split('|');
  if (!steps.every((s) => STEP.test(s))) {
    throw new FlashError('board', `bad reset recipe "${spec}"`,
      `use ${Object.keys(RESET_PRESETS).join(', ')} or steps like "D1|R0|W100|D0" (D/R: DTR/RTS 1 or 0, W: wait ms)`);
  }
  return { enter: spec, idle: '' };
}

/**
 * Play a recipe on a line ({ setLines }). Returns false, having done nothing
 * else, when the port has no modem lines.
 */
export async function playRecipe(line, recipe, state = { dtr: false, rts: false }) {
  for (const step of recipe.split('|').filter(Boolean)) {
    const [, what, n] = STEP.exec(step);
    if (what === 'W') {
      await new Promise((r) => setTimeout(r, Number(n)));
      continue;
    }
    state[what === 'D' ? 'dtr' : 'rts'] = n === '1';
    if (!(await line.setLines(state))) return false;
  }
  return true;
}
