// The assertions the tests below use (a minimal stand-in for test262's assert.js).
function assert(value, message) {
  if (value !== true) throw new Test262Error(message);
}
assert.sameValue = function (actual, expected, message) {
  if (!Object.is(actual, expected)) {
    throw new Test262Error((message ? message + " " : "") + "Expected SameValue(«" + String(actual) + "», «" + String(expected) + "») to be true");
  }
};
