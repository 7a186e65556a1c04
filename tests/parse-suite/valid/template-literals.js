// accept: template literals: substitutions, nesting, escapes, line breaks
var a = 1
var t = `a${a}b${`c${a}d`}e`
var u = `line1
line2 \n \t \u0041 \u{1F600} \x41 \0 \` \$ $ {}`
var v = `${`${`${a}`}`}`
var w = `\
`
