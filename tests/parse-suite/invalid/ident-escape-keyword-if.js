// reject: identifier escape: \u0069f used as the keyword if
\u0069f (1) {}
