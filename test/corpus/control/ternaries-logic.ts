// Conditional expressions, short-circuit logic and nullish coalescing.
function level(v: number): string { return v > 80 ? "high" : v > 20 ? "mid" : "low"; }
console.log([5, 50, 95].map(level).join(","));
const cfg: { name?: string; retries?: number | null } = { retries: null };
console.log(cfg.name ?? "unnamed", cfg.retries ?? 3, cfg.retries || 5, cfg.name?.length ?? -1);
let calls = 0;
const empty: string | null = [""][0];
const touch = (): boolean => { calls++; return true; };
console.log(false && touch(), true || touch(), calls, 0 || "fallback", empty ?? "nope");
