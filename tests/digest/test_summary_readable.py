"""Summaries a reader can read cold: no dangling openers, no unattributed or repeated quotes,
no page debris. The articles are written for these tests in the style of Indonesian and English
wire copy (no real outlet text)."""

from __future__ import annotations

import re

import pytest

from digest.card import make_card
from digest.model import ParsedArticle
from digest.sentences import split_sentences
from digest.summarize import summarize

# What a reader stumbles on when the sentence it answers is not in the summary.
_BACK_REFERENCE = re.compile(
    r"^(?:Pasalnya|Namun|Tetapi|Sementara itu|Selain itu|Oleh karena itu|Hal (?:tersebut|itu|ini)"
    r"|Kendati demikian|Meski begitu|Dengan demikian|Tak hanya itu|Ia|Dia|Beliau|Mereka"
    r"|Menurutnya|Katanya|However|But|He|She|They|It|This|Meanwhile|In addition)\b"
)


def _body_sentences(article: ParsedArticle) -> list[str]:
    return [s for p in article.body for s in split_sentences(p, article.language)]


def _assert_reads_cold(article: ParsedArticle, summary: tuple[str, ...]) -> None:
    """Every summary sentence comes from the body, in order, and leans on nothing left out."""
    body = _body_sentences(article)
    text = " ".join(article.body)
    positions = [text.find(s) for s in summary]
    assert all(p >= 0 for p in positions), summary
    assert positions == sorted(positions), summary
    for sentence in summary:
        if _BACK_REFERENCE.match(sentence):
            index = body.index(sentence)
            assert index > 0 and body[index - 1] in summary, f"dangles: {sentence!r}"


PERSIB = ParsedArticle(
    headline="Bojan Hodak turunkan pemain lapis kedua, Persib kalah dari Persija",
    body=(
        "Persib Bandung kalah 0-2 dari Persija Jakarta pada laga pekan ke-10 Liga 1 di Stadion "
        "Gelora Bandung Lautan Api, Sabtu (12/10/2024) malam.",
        "Laga berjalan keras.",
        "Pasalnya, pelatih asal Kroasia itu menurunkan pemain lapis kedua karena Persib harus "
        "bertanding di Liga Champions Asia pada Selasa.",
        "Hal tersebut ia katakan kepada wartawan seusai laga, sambil menyebut Bojan Hodak "
        "menurunkan pemain lapis kedua demi menjaga kebugaran tim.",
        "Persib kini turun ke posisi kelima klasemen sementara dengan 15 poin.",
    ),
)

CABINET = ParsedArticle(
    headline="Chancellor Rachel Reeves defends the budget's tax rises for business",
    body=(
        "Chancellor Rachel Reeves on Monday defended the tax rises for business in last week's "
        "budget, saying they were needed to repair the public finances.",
        "Critics were unmoved.",
        "However, she insisted the tax rises for business were the fairest way to fund the NHS "
        "and that the budget would not be rewritten.",
        "She said the Treasury would publish its analysis of the budget's tax rises next month.",
        "The Conservatives called the budget a betrayal of working people.",
    ),
    language="en",
)


@pytest.mark.parametrize("article", [PERSIB, CABINET], ids=["id", "en"])
@pytest.mark.parametrize("n", [1, 2, 3])
def test_no_summary_opens_on_what_it_left_out(article: ParsedArticle, n: int) -> None:
    summary = summarize(article, n)
    assert len(summary) == n
    _assert_reads_cold(article, summary)


def test_a_connective_stays_when_the_sentence_it_answers_is_in_the_summary() -> None:
    article = ParsedArticle(
        headline="Harga beras naik di pasar tradisional Bandung, stok Bulog aman",
        body=(
            "Harga beras medium di pasar tradisional Bandung naik menjadi Rp 14.500 per kilogram "
            "pekan ini.",
            "Namun, Bulog memastikan stok beras di gudang Bandung aman hingga akhir tahun.",
        ),
    )
    assert summarize(article, 2) == article.body


