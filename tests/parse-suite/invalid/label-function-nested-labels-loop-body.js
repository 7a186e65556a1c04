// reject: label: doubly labelled function as a for body
for (;;) a: b: function f() {}
