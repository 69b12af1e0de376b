"""The deployment files agree with the settings kabar actually reads."""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def test_compose_file_parses_and_uses_only_known_settings() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    services = compose["services"]
    assert {"db", "kabar"} <= set(services)
    assert services["kabar"]["depends_on"]["db"]["condition"] == "service_healthy"
    assert "healthcheck" in services["db"] and "healthcheck" in services["kabar"]
    assert any(v.startswith("pgdata:") for v in services["db"]["volumes"])
    known = {f"KABAR_{name.upper()}" for name in Settings.model_fields}
    used = set(services["kabar"]["environment"])
    assert used <= known, used - known
    assert services["kabar"]["environment"]["KABAR_DATABASE_URL"].startswith(
        "postgresql+asyncpg://"
    )


def test_readme_documents_every_setting_and_opens_with_make() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    head = "\n".join(readme.splitlines()[:10])
    assert "make run" in head and "make test" in head
    for name in Settings.model_fields:
        assert f"KABAR_{name.upper()}" in readme, name


def test_ci_runs_exactly_make_test() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert script.rstrip().splitlines()[-1] == "make test"
