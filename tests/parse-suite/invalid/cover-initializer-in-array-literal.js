// reject: object literal cover grammar: object literal with a shorthand initializer inside an array literal
[{ a = 1 }];
