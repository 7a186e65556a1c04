// reject: class: extends {} taken as the heritage, then no class body
class A extends {}
