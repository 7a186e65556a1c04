// accept: Annex B regular expression syntax without u: ], {, a{, \c, \1 without groups, quantified lookahead, \p, class escapes in ranges, \k without named groups
/]/; /{/; /a{/; /a{1/; /x{,2}/; /\c/; /[\c]/; /\c1/; /\1/; /\8/; /(?=a)*/; /(?!a)+/; /\p{L}/; /[\d-a]/; /\k/; /\a/; /[\_]/; /\00/; /}/
