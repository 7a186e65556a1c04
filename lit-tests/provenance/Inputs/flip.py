"""Flips the lowest bit of one byte of a file: at an offset, or at the first byte of a text.

usage: flip.py FILE (OFFSET | --text TEXT)
"""
import sys

path = sys.argv[1]
data = bytearray(open(path, "rb").read())
if sys.argv[2] == "--text":
    offset = data.find(sys.argv[3].encode())
    if offset < 0:
        sys.exit(f"{sys.argv[3]!r} not in {path}")
else:
    offset = int(sys.argv[2])
data[offset] ^= 1
open(path, "wb").write(data)
