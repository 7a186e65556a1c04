// accept: regex after the ) of if (...) and while (...)
var a, c
if (a) /b/.test(c)
while (a) /b/g.exec(c)
for (;a;) /b/
