// reject: duplicate lexical declaration: var in the body redeclares a for (let ...) binding
for (let x; ; ) {
  var x;
}
