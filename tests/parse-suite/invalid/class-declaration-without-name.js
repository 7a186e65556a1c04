// reject: class: class declaration without a name
class {}
