// reject: regular expression: group name starting with a digit
x = /(?<1a>x)/;
