// Callbacks that capture locals of a recursive function: every level keeps its own values.
interface TreeNode { name: string; children: TreeNode[] }
const tree: TreeNode = {
  name: "board",
  children: [
    { name: "uart", children: [{ name: "tx", children: [] }, { name: "rx", children: [] }] },
    { name: "spi", children: [{ name: "sck", children: [] }] },
  ],
};
function render(node: TreeNode, depth: number, out: string[]): number {
  const indent = " ".repeat(depth * 2);
  let count = 1;
  out.push(indent + node.name);
  node.children.forEach((child) => { count += render(child, depth + 1, out); });
  out.push(`${indent}/${node.name} depth=${depth} nodes=${count}`);
  return count;
}
const lines: string[] = [];
console.log(render(tree, 0, lines));
for (const l of lines) console.log(l);
function fact(n: number): number {
  const step = (): number => (n <= 1 ? 1 : n * fact(n - 1));
  return [0].map(() => step())[0];
}
console.log(fact(10), fact(1));
