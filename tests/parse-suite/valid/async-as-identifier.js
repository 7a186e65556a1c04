// accept: async as an identifier, call, parameter and label
var async = function () {}
async(1)
async = 2
function f(async) {}
async: ;
;(async)
async
(x)
