// reject: statement position: function declaration as an if body in strict code (Annex B is sloppy-only)
"use strict";
if (a) function f() {}
