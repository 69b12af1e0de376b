"""Import every module of kabar's installed packages; fail on the first that cannot load."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

PACKAGES = ("bot", "digest", "storage")
CHECKOUT = Path(__file__).resolve().parents[1]


def import_all() -> int:
    """Import bot, digest and storage with all their submodules; return how many loaded."""
    count = 0
    for name in PACKAGES:
        package = importlib.import_module(name)
        if CHECKOUT in Path(package.__file__ or "").resolve().parents:
            sys.exit(f"import_all: {name} came from the checkout, not the installed package")
        for module in pkgutil.walk_packages(package.__path__, f"{name}."):
            importlib.import_module(module.name)
            count += 1
    return count


if __name__ == "__main__":
    print(f"import_all: {import_all()} modules of {', '.join(PACKAGES)} import")
