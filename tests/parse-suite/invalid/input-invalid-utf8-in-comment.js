// reject: bad input: truncated two-byte sequence 0xC3 0x28 inside a comment
// cafÃ(
var a;
