// How `helix-sdk flash` shows its phases (connect, identify, erase, write,
// verify, run): a progress bar with size and rate on a terminal, one stable
// line per phase and per 25 % when not, or JSON events (one object per line on
// stdout, at most one per percent) with --json. All human output goes to stderr.

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

export function flashReporter({ json = false, tty = process.stderr.isTTY, out = process.stderr, stdout = process.stdout } = {}) {
  const phases = new Map(); // phase -> { started, done, total, ended }
  let current = null;
  let lastQuarter = -1;
  const now = () => Date.now();

  const emit = (event) => stdout.write(`${JSON.stringify(event)}\n`);

  function finish(name) {
    const p = phases.get(name);
    if (!p || p.ended) return;
    p.ended = now();
    if (json) return;
    const secs = (p.ended - p.started) / 1000;
    const size = p.total && name !== 'erase' ? `${kb(p.total)}`.padStart(11) : p.total ? `${p.total} sector(s)`.padStart(11) : ''.padStart(11);
    const rate = p.total && name !== 'erase' && secs > 0 ? `   ${kb(p.total / secs)}/s` : '';
    if (tty) out.write('\r\x1b[K');
    out.write(`  ${name.padEnd(9)}${size}  ${secs.toFixed(2).padStart(7)} s${rate}\n`);
  }

  function bar(name, done, total) {
    const width = 28;
    const filled = Math.round((done / total) * width);
    const p = phases.get(name);
    const secs = (now() - p.started) / 1000;
    const rate = secs > 0 ? `${kb(done / secs)}/s` : '';
    out.write(`\r\x1b[K  ${name.padEnd(9)}[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.floor((100 * done) / total)).padStart(3)} %  ` +
      `${kb(done)} of ${kb(total)}  ${rate}`);
  }

  return {
    /** The flasher's onProgress. */
    progress(phase, done, total) {
      if (phase !== current) {
        if (current) finish(current);
        current = phase;
        lastQuarter = -1;
        phases.set(phase, { started: now(), total });
      }
      const p = phases.get(phase);
      if (total !== undefined) p.total = total;
      if (done !== undefined) p.done = done;
      if (json) {
        // at most one event per whole percent of a phase (and its end): enough for a bar, not one per block
        const percent = done === undefined || !total ? -1 : Math.floor((100 * done) / total);
        if (percent >= 0 && percent === p.lastPercent && done !== total) return;
        p.lastPercent = percent;
        emit({ event: 'progress', phase, ...(done !== undefined && { done, total }) });
        return;
      }
      if (done === undefined || !total || phase === 'erase') return;
      if (tty) {
        bar(phase, done, total);
      } else {
        const quarter = Math.floor((4 * done) / total);
        if (quarter > lastQuarter && quarter < 4) {
          lastQuarter = quarter;
          out.write(`  ${phase.padEnd(9)}${String(quarter * 25).padStart(3)} %  ${kb(done)} of ${kb(total)}\n`);
        }
      }
    },
    warning(message) {
      if (json) emit({ event: 'warning', message });
      else out.write(`${tty ? '\r\x1b[K' : ''}warning: ${message}\n`);
    },
    /** Phase durations (ms) so far. */
    durations() {
      if (current) finish(current);
      return Object.fromEntries([...phases].map(([k, p]) => [k, (p.ended ?? now()) - p.started]));
    },
    end() {
      if (current) finish(current);
      current = null;
    },
    emit,
  };
}
