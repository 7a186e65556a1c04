// accept: a parenthesized string is not a directive
("use strict");
var public = 1
