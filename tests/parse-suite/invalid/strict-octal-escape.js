// reject: strict mode, legacy octal escape: octal escape \01 in a strict string
"use strict";
"\01";