@pytest.mark.parametrize(
    ("headline", "body", "language"),
    [
        (
            "Persib perpanjang kontrak Bojan Hodak hingga 2026",
            (
                "Ia menyebut keputusan memperpanjang kontrak Bojan Hodak diambil setelah rapat "
                "dengan manajemen Persib pada Jumat.",
                "Persib Bandung resmi memperpanjang kontrak pelatih Bojan Hodak hingga akhir musim "
                "2026.",
                "Hodak membawa Persib juara Liga 1 musim lalu.",
            ),
            "id",
        ),
        (
            "Arsenal extend Mikel Arteta's contract until 2027",
            (
                "He said the decision to extend Mikel Arteta's contract was taken after a board "
                "meeting on Friday.",
                "Arsenal have extended manager Mikel Arteta's contract until the end of the 2027 "
                "season.",
                "Arteta led the club to second place last season.",
            ),
            "en",
        ),
    ],
    ids=["id", "en"],
)
def test_a_body_cut_after_its_lead_does_not_open_the_summary_on_a_pronoun(
    headline: str, body: tuple[str, ...], language: str
) -> None:
    summary = summarize(ParsedArticle(headline=headline, body=body, language=language), 1)
    assert summary == (body[1],)


@pytest.mark.parametrize(
    ("headline", "body", "language", "expected"),
    [
        (
            "Polri belum tetapkan tersangka kebakaran gudang Tanjung Priok",
            (
                "Kebakaran melanda gudang logistik di kawasan Tanjung Priok, Jakarta Utara, pada "
                "Minggu dini hari.",
                "Petugas pemadam mengerahkan 20 unit mobil.",
                "Namun, Polri belum menetapkan tersangka kebakaran gudang di Tanjung Priok karena "
                "masih menunggu hasil laboratorium forensik.",
                "Warga sekitar sempat mengungsi ke masjid terdekat.",
            ),
            "id",
            "Polri belum menetapkan tersangka kebakaran gudang di Tanjung Priok karena masih "
            "menunggu hasil laboratorium forensik.",
        ),
        (
            "Police yet to name suspect in Tilbury warehouse fire",
            (
                "A fire destroyed a logistics warehouse in Tilbury, Essex, early on Sunday.",
                "Firefighters sent 20 engines.",
                "However, Essex Police have yet to name a suspect in the Tilbury warehouse fire "
                "while they wait for forensic results.",
                "Nearby residents were moved to a local school.",
            ),
            "en",
            "Essex Police have yet to name a suspect in the Tilbury warehouse fire while they "
            "wait for forensic results.",
        ),
    ],
    ids=["id", "en"],
)
def test_a_pure_connective_is_dropped_rather_than_left_dangling(
    headline: str, body: tuple[str, ...], language: str, expected: str
) -> None:
    summary = summarize(ParsedArticle(headline=headline, body=body, language=language), 2)
    assert summary == (body[0], expected)
    assert expected in " ".join(body)  # still the article's own words


@pytest.mark.parametrize(
    ("headline", "body", "language"),
    [
        (
            "Timnas siap hadapi Jepang di Gelora Bung Karno",
            (
                "Timnas Indonesia menjamu Jepang di Stadion Utama Gelora Bung Karno, Jakarta, pada "
                "Jumat malam.",
                "“Kami sudah siap menghadapi Jepang di Gelora Bung Karno dan pemain dalam kondisi "
                "terbaik,” ujarnya.",
                "Tiket pertandingan sudah habis terjual sejak Senin.",
            ),
            "id",
        ),
        (
            "England ready to face Japan at Wembley",
            (
                "England host Japan at Wembley Stadium in London on Friday evening.",
                '"We are ready to face Japan at Wembley and the players are in their best '
                'shape," he said.',
                "Tickets for the friendly sold out on Monday.",
            ),
            "en",
        ),
        (
            "Harga cabai rawit di Pasar Induk Kramat Jati naik tajam",
            (
                "Harga cabai rawit di Pasar Induk Kramat Jati, Jakarta Timur, naik menjadi Rp "
                "90.000 per kilogram.",
                "”Harga cabai rawit naik tajam karena pasokan dari Jawa Tengah turun sejak pekan "
                "lalu,” tuturnya.",
                "Pedagang berharap harga turun menjelang akhir bulan.",
            ),
            "id",
        ),
        (
            "Ofgem price cap to rise again in January",
            (
                "Energy bills for millions of households in Britain will rise again in January, "
                "the regulator Ofgem said on Friday.",
                "‘We know this is a worrying time and that bills are still far too high for "
                "millions of households,’ she said.",
                "The cap will go up by 1.2% to £1,738 a year for a typical household.",
            ),
            "en",
        ),
    ],
    ids=["id", "en", "kompas-marks", "en-single-marks"],
)
def test_a_quote_with_no_speaker_is_not_summary_material(
    headline: str, body: tuple[str, ...], language: str
) -> None:
    summary = summarize(ParsedArticle(headline=headline, body=body, language=language), 2)
    assert summary == (body[0], body[2])


