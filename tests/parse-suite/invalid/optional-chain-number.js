// reject: optional chaining: a?.1 (digit after ?. is a conditional operator that lacks its colon)
a?.1;
