// accept: (let[0]) is a member expression in sloppy code
var let = [1]
;(let[0] = 2)
