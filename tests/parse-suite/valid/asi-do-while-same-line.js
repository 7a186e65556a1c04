// accept: a semicolon is inserted after do-while's ) even before a token on the same line
do {} while (0) x = 1
do ; while (false) 0
