// reject: regular expression: \k<b> naming no group
x = /(?<a>x)\k<b>/;
