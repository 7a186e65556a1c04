// accept: a, line break, ++/x/.lastIndex: ASI, then prefix ++ on a regex member
var a = 1
a
++/x/.lastIndex
