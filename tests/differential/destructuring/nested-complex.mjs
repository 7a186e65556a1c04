const data = { users: [{ name: "a", tags: ["x", "y"], meta: { age: 30 } }, { name: "b", tags: [], meta: {} }] };
const { users: [{ name: n1, tags: [t1, t2 = "none"], meta: { age = 0 } }, { name: n2, tags: [t3 = "empty"], meta: { age: age2 = -1 } }] } = data;
console.log(n1, t1, t2, age, n2, t3, age2);
const swap = ({ a, b }) => ({ a: b, b: a });
console.log(JSON.stringify(swap({ a: 1, b: 2 })));
const { a: { b: [, second] = [] } = {} } = { a: { b: [1, 2] } };
console.log(second);
