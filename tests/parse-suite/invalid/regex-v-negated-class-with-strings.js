// reject: regular expression: negated class that may contain strings
x = /[^\q{ab}]/v;
