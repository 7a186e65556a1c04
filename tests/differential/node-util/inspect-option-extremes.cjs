"use strict";
// util.inspect with count options far outside any sensible range: huge and hugely negative numbers
// behave like unlimited and zero (they once trapped converting the double).
const util = require('util');
const value = { a: [1, 2, { b: 'xyz' }], s: 'long string here' };
for (const options of [{ compact: 1e300 }, { compact: -1e300 }, { breakLength: 1e300 }, { breakLength: -1e300 },
  { maxArrayLength: 1e300 }, { maxArrayLength: -1e300 }, { maxStringLength: 1e300 }]) {
  console.log(JSON.stringify(options), util.inspect(value, options));
}
