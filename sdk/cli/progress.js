// Build progress on stderr: one line per finished stage, so stdout stays clean
// for the program's own output.

export function stagePrinter({ quiet = false } = {}) {
  return (stage, ms, detail) => {
    if (quiet) return;
    const secs = `${(ms / 1000).toFixed(2)} s`;
    process.stderr.write(`  ${stage.padEnd(11)}${secs.padStart(8)}${detail ? `   ${detail}` : ''}\n`);
  };
}

/** The line that opens a build's progress. */
export function startPrinter(app, { quiet = false } = {}) {
  return ({ board }) => {
    if (!quiet) process.stderr.write(`Building ${app} for ${board.name} (${board.target.name})\n`);
  };
}
