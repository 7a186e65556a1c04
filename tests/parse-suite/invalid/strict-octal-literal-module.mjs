// reject: strict mode, legacy octal literal: legacy octal literal in a module
010;
