// accept: named groups, lookbehind, \p{} with u, \k, \u{...}
/(?<year>\d{4})-(?<m>\d\d)\k<year>/u; /(?<=a)b(?<!c)/; /\p{Script=Greek}\P{L}\p{Lu}/u; /\u{1F600}/u; /[\u{1F600}-\u{1F64F}]/u
