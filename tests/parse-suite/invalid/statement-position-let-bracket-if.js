// reject: statement position: let [ as an if body is a declaration, even across a line break
if (a) let
[x] = 1;
