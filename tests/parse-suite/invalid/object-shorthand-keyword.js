// reject: object literal: shorthand property that is a keyword
({ if });
