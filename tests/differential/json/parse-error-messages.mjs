// JSON.parse's SyntaxError messages say what was expected where, as V8's do (jmespath and flatted
// print them).
const inputs = [
  '', ' ', '{', '[', '{bad json', '{"a" 1}', '{"a":1 "b":2}', '{"a":1,}', '[1 2]', '[1,]', '[,1]', '{,}', '{"a":}',
  '"unterminated', '"bad \\x escape"', '"bad \\u12G4"', '"tab\there"', '-', '-x', '1e', '1e+', '1.', '1.e5', '01', '00',
  '1 2', 'true false', 'tru', 'nul', 'falsy', 'undefined', 'NaN', "'single'", '{"a":1}}', '[1]]', 'x', 'not json',
  '{"key": "value", "other": wrong}', 'a very long input that goes well past thirty characters', '[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, x, 13, 14, 15, 16, 17, 18]',
  '{"a": [1, 2, {"b": tru}]}', '\u2028', '"\u0001"', '{"a":1,"a"}', '[1,2', '{"a":[', '123abc', '"abc"def', '[] x',
];
for (const input of inputs) {
  try {
    console.log(JSON.stringify(input), '->', JSON.stringify(JSON.parse(input)));
  } catch (e) {
    console.log(JSON.stringify(input), '->', e.name + ': ' + e.message);
  }
}
