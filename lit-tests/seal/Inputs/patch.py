#!/usr/bin/env python3
"""Writes a changed copy of a bundle: patch.py IN OUT OPERATION...

Operations, applied in order:
  xor OFFSET BYTE       xor the byte at OFFSET (negative: from the end) with BYTE (decimal or 0x..)
  replace OLD NEW       replace the first occurrence of text OLD with NEW (same length or not)
  truncate LENGTH       keep the first LENGTH bytes (negative: drop that many from the end)
  append TEXT           append TEXT
"""
import sys

data = bytearray(open(sys.argv[1], "rb").read())
ops = sys.argv[3:]
while ops:
    op = ops.pop(0)
    if op == "xor":
        offset, value = int(ops.pop(0), 0), int(ops.pop(0), 0)
        data[offset] ^= value
    elif op == "replace":
        old, new = ops.pop(0).encode(), ops.pop(0).encode()
        index = data.find(old)
        if index < 0:
            sys.exit(f"patch.py: {old!r} not found")
        data[index:index + len(old)] = new
    elif op == "truncate":
        length = int(ops.pop(0))
        data = data[:length]
    elif op == "append":
        data += ops.pop(0).encode()
    else:
        sys.exit(f"patch.py: unknown operation {op}")
open(sys.argv[2], "wb").write(bytes(data))
