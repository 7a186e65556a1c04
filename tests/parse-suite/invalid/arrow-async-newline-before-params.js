// reject: arrow function: line terminator between async and the arrow parameters
async
(a) => 1;
