// reject: strict mode, delete of an identifier: delete of a parenthesized identifier in strict code
"use strict";
delete ((x));
