// accept: destructuring in for-in/for-of heads
var a, b, o = {}
for ([a, b] of []);
for ({ a } of []);
for ([a] in o);
for (const [k, v] of Object.entries(o));
for (let { length } of []);
