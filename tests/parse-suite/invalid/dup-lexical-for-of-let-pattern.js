// reject: duplicate lexical declaration: for-of let pattern binds a twice
for (let [a, a] of []) {}
