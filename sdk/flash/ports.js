// The serial ports this machine has, for "no such port" messages and
// `helix-sdk flash --list`. serialport's list() needs udevadm, which containers
// often lack; then the ports are read from /dev/serial/by-id and /sys/class/tty.

import fs from 'node:fs';
import path from 'node:path';

/** @returns {Promise<{ path: string, description: string }[]>} */
export async function listPorts() {
  try {
    const { SerialPort } = await import('serialport');
    const ports = await SerialPort.list();
    return ports.map((p) => ({
      path: p.path,
      description: [p.manufacturer, p.vendorId && `${p.vendorId}:${p.productId}`, p.serialNumber].filter(Boolean).join(' '),
    }));
  } catch {
    return listFromSysfs();
  }
}

function listFromSysfs() {
  const found = new Map();
  const byId = '/dev/serial/by-id';
  for (const name of safeReaddir(byId)) {
    const target = path.resolve(byId, fs.readlinkSync(path.join(byId, name)));
    found.set(target, { path: target, description: name });
  }
  // USB and on-chip UARTs; the 32 legacy ttyS ports every PC kernel creates are left out.
  for (const name of safeReaddir('/sys/class/tty')) {
    if (/^tty(USB|ACM|AMA|SAC|THS)\d+$/.test(name) && !found.has(`/dev/${name}`)) {
      found.set(`/dev/${name}`, { path: `/dev/${name}`, description: '' });
    }
  }
  return [...found.values()];
}

function safeReaddir(dir) {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

/** "Available ports: ..." for an error message. */
export async function describePorts() {
  const ports = await listPorts();
  if (!ports.length) return 'no serial ports were found on this machine (is the board plugged in?)';
  return `serial ports on this machine: ${ports.map((p) => (p.description ? `${p.path} (${p.description})` : p.path)).join(', ')}`;
}
