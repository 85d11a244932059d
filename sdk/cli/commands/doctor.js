// helix-sdk doctor: is every tool the SDK runs installed, and which version?

import { spawnSync } from 'node:child_process';

import { installCommand, locate, REQUIREMENTS } from '../../toolchain/requirements.js';
import { which } from '../../toolchain/which.js';

export const command = 'doctor';
export const describe = 'check the cross compilers, QEMU and test tools, with the command that installs what is missing';

export function builder(y) {
  return y.epilogue('Exit status 0 when everything is installed, 1 otherwise.');
}

function versionOf(file, { versionArgs = ['--version'], versionLine = /\S/ }) {
  if (versionArgs === null) return file;
  const r = spawnSync(file, versionArgs, { encoding: 'utf8', timeout: 10000 });
  const line = `${r.stdout ?? ''}${r.stderr ?? ''}`.split('\n').find((l) => versionLine.test(l)) ?? '';
  return line.trim() || 'installed (version unknown)';
}

export function handler() {
  const missing = [];
  const width = Math.max(...REQUIREMENTS.map((r) => r.command.length));
  process.stdout.write(`node ${process.version}\n`);
  for (const req of REQUIREMENTS) {
    const found = locate(req, which);
    if (found) {
      process.stdout.write(`ok       ${req.command.padEnd(width)}  ${req.file ? found : versionOf(found, req)}\n`);
    } else {
      missing.push(req);
      process.stdout.write(`MISSING  ${req.command.padEnd(width)}  ${req.purpose}\n`);
      process.stdout.write(`         ${''.padEnd(width)}  install: ${installCommand(req.packages)}\n`);
    }
  }
  if (missing.length) {
    process.stdout.write(`\n${missing.length} tool(s) missing. Install them all with:\n  ` +
      `${installCommand(missing.flatMap((r) => r.packages))}\n(or run \`npm run bootstrap\`)\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write('\nEverything helix-sdk needs is installed.\n');
  }
}
