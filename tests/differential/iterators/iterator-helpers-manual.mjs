const iterProto = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
console.log(typeof iterProto[Symbol.iterator], iterProto[Symbol.iterator].call(5) === 5);
const arrIterProto = Object.getPrototypeOf([][Symbol.iterator]());
console.log(Object.getPrototypeOf(arrIterProto) === iterProto, Object.getPrototypeOf(Object.getPrototypeOf((function* () {})())) !== null);
console.log(typeof arrIterProto.next);
