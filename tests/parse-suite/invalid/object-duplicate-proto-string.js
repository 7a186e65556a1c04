// reject: object literal: __proto__ and '__proto__' value properties
({ '__proto__': 1, __proto__: 2 });
