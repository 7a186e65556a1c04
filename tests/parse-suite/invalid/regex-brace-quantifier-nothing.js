// reject: regular expression: braced quantifier with nothing to repeat (an error even with Annex B)
x = /{1}/;
