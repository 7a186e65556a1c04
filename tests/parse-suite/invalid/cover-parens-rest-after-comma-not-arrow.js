// reject: object literal cover grammar: (a, ...b) not followed by =>
(a, ...b);
