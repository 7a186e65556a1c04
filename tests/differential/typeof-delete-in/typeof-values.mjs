const vals = [undefined, null, true, 0, NaN, 0n, "", Symbol(), {}, [], () => {}, class {}, function* () {}, async () => {}, new Number(1), /r/, new Map()];
console.log(vals.map((v) => typeof v).join());
console.log(typeof undeclaredIdentifier, typeof typeof 1, typeof (() => {})());
console.log(typeof document, typeof window === "undefined", typeof new Boolean(false));
