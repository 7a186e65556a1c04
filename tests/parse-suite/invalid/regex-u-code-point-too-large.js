// reject: regular expression: \u{110000} in u mode
x = /\u{110000}/u;
