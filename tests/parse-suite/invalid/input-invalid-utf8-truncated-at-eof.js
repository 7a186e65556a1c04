// reject: bad input: file ends inside a three-byte sequence (0xE2 0x82) in a comment
var a;
// â‚