// case: X02 a string timer
// context: N
// expect: reject E_DYNAMIC_CODE
setTimeout('globalThis.pwned = 1', 0);
