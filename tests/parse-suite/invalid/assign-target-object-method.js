// reject: invalid assignment target: object literal with a method used as a pattern
({ m() {} } = 1);
