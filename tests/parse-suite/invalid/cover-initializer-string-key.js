// reject: object literal cover grammar: string-keyed property with = in an object pattern
({ "a" = 1 } = {});
