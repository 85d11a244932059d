// `==` between values of different kinds follows JavaScript (IsLooselyEqual):
// Porffor compared a string with a number as strings, so "" == 0 was false.
const vals: any[] = ['5', 5, '', 0, '1e1', 10, ' 7 ', 7, true, 1, false, '0', null, undefined, NaN,
  'abc', [1], [], '1', {}, '[object Object]', 'true', '0x10', 16];
for (let i = 0; i < vals.length; i++) {
  let row = '';
  for (let j = 0; j < vals.length; j++) row += vals[i] == vals[j] ? '1' : (vals[i] != vals[j] ? '0' : '?');
  console.log(String(i).padStart(2), row);
}
const reading: string | number = vals.length > 3 ? '42' : 0;
const limit = 42;
console.log(reading == limit, reading != limit, limit == (reading as unknown));
let missing: number | undefined;
console.log(missing == null, missing != undefined, (missing as unknown) == 0);
