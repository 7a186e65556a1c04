// reject: regular expression: unescaped ( in a v-mode class
x = /[(]/v;
