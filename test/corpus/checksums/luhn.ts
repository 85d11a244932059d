// Luhn check digits for serial numbers.
function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}
for (const s of ["79927398713", "79927398710", "4539578763621486", "1234567812345678"]) console.log(s, luhnValid(s));
