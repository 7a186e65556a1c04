// reject: regular expression: quantified lookahead in u mode
x = /(?=a)*/u;
