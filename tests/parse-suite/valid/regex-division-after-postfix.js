// accept: a ++ / 2 divides
var a = 1
a ++ / 2
a-- / 2 / a
