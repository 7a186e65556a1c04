// reject: syntax error: conditional with two colons
a ? b : c : d;
