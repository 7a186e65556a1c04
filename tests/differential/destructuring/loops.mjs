const pts = [{ x: 1, y: 2 }, { x: 3, y: 4 }];
for (const { x, y } of pts) console.log(x + y);
for (const [k, v] of Object.entries({ a: 1, b: 2 })) console.log(k + "=" + v);
for (const [i, [a, b]] of [[1, 2], [3, 4]].entries()) console.log(i, a * b);
const m = new Map([[{ id: 1 }, ["x"]]]);
for (const [{ id }, [first]] of m) console.log(id, first);
