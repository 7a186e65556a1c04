// accept: ||=, &&=, ??= on identifiers and members
var a, o = {}
a ||= 1
a &&= 2
a ??= 3
o.x ??= 4
o['y'] ||= 5
