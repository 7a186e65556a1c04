const e = new AggregateError([1, new Error("two")], "several");
console.log(e.name, e.message, e.errors.length, e.errors[0], e.errors[1].message);
console.log(e instanceof Error, Object.getPrototypeOf(AggregateError) === Error, String(e));
const fromIter = new AggregateError(new Set(["x", "y"]));
console.log(fromIter.errors.join(), JSON.stringify(fromIter.message));
