// Exponential backoff with a cap and a retry budget.
let delay = 10;
let attempts = 0;
const results = [false, false, false, true];
const log: string[] = [];
for (const ok of results) {
  attempts++;
  if (ok) { log.push(`attempt ${attempts} ok`); break; }
  log.push(`attempt ${attempts} failed, wait ${delay}ms`);
  delay = Math.min(delay * 2, 50);
}
console.log(log.join("; "));
