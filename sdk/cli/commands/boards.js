// helix-sdk boards: list the boards the SDK (and the current project) define.

import { boardDirs, listBoards } from '../../board/load.js';

export const command = 'boards';
export const describe = 'list the boards you can build for';

export function builder(y) {
  return y.epilogue('A board is one TOML file in boards/ (yours in ./boards/ are listed too); ' +
    'see docs/architecture.md#boards for the format.');
}

export function handler() {
  const list = listBoards(boardDirs());
  const width = Math.max(...list.map((b) => b.name.length));
  const twidth = Math.max(...list.map((b) => b.target.length));
  for (const b of list) process.stdout.write(`${b.name.padEnd(width)}  ${b.target.padEnd(twidth)}  ${b.description}\n`);
}
