// case: X17 guarded feature detection of a capability the package does not hold
// context: N
// expect: compile
// outcome: default = null
module.exports = typeof fetch === 'function' ? fetch('https://x.example') : null;
