// reject: statement position: const declaration as an if body
if (a) const x = 1;
