// reject: invalid assignment target: rest property not last in an object assignment pattern
({ ...a, b } = c);
