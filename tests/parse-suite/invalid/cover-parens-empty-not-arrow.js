// reject: object literal cover grammar: () not followed by =>
();
