// reject: for-in/for-of: initializer on a for-in var binding in strict code (Annex B is sloppy-only)
"use strict";
for (var x = 1 in y);
