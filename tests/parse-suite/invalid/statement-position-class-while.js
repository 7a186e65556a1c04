// reject: statement position: class declaration as a while body
while (0) class C {}
