// reject: identifier escape: \u0061sync used as the contextual keyword async
\u0061sync function f() {}
