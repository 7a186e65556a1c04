// reject: regular expression: empty group name
x = /(?<>x)/;
