// reject: identifier escape: escaped of in for-of
for (x \u006ff []);
