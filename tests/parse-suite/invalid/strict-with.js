// reject: strict mode, with: with statement in strict code
"use strict";
with (a) {}
