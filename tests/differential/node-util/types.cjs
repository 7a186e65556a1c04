"use strict";
const util = require('util');
const types = require('util/types');

console.log(types === util.types, require('node:util/types') === types);
const samples = {
  date: new Date(0),
  regexp: /x/g,
  map: new Map(),
  set: new Set(),
  weakMap: new WeakMap(),
  promise: Promise.resolve(),
  u8: new Uint8Array(2),
  f64: new Float64Array(1),
  buffer: new ArrayBuffer(4),
  view: new DataView(new ArrayBuffer(2)),
  boxed: Object(1),
  error: new TypeError('t'),
  generator: function* () {},
  asyncFn: async () => {},
  plain: {},
};
const checks = ['isDate', 'isRegExp', 'isMap', 'isSet', 'isWeakMap', 'isPromise', 'isTypedArray',
  'isUint8Array', 'isFloat64Array', 'isArrayBuffer', 'isAnyArrayBuffer', 'isArrayBufferView', 'isDataView',
  'isBoxedPrimitive', 'isNumberObject', 'isNativeError', 'isGeneratorFunction', 'isAsyncFunction'];
for (const check of checks) {
  const hits = Object.keys(samples).filter((key) => types[check](samples[key]));
  console.log(check, hits.join(','));
}
console.log(types.isMapIterator(new Map().keys()), types.isSetIterator(new Set().values()), types.isMapIterator([].values()));
