// reject: duplicate lexical declaration: var in the body redeclares a for-in let binding
for (let x in {}) {
  var x;
}
