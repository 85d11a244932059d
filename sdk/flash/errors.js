// Flashing and serial-port failures: each a kind with its own exit code and a
// remedy (`helix-sdk flash` and `monitor` print the message, then the hint).

export const FLASH_EXIT = {
  board: 2, // the board has no [flash] table, or the options contradict it
  nack: 10,
  timeout: 11,
  silent: 12,
  garbage: 13,
  'wrong-chip': 14,
  verify: 15,
  'read-protected': 16,
  image: 17,
  'no-port': 18,
  permission: 19,
  busy: 20,
  port: 21,
  interrupted: 130, // Ctrl-C, as a shell reports SIGINT
};

export class FlashError extends Error {
  /** @param {keyof FLASH_EXIT} kind @param {string} message @param {string} [hint] */
  constructor(kind, message, hint) {
    super(message);
    this.name = 'FlashError';
    this.kind = kind;
    this.hint = hint;
    this.exitCode = FLASH_EXIT[kind] ?? 1;
  }
}
