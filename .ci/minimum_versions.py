"""Print pip constraints that pin every kabar dependency to its declared minimum version.

Usage: python .ci/minimum_versions.py [EXTRA ...] > constraints.txt
Runs in a bare virtualenv: only the standard library and the pip it ships. A requirement whose
marker does not hold for this Python (say `python_version >= "3.13"`) is left out.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

try:
    from packaging.requirements import Requirement
    from packaging.version import Version
except ImportError:  # a bare venv has no packaging of its own, but pip carries one
    from pip._vendor.packaging.requirements import Requirement
    from pip._vendor.packaging.version import Version

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def minimum_pins(extras: list[str]) -> list[str]:
    """Return `name==minimum` for every dependency; fail on one without a `>=` minimum."""
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    lines = list(project["dependencies"])
    for extra in extras:
        lines += project["optional-dependencies"][extra]
    pins, unbounded = [], []
    for line in lines:
        requirement = Requirement(line)
        if requirement.marker is not None and not requirement.marker.evaluate():
            continue
        floors = [Version(s.version) for s in requirement.specifier if s.operator == ">="]
        if floors:
            pins.append(f"{requirement.name}=={max(floors)}")
        else:
            unbounded.append(line)
    if unbounded:
        sys.exit(f"minimum_versions: no `>=` minimum declared for {', '.join(unbounded)}")
    return pins


if __name__ == "__main__":
    print("\n".join(minimum_pins(sys.argv[1:])))
