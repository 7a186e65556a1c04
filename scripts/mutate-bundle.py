#!/usr/bin/env python3
"""Mutation test of the bundle reader through the real cruftvm.

    scripts/mutate-bundle.py CRUFTVM BUNDLE KEY.pub [--variants 10000] [--splice-from OTHER.cruft]
                             [--lockfile-digest SRI] [--seed 1] [--jobs 2] [--timeout 10] [--keep DIR]

Makes VARIANTS changed copies of a real, valid bundle: bit flips, byte overwrites, structural length
fields set to boundary values, truncations, extensions, insertions, deletions, and splices (ranges
copied within the bundle or from OTHER, another valid bundle by the same builder, at the same or other
offsets), alone or two or three at a time. Each runs through `cruftvm verify` with the builder trusted.

Reports how many variants exited with each status, and three counts that must all be zero:
  crashes   killed by a signal, or an exit status outside the documented ones (docs/bundle-format.md)
  hangs     still running after --timeout seconds
  accepted  exit status 0: only the unmodified bundle may verify
Offending variants are saved to --keep (default: a new directory under /tmp). Exits 1 if any count is
not zero.
"""
import argparse
import collections
import concurrent.futures
import os
import random
import re
import struct
import subprocess
import sys
import tempfile

DOCS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "bundle-format.md")


def documented_statuses():
    """0, 2 (usage) and every status of the table in docs/bundle-format.md, with its code."""
    statuses = {0: "ok", 2: "usage"}
    with open(DOCS, encoding="utf-8") as docs:
        for match in re.finditer(r"^\| (E4\d{3}) \| (\d+) \|", docs.read(), re.MULTILINE):
            statuses[int(match.group(2))] = match.group(1)
    if len(statuses) < 10:
        sys.exit("mutate-bundle: could not read the exit statuses from docs/bundle-format.md")
    return statuses


def layout(data):
    """Offsets of the structural fields of a well-formed bundle: (offset, width) pairs, and the
    ranges of its parts, so that some mutations aim where parsers usually break."""
    fields = [(8, 4), (12, 4)]
    parts = []
    manifest_length = struct.unpack_from("<I", data, 12)[0]
    parts.append((16, 16 + manifest_length))
    offset = 16 + manifest_length
    fields.append((offset, 4))
    count = struct.unpack_from("<I", data, offset)[0]
    offset += 4
    for _ in range(count):
        header = offset
        fields += [(offset, 1), (offset + 1, 2)]
        name_length = struct.unpack_from("<H", data, offset + 1)[0]
        offset += 3 + name_length
        fields += [(offset, 4), (offset + 4, 4)]
        compressed = struct.unpack_from("<I", data, offset)[0]
        offset += 8
        parts.append((header, offset + compressed))
        offset += compressed
    fields += [(offset, 4), (offset + 4, 1)]
    parts.append((offset, len(data)))
    return fields, parts


class Mutator:
    def __init__(self, data, other, rng):
        self.data = data
        self.other = other or data
        self.rng = rng
        self.fields, self.parts = layout(data)

    def boundary_value(self, width, current, size):
        top = (1 << (8 * width)) - 1
        choices = [0, 1, top, top >> 1, (top >> 1) + 1, current + 1, max(current - 1, 0), size, size - current]
        return self.rng.choice(choices) & top

    def mutate_once(self, data):
        rng = self.rng
        n = len(data)
        kind = rng.choice(["flip", "flip", "byte", "field", "truncate", "extend", "insert", "delete",
                           "splice", "splice-other", "splice-aligned", "swap"])
        if n == 0:
            kind = "extend"
        if kind == "flip":
            i = rng.randrange(n)
            data[i] ^= 1 << rng.randrange(8)
        elif kind == "byte":
            i = rng.randrange(n)
            data[i] = rng.choice([0, 1, 0x7F, 0x80, 0xFF, rng.randrange(256)])
        elif kind == "field":
            offset, width = rng.choice(self.fields)
            if offset + width <= n:
                current = int.from_bytes(data[offset:offset + width], "little")
                value = self.boundary_value(width, current, n)
                data[offset:offset + width] = value.to_bytes(width, "little")
        elif kind == "truncate":
            del data[rng.randrange(n):]
        elif kind == "extend":
            extra = rng.choice([
                bytes([0]), bytes(rng.randrange(1, 64)), os.urandom(rng.randrange(1, 64)),
                bytes(self.data[-97:]), bytes(self.other[rng.randrange(len(self.other)):]),
            ])
            data += extra
        elif kind == "insert":
            i = rng.randrange(n + 1)
            data[i:i] = os.urandom(rng.randrange(1, 16))
        elif kind == "delete":
            i = rng.randrange(n)
            del data[i:i + rng.randrange(1, 16)]
        elif kind == "splice":
            # A range of this bundle copied over another range (sizes may differ).
            a, b = sorted(rng.randrange(n) for _ in range(2))
            c = rng.randrange(n)
            data[c:c + rng.randrange(0, 64)] = self.data[a:b + 1]
        elif kind == "splice-other":
            # The same stretch taken from the other bundle, at the same offset.
            a, b = sorted(rng.randrange(min(n, len(self.other))) for _ in range(2))
            data[a:b + 1] = self.other[a:b + 1]
        elif kind == "splice-aligned":
            # A whole part (manifest, a section, the signature block) from the other bundle.
            start, end = rng.choice(self.parts)
            other_fields, other_parts = layout(self.other)
            ostart, oend = rng.choice(other_parts)
            data[start:end] = self.other[ostart:oend]
        elif kind == "swap":
            if len(self.parts) >= 3:
                (a0, a1), (b0, b1) = sorted(rng.sample(self.parts, 2))
                if a1 <= b0 and b1 <= n:
                    data[a0:b1] = data[b0:b1] + data[a1:b0] + data[a0:a1]
        return kind

    def variant(self):
        data = bytearray(self.data)
        kinds = [self.mutate_once(data) for _ in range(self.rng.choice([1, 1, 1, 2, 3]))]
        return bytes(data), "+".join(kinds)


