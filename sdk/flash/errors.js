// Flashing failures, each a kind with its own exit code and remedy (sdk/cli/commands/flash.js prints them).

export const FLASH_EXIT = {
  nack: 10, timeout: 11, silent: 12, garbage: 13, 'wrong-chip': 14, verify: 15, 'read-protected': 16, image: 17,
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
