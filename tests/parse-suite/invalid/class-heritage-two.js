// reject: class: two heritage expressions
class A extends B, C {}
