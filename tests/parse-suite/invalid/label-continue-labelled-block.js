// reject: label: continue inside a labelled block naming it
a: {
  continue a;
}
