// Arrays edited at the front and in the middle after they grew, next to other
// arrays that grow too: unshift, splice, sparse stores and length changes.
const queue: number[] = [1, 2, 3];
const side: number[] = [];
for (let i = 0; i < 400; i++) {
  queue.unshift(-i);
  side.push(i * i);
}
console.log(queue.length, queue[0], queue[399], queue[400], queue[402], side[399]);
queue.splice(100, 50, 7, 8, 9);
console.log(queue.length, queue[99], queue[100], queue[102], queue[103]);
const sparse: number[] = [];
sparse[300] = 5;
side.push(-1);
sparse[600] = 6;
console.log(sparse.length, sparse[300], sparse[600], sparse[450] === undefined, side.length);
side.length = 10;
side.push(42);
console.log(side.length, side[9], side[10], side.join(",").length);
const copy = queue.slice(0, 300).concat(side);
console.log(copy.length, copy[0], copy[299], copy[310]);
