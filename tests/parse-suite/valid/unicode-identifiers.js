// accept: non-ASCII identifiers, escapes in identifiers, ZWNJ/ZWJ continue characters, $ and _
var ünïcödé = 1, 变量 = 2, Ωmega = 3, $ = 4, _ = 5, a\u200Cb = 6, c\u200Dd = 7
var \u0061bc = 8, \u{62}cd = 9, x\u{1F4}y = 10
abc + bcd
var 𝒜 = 11
var ℮ = 12
