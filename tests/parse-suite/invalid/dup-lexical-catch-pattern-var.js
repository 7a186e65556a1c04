// reject: duplicate lexical declaration: var in a catch block redeclares a destructured catch parameter (Annex B allows it only for a plain identifier)
try {
} catch ([e]) {
  var e;
}
