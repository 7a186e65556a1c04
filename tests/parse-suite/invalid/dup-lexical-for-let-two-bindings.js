// reject: duplicate lexical declaration: for (let a, a; ;) binds a twice
for (let a, a; ; ) {}
