// reject: regular expression: intersection and subtraction mixed in one class
x = /[a&&b--c]/v;
