"""Moves the registry countersignature of one envelope.json into another, keeping canonical JSON
(sorted keys, no whitespace, one newline), to forge a countersignature over a different statement.

usage: splice-countersignature.py FROM_ENVELOPE INTO_ENVELOPE
"""
import json
import sys

source = json.load(open(sys.argv[1]))
target = json.load(open(sys.argv[2]))
target["registry"] = source["registry"]
open(sys.argv[2], "w").write(json.dumps(target, sort_keys=True, separators=(",", ":")) + "\n")
