// reject: regular expression: unmatched )
x = /a)/;
