// accept: <!-- in a script is a comment even right after an expression (sloppy Annex B)
var a = 1, b = 2
var c = a <!-- b
;c
