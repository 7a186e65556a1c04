const cases = {
  callNonFunction: () => { const x = 1; x(); },
  propOfUndefined: () => { let u; return u.p; },
  newNonCtor: () => new (() => {})(),
  badLength: () => new Array(1.5),
  inOnPrimitive: () => "a" in "abc",
  instanceofNonCallable: () => ({}) instanceof 5,
  badRadix: () => (5).toString(99),
  uri: () => encodeURI("\ud800"),
};
for (const [k, f] of Object.entries(cases)) { try { f(); console.log(k, "no error"); } catch (e) { console.log(k, e.constructor.name); } }
