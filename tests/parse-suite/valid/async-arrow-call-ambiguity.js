// accept: async(...) as a call vs async arrow
var async = function () {}, a, b
async(a, b)
async (a, b) => a
async(...[a])
async (...r) => r
var o = { async: 1 }
o.async(1)
