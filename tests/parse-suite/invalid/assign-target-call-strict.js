// reject: invalid assignment target: call expression on the left of = in strict code (V8 defers it to run time even here)
"use strict";
f() = 1;
