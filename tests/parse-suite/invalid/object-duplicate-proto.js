// reject: object literal: two __proto__: value properties
({ __proto__: 1, __proto__: 2 });
