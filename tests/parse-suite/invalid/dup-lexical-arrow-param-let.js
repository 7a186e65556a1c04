// reject: duplicate lexical declaration: let in an arrow body redeclares a parameter
(a) => {
  let a;
};
