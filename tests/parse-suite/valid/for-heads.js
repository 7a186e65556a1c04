// accept: for heads with let/const/var, expressions, member targets, in inside parentheses
var o = {}, x
for (x.y of []);
for (x in o);
for (var i = ('a' in o); i; ) break
for (let [a, b] = [1, 2]; ; ) break
for (const { c } = {}; ; ) break
for (x = 0; x < 1; x++) ;
for (var z = function () { return 'a' in o }; ; ) break
