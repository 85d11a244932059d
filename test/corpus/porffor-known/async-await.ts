// async/await continuation order (refused: async is not supported).
async function work(): Promise<number> {
  return 1;
}
async function main(): Promise<void> {
  console.log("before");
  const v = await work();
  console.log("after", v);
}
main();
console.log("sync end");
