// reject: arrow function: number as arrow parameter
(1) => 1;
