// reject: duplicate lexical declaration: let in a catch block redeclares the catch parameter
try {
} catch (e) {
  let e;
}
