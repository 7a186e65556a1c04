// reject: use strict with non-simple parameters: use strict in a class method with a default (the rule holds even in already-strict code)
class C {
  m(a = 1) {
    "use strict";
  }
}
