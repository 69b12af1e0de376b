"""Sentence splitting on Indonesian and English news text."""

import pytest

from digest.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dr. H. Ahmad, S.H., M.Si. tinggal di Jl. Merdeka No. 5 Kec. Sukajadi Kab. Bandung. "
            "Ia lahir pada 1960.",
            [
                "Dr. H. Ahmad, S.H., M.Si. tinggal di Jl. Merdeka No. 5 Kec. Sukajadi "
                "Kab. Bandung.",
                "Ia lahir pada 1960.",
            ],
        ),
        (
            "Hj. Siti dan Prof. Ir. Budi hadir. Surat a.n. Budi u.p. Siti dikirim kemarin.",
            ["Hj. Siti dan Prof. Ir. Budi hadir.", "Surat a.n. Budi u.p. Siti dikirim kemarin."],
        ),
        (
            "PT. ABC dan PT Bank Mandiri (Persero) Tbk. mencatat laba. Sahamnya naik.",
            ["PT. ABC dan PT Bank Mandiri (Persero) Tbk. mencatat laba.", "Sahamnya naik."],
        ),
        (
            "Ia membeli buku, pensil, dll. Setelah itu ia pulang. Hasil riset Budi dkk. dimuat.",
            [
                "Ia membeli buku, pensil, dll.",
                "Setelah itu ia pulang.",
                "Hasil riset Budi dkk. dimuat.",
            ],
        ),
        (
            "Mr. Smith of Apple Inc. met Mrs. Jones in the U.S. and the U.K. on Jan. 5 at 9 a.m. "
            "He left, e.g. by train.",
            [
                "Mr. Smith of Apple Inc. met Mrs. Jones in the U.S. and the U.K. on Jan. 5 "
                "at 9 a.m.",
                "He left, e.g. by train.",
            ],
        ),
        (
            "Harganya Rp 1.500 per liter. Nilainya Rp1,5 triliun atau naik 3,5 persen. "
            "Jumlahnya 1.000.000 orang. Sales rose 2.5 percent. Versi 2.0.1 dirilis.",
            [
                "Harganya Rp 1.500 per liter.",
                "Nilainya Rp1,5 triliun atau naik 3,5 persen.",
                "Jumlahnya 1.000.000 orang.",
                "Sales rose 2.5 percent.",
                "Versi 2.0.1 dirilis.",
            ],
        ),
        (
            "B.J. Habibie, J.K. Rowling dan Susilo B. Yudhoyono disebut. Mereka terkenal.",
            ["B.J. Habibie, J.K. Rowling dan Susilo B. Yudhoyono disebut.", "Mereka terkenal."],
        ),
        (
            "Kirim ke redaksi@kabar.co.id atau buka https://kabar.id/a.b?x=1. Terima kasih.",
            ["Kirim ke redaksi@kabar.co.id atau buka https://kabar.id/a.b?x=1.", "Terima kasih."],
        ),
        (
            "Dia menunggu... lalu pergi. Tunggu… Kami datang!",
            ["Dia menunggu... lalu pergi.", "Tunggu…", "Kami datang!"],
        ),
        (
            "He lives in the U.S. The company is in the U.S. capital.",
            ["He lives in the U.S.", "The company is in the U.S. capital."],
        ),
        (  # given names written short: "Moh.", Bangladesh's "Md.", Manipur's "Th."
            "Menurut Moh. Sholeh, calon sudah siap. Md. Yunus dan Th. Rajendro hadir. Kata "
            "Mahfud MD. Usai.",
            [
                "Menurut Moh. Sholeh, calon sudah siap.",
                "Md. Yunus dan Th. Rajendro hadir.",
                "Kata Mahfud MD.",
                "Usai.",
            ],
        ),
    ],
)
def test_abbreviations_numbers_and_initials_do_not_split(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_a_quote_spanning_sentences_is_one_unit() -> None:
    text = "“Kami siap. Kami akan menang,” kata dia. Pertandingan digelar besok."
    assert split_sentences(text) == [
        "“Kami siap. Kami akan menang,” kata dia.",
        "Pertandingan digelar besok.",
    ]


def test_straight_quotes_span_sentences_too() -> None:
    text = '"Tidak hanya tarif. Semua harus diatur," ucap Zulkifli. Ia lalu pergi.'
    assert split_sentences(text) == [
        '"Tidak hanya tarif. Semua harus diatur," ucap Zulkifli.',
        "Ia lalu pergi.",
    ]


def test_closing_quote_after_period_belongs_to_the_sentence() -> None:
    assert split_sentences("Dia berkata, “Kami siap.” Lalu dia pergi. “Apa kabar?” tanya dia.") == [
        "Dia berkata, “Kami siap.”",
        "Lalu dia pergi.",
        "“Apa kabar?” tanya dia.",
    ]


def test_an_unclosed_quote_does_not_swallow_the_paragraph() -> None:
    # Multi-paragraph quotes open in one paragraph and close in a later one.
    text = "“Kami siap. Kami akan menang. Semua pemain sehat."
    assert split_sentences(text) == ["“Kami siap.", "Kami akan menang.", "Semua pemain sehat."]


def test_seed_paragraph_splits_into_real_sentences() -> None:
    text = (
        "Di bawah Union Treaty, baik Belarusia maupun Rusia masing-masing tetap berdaulat, tetapi "
        "kedua negara saling memberikan hak tinggal. Pada bulan Februari, Lukashenko mengizinkan "
        "Moskow untuk menggunakan wilayahnya."
    )
    sentences = split_sentences(text)
    assert len(sentences) == 2
    assert sentences[1].startswith("Pada bulan Februari")


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_blank_input_gives_no_sentences(text: str) -> None:
    assert split_sentences(text) == []


def test_text_is_kept_whole_and_whitespace_normalised() -> None:
    text = "Satu  dua.\nTiga empat?   Lima! enam tujuh"
    sentences = split_sentences(text)
    assert " ".join(sentences) == "Satu dua. Tiga empat? Lima! enam tujuh"
    assert sentences == ["Satu dua.", "Tiga empat?", "Lima! enam tujuh"]


def test_list_numbers_are_not_sentences_on_their_own() -> None:
    assert split_sentences("1. Pendahuluan singkat.") == ["1. Pendahuluan singkat."]
