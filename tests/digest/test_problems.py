"""Reasons for refusing an input read in each language; the English one stays for the CLI."""

from __future__ import annotations

import pickle

import pytest

from digest.card import make_card
from digest.model import ArticleRejected


def test_a_rejection_reads_in_the_readers_language_and_in_english_for_logs() -> None:
    with pytest.raises(ArticleRejected) as caught:
        make_card('{"title": "not an article", "items": [1, 2, 3]}')
    assert str(caught.value) == "not an article: the input is JSON data"
    assert caught.value.problem.text("id") == "bukan artikel: isinya data JSON"
    assert caught.value.problem.text("fr") == str(caught.value)


def test_a_rejection_survives_a_trip_to_a_worker_process() -> None:
    error = ArticleRejected("unreadable", error="ValueError")
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is ArticleRejected and copy.problem == error.problem
    assert str(copy) == "kabar could not read it (ValueError)"
