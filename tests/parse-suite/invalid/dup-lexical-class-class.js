// reject: duplicate lexical declaration: class declared twice
class A {}
class A {}
