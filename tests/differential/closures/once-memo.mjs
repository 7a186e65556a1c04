function once(f) { let done = false, v; return (...a) => done ? v : (done = true, v = f(...a)); }
let calls = 0;
const init = once((x) => (calls++, x * 2));
console.log(init(5), init(6), calls);
function debounceLike() { const queue = []; return { add: (x) => queue.push(x), flush: () => queue.splice(0).join() }; }
const d = debounceLike(); d.add(1); d.add(2);
console.log(d.flush(), d.flush() === "", (d.add(3), d.flush()));
console.log(init(7), calls, typeof init);
