// Reads the section and program headers of an ELF file (32- or 64-bit,
// little-endian): enough to report sizes per section and per memory region.

import fs from 'node:fs';

const SHF_WRITE = 0x1;
const SHF_ALLOC = 0x2;
const SHF_EXECINSTR = 0x4;
const SHT_NOBITS = 8;
const PT_LOAD = 1;

export function readElf(file) {
  const buf = fs.readFileSync(file);
  if (buf.readUInt32BE(0) !== 0x7f454c46) throw new Error(`${file} is not an ELF file`);
  const is64 = buf[4] === 2;
  if (buf[5] !== 1) throw new Error(`${file} is big-endian, which is not supported`);
  const word = (off) => (is64 ? Number(buf.readBigUInt64LE(off)) : buf.readUInt32LE(off));
  const hdr = is64
    ? { phoff: word(0x20), shoff: word(0x28), phentsize: buf.readUInt16LE(0x36), phnum: buf.readUInt16LE(0x38),
      shentsize: buf.readUInt16LE(0x3a), shnum: buf.readUInt16LE(0x3c), shstrndx: buf.readUInt16LE(0x3e) }
    : { phoff: word(0x1c), shoff: word(0x20), phentsize: buf.readUInt16LE(0x2a), phnum: buf.readUInt16LE(0x2c),
      shentsize: buf.readUInt16LE(0x2e), shnum: buf.readUInt16LE(0x30), shstrndx: buf.readUInt16LE(0x32) };

  const sections = [];
  for (let i = 0; i < hdr.shnum; i++) {
    const o = hdr.shoff + i * hdr.shentsize;
    sections.push(is64
      ? { nameOff: buf.readUInt32LE(o), type: buf.readUInt32LE(o + 4), flags: word(o + 8), addr: word(o + 16),
        size: word(o + 32) }
      : { nameOff: buf.readUInt32LE(o), type: buf.readUInt32LE(o + 4), flags: word(o + 8), addr: word(o + 12),
        size: word(o + 20) });
  }
  const strtab = sections[hdr.shstrndx];
  const strOff = hdr.shoff && strtab ? (is64 ? Number(buf.readBigUInt64LE(hdr.shoff + hdr.shstrndx * hdr.shentsize + 24))
    : buf.readUInt32LE(hdr.shoff + hdr.shstrndx * hdr.shentsize + 16)) : 0;
  for (const s of sections) {
    const end = buf.indexOf(0, strOff + s.nameOff);
    s.name = buf.toString('latin1', strOff + s.nameOff, end);
  }

  const segments = [];
  for (let i = 0; i < hdr.phnum; i++) {
    const o = hdr.phoff + i * hdr.phentsize;
    segments.push(is64
      ? { type: buf.readUInt32LE(o), vaddr: word(o + 16), paddr: word(o + 24), filesz: word(o + 32), memsz: word(o + 40) }
      : { type: buf.readUInt32LE(o), vaddr: word(o + 8), paddr: word(o + 12), filesz: word(o + 16), memsz: word(o + 20) });
  }

  // Load address of each allocated section: where its segment puts it in the image.
  for (const s of sections) {
    s.alloc = !!(s.flags & SHF_ALLOC);
    s.write = !!(s.flags & SHF_WRITE);
    s.exec = !!(s.flags & SHF_EXECINSTR);
    s.nobits = s.type === SHT_NOBITS;
    const seg = segments.find((p) => p.type === PT_LOAD && s.alloc && s.addr >= p.vaddr && s.addr < p.vaddr + p.memsz);
    s.loadAddr = seg ? seg.paddr + (s.addr - seg.vaddr) : s.addr;
  }
  return { is64, sections: sections.filter((s) => s.name), segments };
}

/**
 * The three numbers binutils `size` prints: text (read-only allocated
 * sections), data (writable sections with contents), bss (allocated, no contents).
 */
export function berkeleySizes(elf) {
  let text = 0;
  let data = 0;
  let bss = 0;
  for (const s of elf.sections) {
    if (!s.alloc) continue;
    if (s.nobits) bss += s.size;
    else if (s.write) data += s.size;
    else text += s.size;
  }
  return { text, data, bss };
}
