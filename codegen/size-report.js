// The size table printed after a build: how much of each memory region of the
// board the firmware uses, and the text/data/bss totals `size` would print.

import { formatSize } from '../sdk/util/size.js';
import { berkeleySizes } from './elf.js';

/**
 * @param {object} elf from readElf()
 * @param {object} board loaded board
 * @returns {{ regions: object[], text: number, data: number, bss: number, heap: number, stack: number }}
 */
export function measure(elf, board) {
  const inRegion = (r, addr) => addr >= r.origin && addr < r.origin + r.length;
  const regions = board.memory.map((r) => {
    let used = 0;
    for (const s of elf.sections) {
      if (!s.alloc || s.size === 0) continue;
      if (inRegion(r, s.addr)) used += s.size; // where it lives at run time
      else if (!s.nobits && inRegion(r, s.loadAddr)) used += s.size; // initial contents stored here
    }
    return { name: r.name, used, size: r.length };
  });
  const find = (name) => elf.sections.find((s) => s.name === name)?.size ?? 0;
  return { regions, ...berkeleySizes(elf), heap: find('.hx_arena'), stack: find('.stack') };
}

const num = (n) => n.toLocaleString('en-US');

/**
 * Human-readable table.
 * @param {object} m from measure()
 * @param {object} board
 * @param {{ used: number, arena: number } | null} [heapUse] the heap's high-water mark, measured by a run
 */
export function formatSizeTable(m, board, heapUse = null) {
  const rows = m.regions.map((r) => [
    r.name, `${num(r.used)} B`, formatSize(r.size), `${((r.used / r.size) * 100).toFixed(2)}%`,
  ]);
  const head = ['Region', 'Used', 'Size', 'Use%'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [
    `Memory use on ${board.name}:`,
    `  ${fmt(head)}`,
    ...rows.map((r) => `  ${fmt(r)}`),
    `  text ${num(m.text)}  data ${num(m.data)}  bss ${num(m.bss)}  ` +
      `(bss includes the JavaScript heap arena ${formatSize(m.heap)} and the stack ${formatSize(m.stack)})`,
    ...(heapUse ? [`  heap high-water mark ${num(heapUse.used)} B of the ${formatSize(heapUse.arena)} arena ` +
      `(${((heapUse.used / heapUse.arena) * 100).toFixed(2)}%), static data included, measured by this run`] : []),
  ].join('\n');
}
