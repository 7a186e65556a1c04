const e = new RangeError("r");
console.log(e instanceof RangeError, e instanceof Error, e instanceof Object, e instanceof TypeError);
console.log(Object.getPrototypeOf(RangeError.prototype) === Error.prototype, Object.getPrototypeOf(RangeError) === Error);
console.log(Error.prototype.message === "", Object.hasOwn(Error.prototype, "message"), RangeError.prototype.message === "");
