// reject: arrow function: line terminator between async arrow parameters and =>
async (a)
=> 1;
