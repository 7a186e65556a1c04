// reject: regular expression: octal escape in u mode
x = /\01/u;
