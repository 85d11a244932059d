// Found by the fuzzer: a comparison of strings one of which another rewrite had
// produced (s.repeat(n), s.replace(a, b)) compared addresses: the comparison
// rewrite could not see the replacement's type.
function compare(v: string, n: number): void {
  console.log(v.repeat(1) > `x=${n}v ${n}${n}`, v.repeat(2) < 'x', 'a' < v.repeat(n));
  console.log(v.replace('日', 'a') < 'b', 'zz' >= 'y'.replace('y', 'z'), v.replaceAll('日', 'é') <= 'é');
}
compare('日', 0);
compare('abc', 2);
