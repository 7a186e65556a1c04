// reject: strict mode, eval or arguments as binding or assignment target: class named eval (class code is strict)
class eval {}
