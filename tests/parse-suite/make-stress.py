#!/usr/bin/env python3
"""Writes the stress/ inputs of the parse suite into a folder (default: ./stress).

They are generated rather than committed: each is a few hundred kilobytes of one construct repeated.
`// stress: accept` files must parse; `accept-or-limit` files are valid ECMAScript nested more deeply
than a parser need support, so a nesting-limit diagnostic (exit 1) is as good as success; never a crash.
"""
import os
import sys

N = 100_000
CASES = [
    ("deep-arrows.js", "accept-or-limit: 100000 curried arrow functions", "x = " + "a=>" * N + "0\n"),
    ("deep-assignment.js", "accept-or-limit: 100000 right-nested assignments", "a" + "=a" * N + "\n"),
    ("deep-binary-chain.js",
     "accept-or-limit: 100000-term left-associative + chain (a 100000-deep tree; V8 accepts, acorn runs out of stack)",
     "x = 1" + "+1" * (N - 1) + "\n"),
    ("deep-blocks.js", "accept-or-limit: 100000 nested blocks", "{" * N + "}" * N + "\n"),
    ("deep-brackets.js", "accept-or-limit: 100000 nested array literals", "x = " + "[" * N + "]" * N + "\n"),
    ("deep-call-chain.js", "accept-or-limit: 100000-long call chain f()()... (acorn accepts, V8 runs out of stack)",
     "x = f" + "()" * N + "\n"),
    ("deep-conditional.js", "accept-or-limit: 100000 right-nested conditional operators",
     "x = " + "a?b:" * N + "c\n"),
    ("deep-functions.js", "accept-or-limit: 10000 nested function declarations",
     "function f(){" * 10_000 + "}" * 10_000 + "\n"),
    ("deep-member-chain.js", "accept-or-limit: 100000-long member chain a.b.b... (acorn accepts, V8 runs out of stack)",
     "x = a" + ".b" * N + "\n"),
    ("deep-object-literals.js", "accept-or-limit: 100000 nested object literals",
     "x = " + "{a:" * N + "1" + "}" * N + "\n"),
    ("deep-parens.js",
     "accept-or-limit: 100000 nested parentheses around a number (valid ECMAScript, deeper than acorn and V8 can recurse)",
     "x = " + "(" * N + "1" + ")" * N + "\n"),
    ("deep-templates.js", "accept-or-limit: 10000 nested template substitutions",
     "x = " + "`${" * 10_000 + "1" + "}`" * 10_000 + "\n"),
    ("deep-unary.js", "accept-or-limit: 100000 chained prefix ! operators", "x = " + "!" * N + "y\n"),
    ("long-array-literal.js", "accept: an array literal with 100000 elements on one line",
     "x = [" + "1," * N + "]\n"),
    ("long-comment.js", "accept: a 1000000-character block comment", "/*" + "*" * 1_000_000 + "*/ x\n"),
    ("long-identifier.js", "accept: a 100000-character identifier", "var " + "a" * N + " = 1\n"),
    ("long-string.js", "accept: a 1000000-character string literal", "x = '" + "a" * 1_000_000 + "'\n"),
    ("many-statements.js", "accept: 100000 expression statements", "a;\n" * N),
]


def write_all(folder):
    os.makedirs(folder, exist_ok=True)
    for name, header, body in CASES:
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            f.write(f"// stress: {header}\n{body}")
    return [name for name, _, _ in CASES]


if __name__ == "__main__":
    write_all(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "stress"))
