// reject: invalid assignment target: rest element with an initializer in an array assignment pattern
[...a = 1] = c;
