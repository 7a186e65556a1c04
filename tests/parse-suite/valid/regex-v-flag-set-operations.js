// accept: v flag: nested classes, intersection, subtraction, string literals
/[\p{L}--[a-z]]/v; /[[a-z]&&[aeiou]]/v; /[\q{abc|d}]/v; /[[a-z]--\q{x}]/v; /[^[a-z]&&\p{ASCII}]/v
