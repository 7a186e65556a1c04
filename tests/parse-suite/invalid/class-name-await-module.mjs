// reject: class: class named await in a module
class await {}
