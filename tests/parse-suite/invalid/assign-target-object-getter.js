// reject: invalid assignment target: object literal with a getter used as a pattern
({ get a() {} } = 1);
