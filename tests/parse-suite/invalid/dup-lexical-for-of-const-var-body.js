// reject: duplicate lexical declaration: var in the body redeclares a for-of const binding
for (const x of []) {
  var x;
}
