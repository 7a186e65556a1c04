# lit configuration for cruft's golden tests. Run with: lit -sv lit-tests
# The binaries come from $CRUFT_BIN_DIR (default: .build/debug); FileCheck is LLVM 19's.
import os
import shutil

import lit.formats

config.name = "cruft"
config.test_format = lit.formats.ShTest()
config.suffixes = [".js", ".mjs", ".cjs", ".test"]
config.excludes = ["Inputs", "lit.cfg.py"]
config.test_source_root = os.path.dirname(os.path.abspath(__file__))
repo = os.path.dirname(config.test_source_root)
config.test_exec_root = os.path.join(repo, ".build", "lit")

bin_dir = os.environ.get("CRUFT_BIN_DIR", os.path.join(repo, ".build", "debug"))
config.substitutions.append(("%cruftc", os.path.join(bin_dir, "cruftc")))
config.substitutions.append(("%cruftvm", os.path.join(bin_dir, "cruftvm")))
config.substitutions.append(("%fuzz-parser", os.path.join(bin_dir, "FuzzParser")))
config.substitutions.append(("%test262-runner", os.path.join(bin_dir, "test262-runner")))

filecheck = shutil.which("FileCheck-19") or "/usr/lib/llvm-19/bin/FileCheck"
if not os.path.exists(filecheck):
    lit_config.fatal("FileCheck-19 not found: run scripts/setup.sh")
config.substitutions.append(("FileCheck", filecheck))
config.substitutions.append(("%python", shutil.which("python3")))
# Diagnostics are plain text in tests whatever the terminal.
config.environment["NO_COLOR"] = "1"
