// reject: object literal cover grammar: object literal with a shorthand initializer as a call argument
f({ a = 1 });
