// reject: duplicate lexical declaration: function declaration in a catch block redeclares the catch parameter
try {
} catch (e) {
  function e() {}
}
