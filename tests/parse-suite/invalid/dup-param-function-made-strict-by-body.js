// reject: duplicate parameter: duplicate parameters in a function whose body says use strict
function f(a, a) {
  "use strict";
}
