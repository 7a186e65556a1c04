const v = (x) => Promise.resolve(x);
console.log((await v(1)) + (await v(2)), [await v("a"), await v("b")].join(), `${await v("t")}`);
const o = { [await v("key")]: await v("val") };
console.log(JSON.stringify(o));
console.log(await v(null) ?? "nullish", (await v(0)) || "falsy", await (async () => "iife")());
