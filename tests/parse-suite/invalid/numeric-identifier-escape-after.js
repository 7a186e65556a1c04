// reject: numeric literal: identifier escape right after a numeric literal
3\u0061;
