// A packed status word decoded into named fields.
function decode(word: number): string {
  const ready = word & 1;
  const error = (word >>> 1) & 1;
  const channel = (word >>> 4) & 0xF;
  const count = (word >>> 8) & 0xFFF;
  const tag = word >>> 24;
  return `ready=${ready} error=${error} ch=${channel} count=${count} tag=0x${tag.toString(16)}`;
}
for (const w of [0x00000001, 0xA5123F42, 0xFFFFFFFF, 0x80000010]) console.log(decode(w));
