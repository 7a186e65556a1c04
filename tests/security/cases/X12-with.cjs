// case: X12 with in sloppy code
// context: N
// expect: reject E_SLOPPY
with ({ x: 1 }) { module.exports = x; }
