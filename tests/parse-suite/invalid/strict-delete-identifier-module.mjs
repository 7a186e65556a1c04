// reject: strict mode, delete of an identifier: delete of an identifier in a module
delete x;
