// reject: label: labelled const declaration
a: const x = 1;
