// reject: syntax error: catch parameter with an initializer
try {} catch (e = 1) {}
