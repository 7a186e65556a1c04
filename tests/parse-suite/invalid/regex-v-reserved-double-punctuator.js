// reject: regular expression: reserved double punctuator !! in a v-mode class
x = /[a!!b]/v;
