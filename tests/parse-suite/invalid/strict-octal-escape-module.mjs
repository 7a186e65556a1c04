// reject: strict mode, legacy octal escape: octal escape in a module string
'\12';
