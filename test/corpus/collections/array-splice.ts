// splice, concat, indexOf and join on a task list.
const tasks = ["idle", "sense", "filter", "send", "sleep"];
const removed = tasks.splice(1, 2, "measure");
console.log(tasks.join(","), removed.join(","));
const more = tasks.concat(["log", "sleep"]);
console.log(more.length, more.indexOf("sleep"), more.lastIndexOf("sleep"));
tasks.unshift("boot");
console.log(tasks.join(">"), tasks.at(-1), tasks.includes("send"));
