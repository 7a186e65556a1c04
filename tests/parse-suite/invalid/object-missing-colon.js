// reject: object literal: property without a colon
({ a 1 });
