// Find a program on PATH (Node built-ins only; the bootstrap script uses it too).

import fs from 'node:fs';
import path from 'node:path';

/** Absolute path of `command` on PATH, or null. */
export function which(command, envPath = process.env.PATH ?? '') {
  if (command.includes('/')) return isExecutable(command) ? command : null;
  for (const dir of envPath.split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, command);
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
