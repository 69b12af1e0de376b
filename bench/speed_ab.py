"""Whole-pipeline speed of this checkout against another one, in one process, pass by pass.

Run: .venv/bin/python -m bench.speed_ab --before PATH [--passes N]
PATH is a second checkout of the baseline commit (`git worktree add PATH COMMIT`). Both
`digest` packages are loaded side by side and their passes over the same articles alternate,
so a slow spell of a shared machine slows both alike; each side's best pass is reported, in
the process's own CPU seconds on one core, as `bench.text_speed` times them.

On a machine whose speed swings from minute to minute, count instructions instead: `--side
before|now --limit N` runs one side once over the first N articles of each corpus, untimed,
for `valgrind --tool=callgrind`; the difference between `--limit N` and `--limit 0`, over N,
is that side's instructions per article.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from bench.indosum import load
from bench.text_speed import _pages, card_pipeline

Pipeline = Callable[[str], object]


def _digest_modules() -> dict[str, ModuleType]:
    return {
        name: module
        for name, module in sys.modules.items()
        if name == "digest" or name.startswith("digest.")
    }


def _load(tree: Path) -> tuple[Pipeline, dict[str, ModuleType]]:
    """Import the digest package of one checkout; return its pipeline and its modules."""
    for name in _digest_modules():
        del sys.modules[name]
    sys.path.insert(0, str(tree))
    try:
        from digest.card import make_card
        from digest.model import ArticleRejected
        from digest.render import render_card
    finally:
        sys.path.remove(str(tree))
    # Modules a function imports when first called ("digest.htmlpage") come from its tree.
    for path in sorted((tree / "digest").glob("*.py")):
        __import__(f"digest.{path.stem}")

    return card_pipeline(make_card, render_card, ArticleRejected), _digest_modules()


def _pass(run: Pipeline, modules: dict[str, ModuleType], items: list[str]) -> float:
    sys.modules.update(modules)  # what the pipeline imports late resolves to its own tree
    start = time.process_time()
    for item in items:
        run(item)
    return time.process_time() - start


def main() -> None:
    """Alternate the two pipelines over IndoSum and the copied pages; print a markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, required=True, help="checkout of the baseline")
    parser.add_argument("--passes", type=int, default=6)
    parser.add_argument("--side", choices=("before", "now"), help="run only this side, once")
    parser.add_argument("--limit", type=int, help="with --side: the first N articles of each")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    here = Path(__file__).resolve().parent.parent
    sides = {"before": _load(args.before.resolve()), "now": _load(here)}
    articles = load()
    raw = [
        a.headline.capitalize() + "\n\n" + "\n\n".join(p.body)
        for a, p in ((a, a.to_parsed()) for a in articles)
    ]
    corpora = [(f"IndoSum dev.01 ({len(raw)})", raw)]
    if pages := _pages():
        corpora.append((f"copied pages ({len(pages)})", pages))
    if args.side:
        run, modules = sides[args.side]
        for _, items in corpora:
            _pass(run, modules, items[: args.limit])
        return
    print(f"best of {args.passes} alternating passes, one core, CPU time")
    print("| corpus | before: articles/s | now: articles/s | now / before |")
    print("|---|---:|---:|---:|")
    for label, items in corpora:
        for run, modules in sides.values():
            _pass(run, modules, items)  # warm-up: first-call imports and caches are not timed
        best = dict.fromkeys(sides, float("inf"))
        for _ in range(args.passes):
            for side, (run, modules) in sides.items():
                best[side] = min(best[side], _pass(run, modules, items))
        rate = {side: len(items) / seconds for side, seconds in best.items()}
        ratio = rate["now"] / rate["before"]
        print(f"| {label} | {rate['before']:,.0f} | {rate['now']:,.0f} | {ratio:.2f}× |")


if __name__ == "__main__":
    main()
