"use strict";
const util = require('util');

function addLater(a, b, callback) {
  Promise.resolve().then(() => {
    if (typeof a !== 'number') callback(new TypeError('a must be a number'));
    else callback(null, a + b, 'extra ignored');
  });
}
addLater.extra = 'copied';

async function main() {
  const add = util.promisify(addLater);
  console.log(typeof add, add.name, add.length, add.extra);
  console.log(await add(2, 3));
  try {
    await add('x', 1);
  } catch (e) {
    console.log('rejected:', e.name, e.message);
  }
  console.log(util.promisify(add) === add, add[util.promisify.custom] === add);
  console.log(util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));

  // a custom promisified form is returned as is
  function withCustom() {}
  const custom = () => Promise.resolve('custom result');
  withCustom[util.promisify.custom] = custom;
  console.log(util.promisify(withCustom) === custom, await util.promisify(withCustom)());

  // `this` is passed through
  const obj = {
    factor: 10,
    scale(x, cb) { cb(null, x * this.factor); },
  };
  obj.scaleAsync = util.promisify(obj.scale);
  console.log(await obj.scaleAsync(4));

  // falsy errors other than null/undefined resolve
  const zeroError = util.promisify((cb) => cb(0, 'value'));
  console.log(await zeroError());

  for (const bad of [undefined, null, 1, 'f', {}]) {
    try {
      util.promisify(bad);
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
  function badCustom() {}
  badCustom[util.promisify.custom] = 42;
  try {
    util.promisify(badCustom);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
main();
