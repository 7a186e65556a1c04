// reject: syntax error: else without if
else {}
