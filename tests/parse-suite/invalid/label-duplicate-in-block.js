// reject: label: duplicate label on a statement inside the labelled block
a: {
  a: ;
}
