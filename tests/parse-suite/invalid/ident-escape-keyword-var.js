// reject: identifier escape: v\u0061r used as the keyword var
v\u0061r x = 1;
