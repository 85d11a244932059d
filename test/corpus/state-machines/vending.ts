// A coin-operated vending machine with change.
type Event = { kind: "coin"; cents: number } | { kind: "select"; item: string } | { kind: "refund" };
const prices: Record<string, number> = { water: 100, juice: 150, snack: 75 };
let credit = 0;
function handle(e: Event): string {
  switch (e.kind) {
    case "coin":
      credit += e.cents;
      return `credit ${credit}`;
    case "select": {
      const price = prices[e.item];
      if (price === undefined) return `no ${e.item}`;
      if (credit < price) return `need ${price - credit} more`;
      const change = credit - price;
      credit = 0;
      return `vend ${e.item}, change ${change}`;
    }
    case "refund": {
      const back = credit;
      credit = 0;
      return `refund ${back}`;
    }
  }
}
const events: Event[] = [
  { kind: "coin", cents: 50 }, { kind: "select", item: "juice" }, { kind: "coin", cents: 100 },
  { kind: "select", item: "juice" }, { kind: "coin", cents: 25 }, { kind: "select", item: "tea" }, { kind: "refund" },
];
for (const e of events) console.log(handle(e));
