// reject: label: label nested inside a label of the same name
a: a: ;
