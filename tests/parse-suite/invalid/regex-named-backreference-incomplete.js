// reject: regular expression: bare \k in a pattern with named groups
x = /(?<a>x)\k/;
