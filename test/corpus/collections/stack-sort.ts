// Insertion sort and a bounded stack of task ids.
function insertionSort(a: number[]): number[] {
  for (let i = 1; i < a.length; i++) {
    const v = a[i];
    let j = i - 1;
    while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; }
    a[j + 1] = v;
  }
  return a;
}
console.log(insertionSort([9, 4, 7, 1, 8, 2, 2, 6]).join(" "));
const stack: number[] = [];
for (let id = 1; id <= 5; id++) stack.push(id * 11);
console.log(stack.pop(), stack.pop(), stack.length, stack[stack.length - 1]);
