// reject: object literal cover grammar: (...a) not followed by =>
(...a);
