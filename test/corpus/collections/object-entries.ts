// Iterating object records with Object.entries and Object.values.
const limits = { temp: 85, humidity: 95, voltage: 3.6 };
for (const [k, v] of Object.entries(limits)) console.log(k, v);
console.log(Object.values(limits).reduce((a, b) => a + b, 0));
console.log(Object.keys(limits).length, JSON.stringify(limits));
