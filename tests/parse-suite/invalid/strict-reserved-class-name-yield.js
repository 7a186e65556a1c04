// reject: strict mode, reserved word as identifier: class named yield (class code is strict)
class yield {}
