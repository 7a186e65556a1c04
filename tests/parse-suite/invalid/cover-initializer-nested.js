// reject: object literal cover grammar: nested object literal with a shorthand initializer
({ a, b: { c = 1 } });
