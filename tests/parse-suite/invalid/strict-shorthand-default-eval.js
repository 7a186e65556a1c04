// reject: strict-eval-arguments: a shorthand default cannot assign eval in strict code
"use strict";
({ eval = 0 } = {});
