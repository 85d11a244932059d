// A closure keeping private state: a counter factory.
function makeCounter(start: number): () => number {
  let n = start;
  return () => ++n;
}
const next = makeCounter(10);
console.log(next(), next(), next());
