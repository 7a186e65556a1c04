// reject: object literal cover grammar: object literal with a shorthand initializer used as a member expression object
({ a = 1 }).b;
