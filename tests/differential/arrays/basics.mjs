const a = [1, 2, 3];
a.push(4, 5); const p = a.pop(); a.unshift(0); const s = a.shift();
console.log(JSON.stringify(a), p, s, a.length);
a.length = 2; console.log(JSON.stringify(a));
a[5] = 6; console.log(a.length, JSON.stringify(a), 3 in a);
console.log(Array.isArray(a), Array.isArray({ length: 0 }), Array.of(7).length, Array(7).length, JSON.stringify(Array(3).fill(0)));
