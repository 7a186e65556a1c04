// reject: syntax error: array literal without ]
[1, 2;
