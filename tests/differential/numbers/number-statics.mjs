console.log(Number.isInteger(5), Number.isInteger(5.0), Number.isInteger(5.1), Number.isInteger("5"));
console.log(Number.isSafeInteger(2 ** 53), Number.isSafeInteger(2 ** 53 - 1), Number.EPSILON > 0);
console.log(Number.isNaN(NaN), Number.isNaN("x"), isNaN("x"), Number.isFinite("1"), isFinite("1"));
console.log(Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER);
console.log(Number.parseFloat === parseFloat, Number.parseInt === parseInt);
