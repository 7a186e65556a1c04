function check(v) { try { throw v; } catch (e) { return `${typeof e}:${e instanceof Error}:${String(e?.message ?? e)}`; } }
console.log(check(new Error("real")));
console.log(check({ message: "fake" }));
console.log(check("just a string"));
console.log(check(undefined));
