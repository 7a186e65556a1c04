// accept: let as an identifier in sloppy code
var let = 1
let = 2
let.x
;(let[0])
let(1)
let: for (;;) break let
function g(let) { return let }
