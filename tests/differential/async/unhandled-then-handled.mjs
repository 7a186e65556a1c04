const p = Promise.reject(new Error("late"));
await null;
p.catch((e) => console.log("handled", e.message));
const q = (async () => { throw new RangeError("r"); })();
const result = await q.then(() => "no", (e) => e.name);
console.log(result);
console.log("end");
