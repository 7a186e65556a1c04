// reject: arrow function: line terminator between a bare parameter and =>
a
=> 1;
