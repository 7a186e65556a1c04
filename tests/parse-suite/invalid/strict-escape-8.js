// reject: strict mode, legacy octal escape: \8 in a strict string
"use strict";
"\8";
