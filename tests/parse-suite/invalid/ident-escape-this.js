// reject: identifier escape: th\u0069s used as the keyword this
th\u0069s.x;
