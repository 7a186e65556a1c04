const arr = [1, 2];
Object.defineProperty(arr, "last", { get() { return this[this.length - 1]; } });
arr.push(3);
console.log(arr.last, arr.length, JSON.stringify(arr));
function f() {}
Object.defineProperty(f, "calls", { get: () => "getter on function" });
console.log(f.calls);
console.log(Object.getOwnPropertyDescriptor(Map.prototype, "size").get.name);
