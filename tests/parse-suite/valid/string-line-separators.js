// accept: U+2028 and U+2029 inside string literals (allowed since ES2019)
var s = ' '
var t = "a b"
