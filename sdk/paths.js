// Where the SDK's own files live, wherever it is installed.

import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SDK_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BOARDS_DIR = path.join(SDK_ROOT, 'boards');
export const TARGETS_DIR = path.join(SDK_ROOT, 'targets');
export const TEMPLATES_DIR = path.join(SDK_ROOT, 'templates');
export const KERNEL_DIR = path.join(SDK_ROOT, 'sdk', 'kernel');
export const RUNTIME_DIR = path.join(SDK_ROOT, 'sdk', 'runtime');
export const API_DIR = path.join(SDK_ROOT, 'sdk', 'api');
export const TYPES_DIR = path.join(SDK_ROOT, 'sdk', 'types');
export const BSP_DIR = path.join(SDK_ROOT, 'sdk', 'bsp');
export const DRIVERS_DIR = path.join(SDK_ROOT, 'sdk', 'drivers');
