// accept: debugger statement and empty statements
debugger;;;
if (1);
for (;;) break;
