// Paths used by the tests, independent of the directory the suite runs from.

import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const TEST_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ROOT = path.resolve(TEST_DIR, '..');
export const FIXTURES = path.join(TEST_DIR, 'fixtures');
export const APPS = path.join(FIXTURES, 'apps');
export const CLI = path.join(ROOT, 'sdk', 'cli', 'main.js');
export const EXAMPLES = path.join(ROOT, 'examples');
export const QEMU_BOARDS = ['qemu-mps2-an386', 'qemu-virt-riscv64', 'qemu-x86_64'];
