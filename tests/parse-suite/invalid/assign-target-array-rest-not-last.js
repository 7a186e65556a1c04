// reject: invalid assignment target: rest element not last in an array assignment pattern
[...a, b] = c;
