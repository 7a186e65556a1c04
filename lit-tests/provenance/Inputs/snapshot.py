"""Prints every path under a directory with its kind, mode, size and SHA-256, so that two runs can be
diffed to show that a refused command wrote nothing."""
import hashlib
import os
import stat
import sys

root = sys.argv[1]
for base, dirs, files in sorted(os.walk(root)):
    dirs.sort()
    for name in [""] + sorted(files):
        path = os.path.join(base, name) if name else base
        info = os.lstat(path)
        digest = ""
        if stat.S_ISREG(info.st_mode):
            digest = hashlib.sha256(open(path, "rb").read()).hexdigest()
        print(os.path.relpath(path, root), oct(info.st_mode), info.st_size if digest else "-", digest)
