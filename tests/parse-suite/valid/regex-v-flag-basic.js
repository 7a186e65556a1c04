// accept: v flag: simple classes, escapes, \p{}
/[a-z]/v; /\p{L}/v; /[\p{L}\d]/v; /[\-]/v; /a|b/v
