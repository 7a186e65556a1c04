// reject: duplicate lexical declaration: const in a method body redeclares a parameter
({
  m(a) {
    const a = 1;
  },
});
