// reject: regular expression: group name with an out-of-range escape
x = /(?<a\u{110000}>.)/u;