QUOTED_ID = (
    "Sekolah dilarang menahan ijazah siswa, kata Gubernur Jawa Barat Dedi Mulyadi\n\n"
    "BANDUNG, KOMPAS.com - Pemerintah Provinsi Jawa Barat melarang sekolah swasta menahan "
    "ijazah siswa yang menunggak biaya.\n\n"
    "Gubernur Jawa Barat Dedi Mulyadi mengatakan, “Sekolah tidak boleh menahan ijazah siswa "
    "dengan alasan apa pun, termasuk tunggakan biaya sekolah.”\n\n"
    "Dinas Pendidikan Jawa Barat mencatat ada 3.000 ijazah yang masih ditahan sekolah swasta."
    "\n\nSekolah yang melanggar akan dikenai sanksi administratif.\n"
)
QUOTED_EN = (
    "Schools must not withhold diplomas, says Education Secretary Sarah Jones\n\n"
    "LONDON (Reuters) - The government has banned private schools from withholding diplomas "
    "from students with unpaid fees.\n\n"
    'Education Secretary Sarah Jones said: "Schools must not withhold diplomas from students '
    'for any reason, including unpaid school fees."\n\n'
    "The department says 3,000 diplomas are still held by private schools.\n\n"
    "Schools that refuse will face fines.\n"
)


@pytest.mark.parametrize("raw", [QUOTED_ID, QUOTED_EN], ids=["id", "en"])
def test_the_card_summary_does_not_repeat_the_key_quote(raw: str) -> None:
    card = make_card(raw, sentences=2)
    assert card.key_quote is not None
    quote_words = set(card.key_quote.text.casefold().split())
    assert len(card.summary) == 2
    for sentence in card.summary:
        words = set(sentence.casefold().split())
        assert len(words & quote_words) < 0.5 * len(quote_words), sentence


@pytest.mark.parametrize(
    "debris",
    [
        "ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT Bupati Bogor Rudy Susmanto meninjau lokasi "
        "longsor di Kecamatan Cisarua bersama tim SAR gabungan.",
        "Bupati Bogor Rudy Susmanto meninjau lokasi longsor di Kecamatan Cisarua bersama tim SAR "
        "gabungan. (dpw/dpw)",
        "Bupati Bogor Rudy Susmanto meninjau lokasi longsor di Kecamatan Cisarua. Baca juga: "
        "Longsor Cisarua, Tim SAR Gabungan Cari Dua Korban",
        "Bupati Bogor Rudy Susmanto meninjau lokasi longsor di Kecamatan Cisarua (Foto: Dok. "
        "Pemkab Bogor/Istimewa).",
        "Bagikan Facebook X WhatsApp Salin Link Bupati Bogor Rudy Susmanto meninjau lokasi longsor "
        "di Kecamatan Cisarua.",
    ],
    ids=["scroll", "editor-tag", "baca-juga", "photo-credit", "share-bar"],
)
def test_page_debris_is_never_picked(debris: str) -> None:
    article = ParsedArticle(
        headline="Bupati Bogor Rudy Susmanto tinjau lokasi longsor Cisarua",
        body=(
            debris,
            "Longsor di Kecamatan Cisarua menimbun tiga rumah warga pada Selasa sore.",
            "Tim SAR gabungan masih mencari dua korban yang diduga tertimbun.",
        ),
    )
    summary = summarize(article, 2)
    assert len(summary) == 2
    for sentence in summary:
        assert not re.search(r"ADVERTISEMENT|SCROLL|\(dpw/dpw\)|Baca juga|Foto:|WhatsApp", sentence)


