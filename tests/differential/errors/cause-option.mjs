const a = new Error("a", { cause: 0 });
const b = new Error("b", {});
const c = new Error("c", { cause: undefined });
console.log(a.cause, "cause" in b, "cause" in c, c.cause);
const chain = new Error("top", { cause: new Error("mid", { cause: new Error("root") }) });
let cur = chain; const msgs = [];
while (cur) { msgs.push(cur.message); cur = cur.cause; }
console.log(msgs.join(" <- "));
console.log(Object.getOwnPropertyDescriptor(a, "cause").enumerable);