def run(cruftvm, path, key, lockfile, timeout, env):
    command = [cruftvm, "verify", path, "--trust", key]
    if lockfile:
        command += ["--lockfile-digest", lockfile]
    try:
        result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return "hang", b""
    return result.returncode, result.stderr


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cruftvm")
    parser.add_argument("bundle")
    parser.add_argument("key")
    parser.add_argument("--variants", type=int, default=10000)
    parser.add_argument("--splice-from")
    parser.add_argument("--lockfile-digest")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=10)
    parser.add_argument("--keep")
    args = parser.parse_args()

    statuses = documented_statuses()
    original = open(args.bundle, "rb").read()
    other = open(args.splice_from, "rb").read() if args.splice_from else None
    work = tempfile.mkdtemp(prefix="mutate-bundle-")
    keep = args.keep or tempfile.mkdtemp(prefix="mutate-bundle-findings-")
    env = dict(os.environ, XDG_CONFIG_HOME=os.path.join(work, "config"))

    status, stderr = run(args.cruftvm, args.bundle, args.key, args.lockfile_digest, args.timeout, env)
    if status != 0:
        sys.exit(f"mutate-bundle: the unmodified bundle does not verify (status {status}): {stderr.decode()}")

    mutator = Mutator(original, other, random.Random(args.seed))
    variants = []
    seen = {original}
    redrawn = 0
    while len(variants) < args.variants:
        data, kind = mutator.variant()
        if data in seen:
            redrawn += 1  # identical to the original or an earlier variant: draw again
            continue
        seen.add(data)
        variants.append((len(variants), data, kind))

    def check(item):
        index, data, kind = item
        path = os.path.join(work, f"v{index}.cruft")
        with open(path, "wb") as out:
            out.write(data)
        status, stderr = run(args.cruftvm, path, args.key, args.lockfile_digest, args.timeout, env)
        os.unlink(path)
        return index, data, kind, status, stderr

    by_status = collections.Counter()
    by_kind = collections.Counter()
    crashes, hangs, accepted = [], [], []
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for index, data, kind, status, stderr in pool.map(check, variants):
            by_kind[kind.split("+")[0]] += 1
            if status == "hang":
                hangs.append(index)
            elif status == 0:
                accepted.append(index)
            elif status < 0 or status not in statuses:
                crashes.append(index)
            by_status[status] += 1
            if status == "hang" or status == 0 or (isinstance(status, int) and (status < 0 or status not in statuses)):
                with open(os.path.join(keep, f"variant-{index}-{kind}.cruft"), "wb") as out:
                    out.write(data)
                with open(os.path.join(keep, f"variant-{index}-{kind}.stderr"), "wb") as out:
                    out.write(stderr)
    os.rmdir(work)

    print(f"mutate-bundle: {len(variants)} distinct variants of {args.bundle} ({len(original)} bytes), "
          f"seed {args.seed}; {redrawn} draws identical to the original or an earlier variant were redrawn")
    print("first mutation: " + ", ".join(f"{kind} {count}" for kind, count in sorted(by_kind.items())))
    print("exit statuses:")
    for status, count in sorted(by_status.items(), key=lambda item: (isinstance(item[0], str), item[0])):
        name = statuses.get(status, "UNDOCUMENTED") if isinstance(status, int) and status >= 0 else "signal/hang"
        print(f"  {status!s:>6} {name:<12} {count}")
    print(f"crashes: {len(crashes)}")
    print(f"hangs: {len(hangs)}")
    print(f"accepted: {len(accepted)} (the unmodified bundle verified, as it must)")
    if crashes or hangs or accepted:
        print(f"findings saved to {keep}")
        sys.exit(1)
    if not args.keep:
        os.rmdir(keep)


if __name__ == "__main__":
    main()
