// accept: if (a) let followed by a line break is an identifier expression statement (sloppy)
var let, a, x
if (a) let
x = 1
