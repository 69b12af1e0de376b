"""List kabar's benchmarks and run the quick ones, each in its own process.

Run: .venv/bin/python -m bench [--list] [NAME ...]
Without names it runs the quick ones (text_speed, summary_quality, pages_quality) with their
default arguments; the others take minutes and a PostgreSQL server, so they run by name.
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
import time
from pathlib import Path

from bench.indosum import DEV_01
from bench.pages_quality import PAGES

BENCH = Path(__file__).resolve().parent
QUICK = ("text_speed", "summary_quality", "pages_quality")
# Modules that are parts of benchmarks, not benchmarks.
LIBRARIES = frozenset({"__init__", "__main__", "baselines", "indosum", "quote_baseline"})
# The data beside the checkout each quick benchmark reads (see their docstrings).
NEEDS = {"text_speed": DEV_01, "summary_quality": DEV_01, "pages_quality": PAGES}


def benchmarks() -> dict[str, str]:
    """Return every benchmark module with the first line of its docstring, by name."""
    found = {}
    for path in sorted(BENCH.glob("*.py")):
        if path.stem not in LIBRARIES:
            doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
            found[path.stem] = doc.split("\n", 1)[0]
    return found


def run(name: str) -> bool:
    """Run one benchmark as `python -m bench.NAME`; False when it failed or lacks its data."""
    needed = NEEDS.get(name)
    if needed is not None and not needed.exists():
        print(f"bench: {name} skipped: its data is not at {needed}", flush=True)
        return False
    print(f"\n=== bench.{name}", flush=True)
    started = time.perf_counter()
    code = subprocess.run([sys.executable, "-m", f"bench.{name}"], check=False).returncode
    print(f"=== bench.{name}: exit {code} after {time.perf_counter() - started:.0f} s", flush=True)
    return code == 0


def main() -> None:
    """List the benchmarks, then run the named ones (default: the quick ones)."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("names", nargs="*", help="benchmarks to run (default: the quick ones)")
    parser.add_argument("--list", action="store_true", help="only list the benchmarks")
    args = parser.parse_args()
    known = benchmarks()
    unknown = [name for name in args.names if name not in known]
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)}; --list shows them")
    for name, summary in known.items():
        print(f"{name:<17}{'(quick) ' if name in QUICK else ''}{summary}")
    if args.list:
        return
    failed = [name for name in args.names or QUICK if not run(name)]
    if failed:
        sys.exit(f"bench: {', '.join(failed)} did not finish")


if __name__ == "__main__":
    main()
