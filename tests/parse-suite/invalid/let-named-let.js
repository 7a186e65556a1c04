// reject: let as a lexically bound name: let let = 1 (disallowed even in sloppy code)
let let = 1;
