const it = { i: 0, next() { return this.i < 3 ? { value: this.i++ * 10, done: false } : { done: true }; }, [Symbol.iterator]() { return this; } };
let step;
while (!(step = it.next()).done) console.log("value", step.value);
console.log(JSON.stringify(step));
const notIterable = {};
try { for (const x of notIterable); } catch (e) { console.log(e.name); }
try { const [a] = { [Symbol.iterator]: () => ({}) }; } catch (e) { console.log(e.name); }
