// A serial port as the byte transport the flashing protocols use
// ({ write, read(n, timeoutMs), flushInput, setLines, close }), opened with the
// `serialport` package. Opening failures become one FlashError each, naming the
// cause and the fix; --trace prints every byte both ways with its time.

import fs from 'node:fs';

import { ByteQueue } from './byte-queue.js';
import { FlashError } from './errors.js';
import { describePorts } from './ports.js';

/**
 * @param {object} opts
 * @param {string} opts.path e.g. /dev/ttyACM0
 * @param {number} opts.baudRate
 * @param {'none'|'even'|'odd'} [opts.parity]
 * @param {(line: string) => void} [opts.trace] called with one line per chunk of bytes sent or received
 * @param {(data: Buffer) => void} [opts.onData] stream what arrives to this instead of queueing it for read()
 * @param {(err: Error|null) => void} [opts.onClose] the port closed (unplugged, or close() was called)
 */
export async function openSerialLine({ path: portPath, baudRate, parity = 'none', trace, onData, onClose }) {
  let SerialPort;
  try {
    ({ SerialPort } = await import('serialport'));
  } catch (e) {
    throw new FlashError('port', `the serial port library could not load on ${process.platform}-${process.arch}: ${e.message}`,
      'run `npm install-scripts approve @serialport/bindings-cpp && npm rebuild` (needs python3, make and g++)');
  }
  const port = new SerialPort({ path: portPath, baudRate, parity, dataBits: 8, stopBits: 1, autoOpen: false });
  await new Promise((resolve, reject) => port.open((err) => (err ? reject(err) : resolve())))
    .catch(async (err) => { throw await openError(portPath, err); });

  const queue = new ByteQueue();
  const started = Date.now();
  const stamp = () => `${((Date.now() - started) / 1000).toFixed(3).padStart(8)} s`;
  const hex = (buf) => [...buf].map((b) => b.toString(16).padStart(2, '0')).join(' ');
  const counters = { tx: 0, rx: 0 };
  let lost = null;
  port.on('data', (buf) => {
    counters.rx += buf.length;
    if (trace) trace(`${stamp()}  RX ${hex(buf)}`);
    if (onData) onData(buf);
    else queue.push(buf);
  });
  port.on('error', () => {}); // a read error closes the port; 'close' reports it
  port.on('close', (err) => {
    lost = err ?? new Error('closed');
    onClose?.(err ?? null);
  });

  return {
    path: portPath,
    counters,
    async write(buf) {
      if (lost) throw new FlashError('port', `${portPath} went away (${lost.message})`, 'check the cable and the adapter, then flash again');
      counters.tx += buf.length;
      if (trace) trace(`${stamp()}  TX ${hex(buf)}`);
      await new Promise((resolve, reject) => port.write(buf, (err) => (err ? reject(err) : resolve())));
    },
    read: (n, timeout) => queue.read(n, timeout),
    flushInput: () => queue.clear(),
    /** Set DTR and RTS (asserted = true); false when the port has no modem lines (a pty, some USB CDC adapters). */
    async setLines({ dtr, rts }) {
      if (trace) trace(`${stamp()}  LINES dtr=${dtr ? 1 : 0} rts=${rts ? 1 : 0}`);
      return new Promise((resolve, reject) => port.set({ dtr, rts }, (err) => {
        if (!err) resolve(true);
        else if (/Inappropriate ioctl|ENOTTY|not supported/i.test(err.message)) resolve(false);
        else reject(new FlashError('port', `could not set DTR/RTS on ${portPath}: ${err.message}`));
      }));
    },
    setBaud: (rate) => new Promise((resolve, reject) => port.update({ baudRate: rate }, (err) => (err ? reject(err) : resolve()))),
    close: () => new Promise((resolve) => (port.isOpen ? port.close(() => resolve()) : resolve())),
    /** The raw port, for the monitor's streaming use. */
    port,
  };
}

/** The FlashError for a port that would not open. */
export async function openError(portPath, err) {
  const msg = err?.message ?? String(err);
  if (/No such file or directory|ENOENT/.test(msg)) {
    return new FlashError('no-port', `there is no serial port ${portPath}`, `${await describePorts()}; pass one with --port`);
  }
  if (/Permission denied|EACCES/.test(msg)) {
    return new FlashError('permission', `permission denied opening ${portPath} (${ownership(portPath)})`,
      `add yourself to its group: \`sudo usermod -aG ${groupOf(portPath) ?? 'dialout'} $USER\`, then log out and in again ` +
      '(or install a udev rule for the adapter)');
  }
  if (/Cannot lock port|Resource temporarily unavailable|EBUSY/.test(msg)) {
    const holders = holdersOf(portPath);
    return new FlashError('busy', `${portPath} is in use by ${holders.length ? holders.join(', ') : 'another program'}`,
      'close the other program (a serial monitor, or ModemManager: `sudo systemctl stop ModemManager`) and try again');
  }
  return new FlashError('port', `could not open ${portPath}: ${msg}`);
}

function ownership(p) {
  try {
    const st = fs.statSync(p);
    return `owner uid ${st.uid}, group ${groupOf(p) ?? st.gid}, mode ${(st.mode & 0o777).toString(8)}`;
  } catch {
    return 'owner unknown';
  }
}

function groupOf(p) {
  try {
    const gid = fs.statSync(p).gid;
    const line = fs.readFileSync('/etc/group', 'utf8').split('\n').find((l) => l.split(':')[2] === String(gid));
    return line?.split(':')[0] ?? null;
  } catch {
    return null;
  }
}

function readlinkOrNull(p) {
  try {
    return fs.readlinkSync(p);
  } catch {
    return null;
  }
}

/** "pid 123 (minicom)" for each process with the device open, as far as /proc lets us see. */
function holdersOf(p) {
  let real;
  try {
    real = fs.realpathSync(p);
  } catch {
    return [];
  }
  const found = [];
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    if (Number(pid) === process.pid) continue;
    try {
      const fds = fs.readdirSync(`/proc/${pid}/fd`);
      // each descriptor on its own: one closed since the listing must not hide the others
      if (fds.some((fd) => readlinkOrNull(`/proc/${pid}/fd/${fd}`) === real)) {
        found.push(`pid ${pid} (${fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim()})`);
      }
    } catch { /* a process we may not inspect, or one that just ended */ }
  }
  return found;
}
