"""What the program checkers share (check-differential.py, check-corpus-drivers.py): running a
command with a time limit, comparing node's output with a committed .expected file, regenerating it
from two agreeing node runs, and a throwaway builder key for cruft mode."""
import os
import subprocess
import tempfile


def run(argv, timeout, cwd=None, env=None):
    """(status, stdout, stderr); status None when the time ran out."""
    try:
        p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout, cwd=cwd, env=env)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return None, b"", b"timeout\n"


def tail(data, limit=400):
    return data.decode(errors="replace").strip()[-limit:]


def expected_path(program):
    return os.path.splitext(program)[0] + ".expected"


def check_oracle(node_result, program):
    """node still prints the committed .expected: (True, "") or (False, why)."""
    status, out, err = node_result
    try:
        with open(expected_path(program), "rb") as f:
            want = f.read()
    except OSError:
        return False, "no .expected file"
    if status != 0:
        return False, "node exited %s: %s" % (status, tail(err))
    if out != want:
        return False, "node's stdout differs from .expected"
    return True, ""


def update_expected(run_node, program, line_count_problem):
    """Runs node twice; writes .expected when both runs agree, exit 0, and `line_count_problem(n)`
    returns None for their line count n. (True, "") or (False, why)."""
    s1, o1, e1 = run_node()
    s2, o2, _ = run_node()
    if s1 != 0 or s2 != 0:
        return False, "node exited %s: %s" % (s1, tail(e1))
    if o1 != o2:
        return False, "nondeterministic: two runs printed different output"
    problem = line_count_problem(o1.count(b"\n"))
    if problem:
        return False, problem
    with open(expected_path(program), "wb") as f:
        f.write(o1)
    return True, ""


def builder_key(cruftc, timeout, prefix, name):
    """A throwaway builder key: (its directory, to delete afterwards; the key path without .key/.pub)."""
    directory = tempfile.mkdtemp(prefix=prefix)
    key = os.path.join(directory, name)
    status, _, err = run([cruftc, "key", "generate", "--out", key], timeout)
    if status != 0:
        raise SystemExit("key generate failed: " + err.decode(errors="replace"))
    return directory, key
