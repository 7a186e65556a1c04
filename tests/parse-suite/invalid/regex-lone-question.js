// reject: regular expression: ? with nothing to repeat
x = /?/;
