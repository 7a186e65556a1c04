// reject: invalid assignment target: object pattern with a logical assignment
({ a } ||= b);
