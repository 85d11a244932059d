// The programs Helix SDK runs, and the Debian packages that provide them.
// Plain data with no dependencies: scripts/bootstrap.js reads it before
// `npm ci` has run, and `helix-sdk doctor` reports against it.

import fs from 'node:fs';

const hostIsX64 = process.arch === 'x64';

/**
 * @typedef {object} Requirement
 * @property {string} command     program looked up on PATH, or the name of a file requirement
 * @property {string} [file]      a file whose presence satisfies the requirement (instead of PATH)
 * @property {string[]} packages  Debian packages that install it (and its companions)
 * @property {string} purpose     what the SDK uses it for
 * @property {string[]|null} [versionArgs]  how to ask its version (default --version; null: it cannot say)
 * @property {RegExp} [versionLine]  which line of the answer is the version (default: the first)
 */

/** @type {Requirement[]} */
export const REQUIREMENTS = [
  {
    command: 'arm-none-eabi-gcc',
    packages: ['gcc-arm-none-eabi', 'binutils-arm-none-eabi', 'libnewlib-arm-none-eabi'],
    purpose: 'C compiler and linker for thumbv7em (Cortex-M) boards',
  },
  {
    command: 'riscv64-unknown-elf-gcc',
    packages: ['gcc-riscv64-unknown-elf', 'binutils-riscv64-unknown-elf', 'picolibc-riscv64-unknown-elf'],
    purpose: 'C compiler and linker for riscv64 boards',
  },
  {
    command: 'x86_64-linux-gnu-gcc',
    packages: hostIsX64 ? ['gcc', 'binutils-x86-64-linux-gnu'] : ['gcc-x86-64-linux-gnu', 'binutils-x86-64-linux-gnu'],
    purpose: 'C compiler and linker for x86_64 boards',
  },
  { command: 'qemu-system-arm', packages: ['qemu-system-arm'], purpose: 'runs qemu-mps2-an386' },
  { command: 'qemu-system-riscv64', packages: ['qemu-system-misc'], purpose: 'runs qemu-virt-riscv64' },
  { command: 'qemu-system-x86_64', packages: ['qemu-system-x86'], purpose: 'runs qemu-x86_64' },
  { command: 'gcc', packages: ['gcc', 'libc6-dev'], purpose: 'host C compiler for the test suite' },
  { command: 'socat', packages: ['socat'], purpose: 'pseudo-terminal pairs for the flasher tests', versionArgs: ['-V'], versionLine: /version/ },
  {
    command: 'stm32flash',
    packages: ['stm32flash'],
    purpose: 'an independent STM32 bootloader client the flasher tests cross-check against',
    versionArgs: null,
  },
  {
    command: 'newlib sources',
    file: '/usr/src/newlib',
    packages: ['newlib-source'],
    purpose: "fdlibm, the C behind most of V8's Math functions (codegen/libm.js)",
  },
];

/** Where a requirement is found (a path), or null when it is missing. */
export function locate(req, findCommand) {
  if (req.file) return fs.existsSync(req.file) ? req.file : null;
  return findCommand(req.command);
}

/** The shell command that installs the given packages, for the current user. */
export function installCommand(packages) {
  const sudo = typeof process.getuid === 'function' && process.getuid() !== 0 ? 'sudo ' : '';
  return `${sudo}apt-get install -y --no-install-recommends ${[...new Set(packages)].join(' ')}`;
}

/** The requirement that provides a command, if the SDK knows it. */
export function requirementFor(command) {
  return REQUIREMENTS.find((r) => r.command === command) ?? null;
}
