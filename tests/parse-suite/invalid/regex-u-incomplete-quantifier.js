// reject: regular expression: incomplete braced quantifier in u mode
x = /a{/u;
