// reject: invalid assignment target: rest element that is a comma expression
[...(a, b)] = c;
