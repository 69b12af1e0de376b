"""Small excerpts of real text that tests read; each folder's README gives licence and source."""

from pathlib import Path

# 54 IndoSum dev articles (CC BY-SA 4.0): see indosum/README.md for how they were cut.
INDOSUM_EXCERPT = Path(__file__).parent / "indosum" / "dev.01.excerpt.jsonl"
