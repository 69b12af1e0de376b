"""Topics, categories and the topic key subscriptions match on."""

from digest.parse import parse_article
from digest.tag import tag, topic_key
from tests.digest.test_parse import ARTICLES, SEED


def test_seed_topics_and_category() -> None:
    topics, category = tag(parse_article(SEED.read_bytes()))
    assert {"Vladimir Putin", "Rusia", "Belarusia"} <= set(topics)
    assert "Putin" not in topics
    assert not any(t.casefold().startswith("jitunews") or t in {"Juli", "Jumat"} for t in topics)
    assert len(topics) <= 8
    assert category == "internasional"


def test_english_place_names_map_to_one_spelling() -> None:
    topics, category = tag(parse_article((ARTICLES / "en_reuters.txt").read_text()))
    assert "Andrew Bailey" in topics
    assert "Inggris" in topics  # "Britain"
    assert "Reuters" not in topics
    assert category == "ekonomi"


def test_html_topics_merge_short_names() -> None:
    topics, _ = tag(parse_article((ARTICLES / "id_detik.html").read_text()))
    assert "Jawa Tengah" in topics and "Basuki Hadimuljono" in topics
    assert "Basuki" not in topics


def test_topic_key_matches_variants() -> None:
    assert topic_key("putin") == topic_key("Putin") == topic_key("PUTIN ")
    assert topic_key("Russia") == topic_key("rusia")
    assert topic_key("Türkiye") == topic_key("Turki")
    assert topic_key("  Vladimir   Putin.") == "vladimir putin"
