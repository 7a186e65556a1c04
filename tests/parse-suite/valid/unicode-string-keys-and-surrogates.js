// accept: astral characters and escaped surrogates in strings, template raw
var s = '😀 \uD83D\uDE00 \uD800'
var t = `😀${s}`
