// accept: in operator on the right of of
var o = {}
for (var x of ['a' in o]);
for (var y of (1, [2]));
