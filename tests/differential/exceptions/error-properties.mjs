const e = new Error("msg", { cause: "the cause" });
console.log(e.message, e.name, e.cause, String(e), Object.keys(e).length, Object.hasOwn(e, "message"), Object.hasOwn(e, "cause"));
const noMsg = new Error();
console.log(JSON.stringify(noMsg.message), String(noMsg), Object.hasOwn(noMsg, "message"));
const t = new TypeError("tt");
console.log(t.name, Object.hasOwn(t, "name"), Object.getPrototypeOf(TypeError) === Error, TypeError.prototype.name);
e.name = "Custom";
console.log(String(e), JSON.stringify(e));
