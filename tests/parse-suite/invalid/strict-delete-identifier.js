// reject: strict mode, delete of an identifier: delete of an unqualified identifier in strict code
"use strict";
delete x;
