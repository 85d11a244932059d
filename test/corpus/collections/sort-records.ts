// Sorting records by a key with a comparator.
interface Task { name: string; priority: number }
const list: Task[] = [
  { name: "log", priority: 1 }, { name: "control", priority: 9 }, { name: "ui", priority: 5 },
  { name: "net", priority: 5 }, { name: "idle", priority: 0 },
];
list.sort((a, b) => b.priority - a.priority);
console.log(list.map((t) => `${t.name}(${t.priority})`).join(" "));
