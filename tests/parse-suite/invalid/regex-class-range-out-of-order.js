// reject: regular expression: class range out of order
x = /[z-a]/;
