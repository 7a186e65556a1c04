// reject: super outside its allowed contexts: super.x in a top-level class heritage
class A extends super.x {}
