// reject: strict mode, eval or arguments as binding or assignment target: function named arguments whose body is strict
function arguments() {
  "use strict";
}