def test_n_sentences_even_when_most_of_the_body_leans_on_something() -> None:
    article = ParsedArticle(
        headline="Harga cabai naik tajam",
        body=(
            "Namun, harga cabai rawit naik tajam di Pasar Induk Kramat Jati.",
            "Ia mengatakan pasokan dari Jawa Tengah turun karena hujan.",
            "“Kami kesulitan mendapat barang,” katanya.",
        ),
    )
    summary = summarize(article, 3)
    assert len(summary) == 3
    assert [(" ".join(article.body)).find(s) for s in summary] == sorted(
        (" ".join(article.body)).find(s) for s in summary
    )


@pytest.mark.parametrize(
    ("lead", "language"),
    [
        ("Lalu lintas di Jalan Sudirman, Jakarta, macet total sejak Senin pagi.", "id"),
        ("Hari ini ribuan buruh berunjuk rasa di depan Gedung DPR, Jakarta.", "id"),
        ("Biasanya harga beras turun menjelang panen raya di Jawa Barat.", "id"),
        ("So far, 12 people have died in the floods in Valencia.", "en"),
        ("This week the Bank of England held interest rates at 5 percent.", "en"),
    ],
)
def test_a_lead_that_only_looks_like_a_back_reference_still_opens_the_summary(
    lead: str, language: str
) -> None:
    article = ParsedArticle(
        headline=lead.rstrip("."),
        body=(lead, "Petugas mengatur arus kendaraan.", "Warga diminta bersabar."),
        language=language,
    )
    assert summarize(article, 1) == (lead,)


def test_a_pronoun_is_named_when_whom_it_means_is_left_out() -> None:
    # "Ia menyebut …" chosen alone would dangle; the summary names the minister instead.
    article = ParsedArticle(
        headline="Harga beras medium naik, Bulog gelar operasi pasar di 12 titik mulai pekan depan",
        body=(
            "Menteri Perdagangan Budi Santoso mengatakan stok beras nasional cukup sampai akhir "
            "tahun.",
            "Ia menyebut harga beras medium naik sehingga Bulog akan menggelar operasi pasar di "
            "12 titik mulai pekan depan.",
            "Pedagang di Pasar Kosambi mengeluhkan pembeli yang berkurang.",
        ),
    )
    assert summarize(article, 1) == (
        "Budi Santoso menyebut harga beras medium naik sehingga Bulog akan menggelar operasi "
        "pasar di 12 titik mulai pekan depan.",
    )
    # With the sentence that names him, the pronoun stays as the article wrote it.
    assert summarize(article, 2) == article.body[:2]


def test_a_pronoun_is_not_named_after_a_place_or_two_people() -> None:
    for before in (
        "Kapolsek Pondok Gede Kompol Agus Salim memimpin olah tempat kejadian di Jalan Raya "
        "Hankam.",  # the place between title and holder is not whom "Ia" means
        "Bupati Bogor Rudy Susmanto dan Wakil Bupati Jaro Ade meninjau lokasi longsor.",
        # "Rudy" alone is a second person beside the one named in full
        "Kapolres Bogor AKBP Rio Wahyu Anggoro menemui Rudy di lokasi longsor.",
    ):
        article = ParsedArticle(
            headline="Longsor tutup jalan Puncak, polisi alihkan arus ke jalur alternatif",
            body=(
                before,
                "Ia mengatakan longsor menutup jalan Puncak sehingga polisi mengalihkan arus "
                "kendaraan ke jalur alternatif.",
                "Warga diminta tidak melintas saat hujan deras.",
            ),
        )
        summary = summarize(article, 1)
        assert not summary[0].startswith(("Pondok Gede", "Rudy Susmanto", "Jaro Ade", "Rio"))


def test_a_connective_before_a_lower_case_word_is_dropped_too() -> None:
    # "Namun kini, mulai banyak …": without "Namun" the sentence reads cold once capitalised.
    article = ParsedArticle(
        headline="Warga beralih membeli beras premium di pasar swalayan",
        body=(
            "Harga beras medium di pasar tradisional Bandung naik untuk pekan ketiga.",
            "“Pembeli makin sedikit, kami hanya bisa menunggu,” ujarnya.",
            "Namun kini, mulai banyak warga yang beralih membeli beras premium di pasar swalayan.",
        ),
    )
    summary = summarize(article, 2)
    assert "Kini, mulai banyak warga yang beralih membeli beras premium di pasar swalayan." in (
        summary
    )
    assert not any(s.startswith("Namun") for s in summary)
