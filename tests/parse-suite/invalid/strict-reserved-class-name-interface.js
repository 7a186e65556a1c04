// reject: strict mode, reserved word as identifier: class named interface
class interface {}
