// reject: invalid assignment target: trailing comma after the rest element of an array assignment pattern
[...a,] = c;
