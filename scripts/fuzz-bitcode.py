#!/usr/bin/env python3
"""Mutation fuzzing of the JIT library's bitcode checks (cruft_jit_check, through its C ABI).

usage: fuzz-bitcode.py [--library .build/debug/libCruftJIT.so] [--seed N] [--count N] [--save DIR]

Assembles Tests/VMTests/Fixtures/bitcode/valid.ll with llvm-as-19, then checks COUNT mutations of it
(1 to 4 byte changes, deletions or insertions each) in this process, and prints how many were refused
for each reason. LLVM's bitcode reader aborts on some malformed inputs; the library reads every
section in a child process first (Sources/JIT/ReaderIsolation.swift), so this process must survive
all of them: the exit status is 0 when it does (a crash here is a finding). --save DIR keeps the
inputs that made the reader die in the child, as reproducers.
"""
import argparse
import collections
import ctypes
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--library", default=os.path.join(ROOT, ".build/debug/libCruftJIT.so"))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=2000)
    ap.add_argument("--save")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as work:
        seed_file = os.path.join(work, "valid.bc")
        subprocess.run(["llvm-as-19", os.path.join(ROOT, "Tests/VMTests/Fixtures/bitcode/valid.ll"), "-o", seed_file],
                       check=True)
        data = open(seed_file, "rb").read()
    library = ctypes.CDLL(args.library)
    library.cruft_jit_check.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_size_t]
    rng = random.Random(args.seed)
    error = ctypes.create_string_buffer(512)
    reasons = collections.Counter()
    for index in range(args.count):
        mutated = bytearray(data)
        for _ in range(rng.randint(1, 4)):
            position = rng.randrange(len(mutated))
            choice = rng.random()
            if choice < 0.6:
                mutated[position] = rng.randrange(256)
            elif choice < 0.8:
                del mutated[position:position + rng.randint(1, 16)]
            else:
                mutated[position:position] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        passed = library.cruft_jit_check(bytes(mutated), len(mutated), error, len(error))
        reason = "passes the checks" if passed else error.value.decode(errors="replace")
        reason = reason.split(" (Producer")[0][:90]
        reasons[reason] += 1
        if args.save and "reader stopped" in reason:
            os.makedirs(args.save, exist_ok=True)
            with open(os.path.join(args.save, "reader-%d-%d.bc" % (args.seed, index)), "wb") as f:
                f.write(mutated)
    for reason, count in reasons.most_common():
        print("%6d  %s" % (count, reason))
    print("%d mutations checked, this process survived all of them" % args.count)
    return 0


if __name__ == "__main__":
    sys.exit(main())
