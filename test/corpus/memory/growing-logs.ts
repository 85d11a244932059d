// Several logs that grow in turn, with records and strings allocated between
// their pushes: each array must keep its own elements as it outgrows its memory.
interface Sample { channel: number; value: number }
const temps: number[] = [];
const events: string[] = [];
const samples: Sample[] = [];
const perChannel: number[][] = [[], [], []];
for (let i = 0; i < 1500; i++) {
  temps.push(20 + (i % 7) * 0.5);
  if (i % 3 === 0) events.push(`tick ${i}`);
  samples.push({ channel: i % 3, value: i * 3 });
  perChannel[i % 3].push(i);
}
let total = 0;
for (const s of samples) total += s.value;
console.log(temps.length, temps[0], temps[1499], events.length, events[499]);
console.log(samples.length, samples[1234].channel, samples[1234].value, total);
console.log(perChannel.map((c) => c.length).join(","), perChannel[2][499], perChannel[0][0]);
