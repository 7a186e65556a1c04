// reject: arrow function: line terminator between arrow parameters and =>
(a)
=> 1;
