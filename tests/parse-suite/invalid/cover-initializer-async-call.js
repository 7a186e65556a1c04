// reject: object literal cover grammar: async(...) call whose argument has a shorthand initializer, not followed by =>
async({ a = 1 });
