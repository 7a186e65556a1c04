// reject: invalid assignment target: trailing comma after the rest property of an object assignment pattern
({ ...a, } = c);
