// reject: strict mode, legacy octal escape: \0 followed by 8 is a legacy octal escape in strict code
"use strict";
"\08";
