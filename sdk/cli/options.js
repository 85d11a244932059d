// Options shared by the commands that build.


import { SCHEDULERS } from '../board/schema.js';
export const appPositional = {
  describe: 'the application: a .ts file, or a directory with main.ts',
  type: 'string',
};

export const buildOptions = {
  board: {
    alias: 'b',
    describe: 'board to build for (see `helix-sdk boards`), or a path to a board .toml file',
    type: 'string',
    demandOption: 'Pass --board <name>; `helix-sdk boards` lists them.',
    default: process.env.HELIX_BOARD || undefined,
    defaultDescription: '$HELIX_BOARD',
  },
  scheduler: {
    describe: 'scheduler module to build with instead of the board file\'s [runtime] scheduler ' +
      '(cooperative: no preemption, least overhead; dis: preemptive, deadlines and CPU budgets kept)',
    type: 'string',
    choices: SCHEDULERS,
    defaultDescription: 'the board\'s',
  },
  'out-dir': {
    alias: 'o',
    describe: 'where to write the ELF, BIN, map and intermediate files',
    type: 'string',
    defaultDescription: 'build/<board>',
  },
  quiet: {
    alias: 'q',
    describe: 'print no build progress',
    type: 'boolean',
    default: false,
  },
};
