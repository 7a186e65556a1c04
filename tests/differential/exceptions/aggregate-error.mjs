const ae = new AggregateError([new Error("a"), new TypeError("b")], "multi");
console.log(ae.name, ae.message, ae.errors.length, ae.errors.map((e) => e.name).join(), ae instanceof Error);
console.log(String(ae), Object.hasOwn(ae, "errors"));
try { throw ae; } catch (e) { console.log(e.errors[1].message); }
