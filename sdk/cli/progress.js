// Build progress on stderr: one line per finished stage, so stdout stays clean
// for the program's own output.

export function stagePrinter({ quiet = false } = {}) {
  return (stage, ms, detail) => {
    if (quiet) return;
    const secs = `${(ms / 1000).toFixed(2)} s`;
    process.stderr.write(`  ${stage.padEnd(11)}${secs.padStart(8)}${detail ? `   ${detail}` : ''}\n`);
  };
}
