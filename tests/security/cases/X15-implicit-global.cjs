// case: X15 an implicit global (strict mode cannot create one)
// context: N
// expect: reject E_SLOPPY
leaked = 42;
