// reject: invalid assignment target: optional chain as a destructuring target
[a?.b] = c;
