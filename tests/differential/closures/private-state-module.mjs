const Stack = (() => {
  const items = new WeakMap();
  return class { constructor() { items.set(this, []); } push(v) { items.get(this).push(v); return this; } pop() { return items.get(this).pop(); } get size() { return items.get(this).length; } };
})();
const s = new Stack().push(1).push(2);
console.log(s.size, s.pop(), s.size, Object.keys(s).length);
const t = new Stack();
console.log(t.size, t.pop());
console.log(s.pop(), s.size, t.push(9).size);
