// reject: invalid assignment target: object rest property that is a nested pattern
({ ...{ a } } = c);
