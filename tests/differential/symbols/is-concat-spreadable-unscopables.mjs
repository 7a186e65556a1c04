const arr = [1, 2]; 
const notSpread = [3, 4]; notSpread[Symbol.isConcatSpreadable] = false;
console.log(JSON.stringify([0].concat(arr, notSpread)));
console.log(JSON.stringify(Object.keys(Array.prototype[Symbol.unscopables]).sort().slice(0, 5)));
console.log(Object.getPrototypeOf(Array.prototype[Symbol.unscopables]));
