// reject: class: assignment expression as heritage
class A extends a = b {}
