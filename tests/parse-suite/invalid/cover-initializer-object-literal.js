// reject: object literal cover grammar: shorthand property with an initializer in an object literal
({ a = 1 });
