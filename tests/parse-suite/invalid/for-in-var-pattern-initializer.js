// reject: for-in/for-of: initializer on a for-in var pattern (Annex B allows only an identifier)
for (var [x] = 1 in y);
