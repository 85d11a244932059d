// Tried by hand as a user would: a method called on null (`q.toString()` with q: any = null) returned
// "[object Null]" instead of throwing, and reading or setting a property of null threw Porffor's words
// ("Cannot get property of null") where Node names the property.
function t(label: string, f: () => void): void {
  try { f(); console.log(label, 'no throw'); } catch (e) { console.log(label, (e as Error).name, (e as Error).message); }
}
const q: any = null;
const u: any = undefined;
t('null.toString()', () => { q.toString(); });
t('undef.toString()', () => { u.toString(); });
t('null.foo()', () => { q.foo(); });
t('null.x', () => { console.log(q.x); });
t('undef.length', () => { console.log(u.length); });
t('null[0]', () => { console.log(q[0]); });
t('null.x = 1', () => { q.x = 1; });
t('obj.missing()', () => { const o: any = {}; o.missing(); });
t('num.foo()', () => { const n: any = 5; n.foo(); });
t('null.toFixed(1)', () => { q.toFixed(1); });
t('undef.push(1)', () => { u.push(1); });
t('obj.toString()', () => { const o: any = { a: 1 }; console.log(o.toString(), String(o), `${o}`); });
t('fn.toString', () => { function g(): number { return 1; } const h: any = g; console.log(typeof h.toString()); });
t('null.hasOwnProperty', () => { q.hasOwnProperty('x'); });
t('valueOf null', () => { q.valueOf(); });
const o2: any = { a: 1 };
try { console.log(o2.toString()); } catch (e) { console.log('1', (e as Error).message); }
try { console.log(String(o2)); } catch (e) { console.log('2', (e as Error).message); }
try { console.log(`${o2}`); } catch (e) { console.log('3', (e as Error).message); }
const p = { b: 2 };
try { console.log(p.toString()); } catch (e) { console.log('4', (e as Error).message); }
