// reject: arrow function: member access on an arrow with a block body
() => {}.x;
