// reject: numeric literal: identifier start right after a numeric literal
3in [];
