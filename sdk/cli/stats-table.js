// The table `helix-sdk run --stats` prints: what the kernel measured per task.

const ms = (us) => (us / 1000).toFixed(3);

/**
 * @param {ReturnType<import('../qemu/run-report.js').schedStats>} stats
 * @returns {string}
 */
export function formatStatsTable(stats) {
  if (!stats) return 'Scheduler statistics: the program declared no tasks.';
  const head = ['task', 'class', 'activations', 'cpu ms', 'resp max ms', 'resp mean ms', 'latency max ms',
    'misses', 'overruns', 'stack'];
  const rows = stats.tasks.map((t) => [
    t.name, t.class, String(t.activations), ms(t.cpuUs), ms(t.responseMaxUs), ms(t.responseMeanUs),
    ms(t.latencyMaxUs), String(t.deadlineMisses), String(t.budgetOverruns), `${t.stackUsed}/${t.stackSize} B`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `  ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')}`;
  const idle = stats.elapsedUs ? ((stats.idleUs / stats.elapsedUs) * 100).toFixed(1) : '0.0';
  return [
    `Scheduler statistics (${ms(stats.elapsedUs)} ms since the scheduler started, ` +
      `${stats.contextSwitches} context switches, idle ${idle}%):`,
    line(head),
    ...rows.map(line),
    ...(stats.pools.length ? ['Pools:', ...stats.pools.map((p) =>
      `  ${p.name}: ${p.blocks} blocks of ${p.blockBytes} B, ${p.inUse} in use at the end, high-water mark ${p.highWater}`)] : []),
  ].join('\n');
}
