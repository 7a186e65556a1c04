// reject: class: arrow function as heritage
class A extends () => {} {}
