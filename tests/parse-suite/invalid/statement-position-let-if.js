// reject: statement position: let declaration as an if body
if (a) let x = 1;
