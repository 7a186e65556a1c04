// reject: regular expression: duplicate group name (allowed only from ES2025)
x = /(?<a>x)(?<a>y)/;
