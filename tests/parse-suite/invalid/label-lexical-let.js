// reject: label: labelled let declaration
a: let x = 1;
