// reject: strict mode, reserved word as identifier: parameter named private in a function whose body is strict
function f(private) {
  "use strict";
}
