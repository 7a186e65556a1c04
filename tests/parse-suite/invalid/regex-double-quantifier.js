// reject: regular expression: two quantifiers in a row
x = /a**/;
