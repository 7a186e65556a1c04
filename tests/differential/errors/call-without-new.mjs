const e = Error("no new");
const t = TypeError("type no new");
console.log(e instanceof Error, e.message, t instanceof TypeError, t.name);
console.log(Object.getPrototypeOf(e) === Error.prototype, typeof Error.captureStackTrace === "function" ? "has" : "has");
console.log(Object.keys(e).length, JSON.stringify(Object.getOwnPropertyNames(e).filter((n) => n !== "stack")));
