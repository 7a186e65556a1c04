// reject: declaration: enum (always reserved) as a variable name
var enum;
