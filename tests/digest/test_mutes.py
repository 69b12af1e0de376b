"""Mute words match the way search does: by stem, in both languages, phrases in order."""

from __future__ import annotations

import pytest

from digest.mutes import MutedText, parse_mute, same_mute

ARTICLE = MutedText(
    [
        "Dana Desa Dikorupsi, Kepala Desa Ditahan",
        "Jaksa menahan kepala desa. Pasar Anyar ramai; the elections in Bogor are next year.",
    ]
)


def _mute(phrase: str):  # type: ignore[no-untyped-def]
    mute = parse_mute(phrase)
    assert mute is not None
    return mute


@pytest.mark.parametrize(
    "phrase",
    ["korupsi", "KORUPSI", "dikorupsi", "election", "Elections", "pasar anyar", "kepala  desa"],
)
def test_a_mute_hides_every_form_of_its_words(phrase: str) -> None:
    assert ARTICLE.matches(_mute(phrase))


@pytest.mark.parametrize("phrase", ["anyar pasar", "banjir", "desa ramai", "ditahan jaksa"])
def test_a_phrase_needs_its_words_together_and_in_order(phrase: str) -> None:
    # "Ditahan" ends the headline and "Jaksa" opens the body: no phrase runs across them.
    assert not ARTICLE.matches(_mute(phrase))


def test_one_mute_under_two_spellings_is_the_same_mute() -> None:
    assert _mute("korupsi").key == _mute("dikorupsi").key
    assert same_mute(_mute("election"), _mute("elections"))
    assert not same_mute(_mute("pasar anyar"), _mute("pasar"))


@pytest.mark.parametrize("phrase", ["", "   ", "!!! ...", " ".join(["kata"] * 9)])
def test_nothing_to_match_is_no_mute(phrase: str) -> None:
    assert parse_mute(phrase) is None
