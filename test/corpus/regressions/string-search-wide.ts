// Found by the fuzzer (seed 902, #84, the 300-program check on qemu-x86_64): startsWith, endsWith
// and includes of a string with characters above U+00FF read a Latin-1 search string as UTF-16 units.
const y = (82.82).toFixed(0);
const v = y.trimEnd().padStart(6, 'Ωmega');
console.log(v, v.length, v.endsWith(y), v.endsWith('83'), 'Ωmeg83'.endsWith('83'), 'Ωmeg83'.endsWith('g8', 5), 'Ωab'.startsWith('Ω'), 'xΩab'.startsWith('ab', 2), 'abc'.endsWith('Ωc'), 'aΩc'.endsWith('Ωc'));
console.log('Ωmeg83'.includes('g8'), 'Ωmeg83'.includes('83', 5), 'é→x'.includes('x'), 'é→x'.startsWith('é'), '→é'.startsWith('é', 1), '→é'.endsWith('é'));
