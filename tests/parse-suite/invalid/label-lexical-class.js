// reject: label: labelled class declaration
a: class C {}
