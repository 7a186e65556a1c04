// accept: for (let in o) and for (let.x in o) in sloppy code
var o = {}, let
for (let in o);
for (let.x in o);
