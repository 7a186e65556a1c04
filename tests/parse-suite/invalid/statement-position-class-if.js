// reject: statement position: class declaration as an if body
if (a) class C {}
