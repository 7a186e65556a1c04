// accept: an escaped "use\x20strict" is not the use strict directive
"use\x20strict";
with ({}) {}
var x = 010
