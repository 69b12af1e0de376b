"""Parsing real-looking pages: the seed, outlet-style text and HTML, IndoSum, and bad input."""

import json
import re
import time
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from digest.model import ArticleRejected
from digest.parse import parse_article, parse_text
from tests.data import INDOSUM_EXCERPT

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = Path(__file__).parent / "articles"
SEED = ROOT / "seeds" / "000_779917d36cb11d91.txt"
INDOSUM = INDOSUM_EXCERPT
WIB = timezone(timedelta(hours=7))


def detokenize(tokens: list[str]) -> str:
    """Undo IndoSum's tokenisation closely enough to look like page text."""
    text = " ".join(tokens)
    text = re.sub(r" ([.,!?;:%)\]])", r"\1", text)
    text = re.sub(r"([(\[]) ", r"\1", text)
    pieces = text.split('"')
    out = pieces[0]
    for n, piece in enumerate(pieces[1:]):
        out = out.rstrip() + (' "' + piece.lstrip() if n % 2 == 0 else '"' + piece)
    return out.strip()


def indosum_pages(limit: int) -> list[str]:
    pages = []
    with INDOSUM.open() as handle:
        for line, _ in zip(handle, range(limit), strict=False):
            row = json.loads(line)
            headline = " ".join(detokenize(row["summary"][0]).split()[:10]).rstrip(".")
            paragraphs = [detokenize([t for s in p for t in s]) for p in row["paragraphs"]]
            pages.append("\n\n".join([headline, *paragraphs]))
    return pages


def test_seed_fields() -> None:
    article = parse_article(SEED.read_bytes())
    assert article.headline == (
        "Vladimir Putin Sebut Tekanan Politik Negara Barat Percepat Integrasi Rusia-Belarusia"
    )
    assert article.published == datetime(2022, 7, 1, 21, 15, tzinfo=WIB)
    assert article.published.isoformat() == "2022-07-01T21:15:00+07:00"
    assert (article.source, article.author, article.dateline, article.language) == (
        "Jitunews.Com",
        "Tino Aditia",
        "MOSKOW",
        "id",
    )
    assert article.lede == (
        "Presiden Rusia Vladimir Putin mengatakan bahwa proses integrasi Rusia-Belarusia "
        "mengalami percepatan berkat tekanan politik dari negara-negara barat"
    )
    # The standfirst is the lede, not a body paragraph; the body is the story's 7 paragraphs.
    assert len(article.body) == 7
    assert article.body[0].startswith("Presiden Vladimir Putin pada hari Jumat (1/7) mengatakan")
    assert article.body[-1].startswith("Di bawah Union Treaty, baik Belarusia maupun Rusia")
    assert article.lede not in article.body
    joined = "\n".join(article.body)
    for furniture in ("(the Guardian)", "Finlandia Hanya", "Turki Siap", "Penulis", "Rekomendasi"):
        assert furniture not in joined


def test_kompas_style_text() -> None:
    article = parse_article((ARTICLES / "id_kompas.txt").read_bytes())
    assert article.headline.startswith("Menkeu Sri Mulyani: Inflasi Juni")
    assert article.published == datetime(2022, 7, 4, 14, 30, tzinfo=WIB)
    assert (article.source, article.author, article.dateline) == (
        "Kompas.com",
        "Dian Erika Nugraheny",
        "JAKARTA",
    )
    assert article.body[0].startswith("Menteri Keuangan Sri Mulyani Indrawati menilai")
    assert article.body[-1].endswith("setiap pekan.")  # "(red)" editor tag dropped
    joined = "\n".join(article.body)
    for furniture in (
        "ANTARA FOTO",
        "Baca juga",
        "ADVERTISEMENT",
        "SCROLL",
        "Suku Bunga",
        "Rupiah",
    ):
        assert furniture not in joined


def test_reuters_style_english() -> None:
    article = parse_article((ARTICLES / "en_reuters.txt").read_text())
    assert article.language == "en"
    assert article.author == "Jane Doe"
    assert article.source == "Reuters"
    assert article.dateline == "LONDON"
    assert article.published == datetime(2022, 7, 1, 14, 5, tzinfo=UTC)
    assert article.body[0].startswith("The Bank of England raised")
    assert len(article.body) == 4
    assert not any("Read more" in p or "newsletter" in p for p in article.body)


def test_html_page_drops_navigation_scripts_and_related_links() -> None:
    article = parse_article((ARTICLES / "id_detik.html").read_bytes(), content_type="text/html")
    assert article.headline == "Jokowi Resmikan Bendungan Baru di Jawa Tengah"
    assert article.published == datetime(2022, 7, 5, 10, 12, tzinfo=WIB)
    assert article.dateline == "Semarang"
    assert article.body[0].startswith("Presiden Joko Widodo meresmikan Bendungan Jragung")
    joined = "\n".join(article.body)
    for junk in ("dataLayer", "Home", "Berita Terkait", "Copyright", "Baca juga", "Harga Beras"):
        assert junk not in joined
    assert len(article.body) == 5


def test_html_is_sniffed_without_content_type() -> None:
    article = parse_article((ARTICLES / "id_detik.html").read_text())
    assert article.headline == "Jokowi Resmikan Bendungan Baru di Jawa Tengah"


def test_indosum_articles_all_keep_a_body() -> None:
    pages = indosum_pages(150)
    for page in pages:
        article = parse_text(page)
        assert article.body, page[:200]
        assert not any(p.lower().startswith("baca juga") for p in article.body)


def test_standfirst_above_a_dateline_becomes_the_lede() -> None:
    text = (
        "Bank of England raises rates again\n\n"
        "Policymakers say inflation will peak above 11% later this year\n\n"
        "LONDON (Reuters) - The Bank of England raised interest rates on Thursday.\n\n"
        "Governor Andrew Bailey said the bank was ready to act again."
    )
    article = parse_text(text)
    assert article.lede == "Policymakers say inflation will peak above 11% later this year"
    assert article.dateline == "LONDON"
    assert article.body == (
        "The Bank of England raised interest rates on Thursday.",
        "Governor Andrew Bailey said the bank was ready to act again.",
    )


def test_page_without_standfirst_keeps_its_first_paragraph() -> None:
    text = (
        "Harga Beras Naik di Sejumlah Pasar Tradisional\n\n"
        "Harga beras medium di Pasar Induk Cipinang naik menjadi Rp 13.000 per kilogram. "
        "Kenaikan dipicu musim kemarau.\n\n"
        "Pedagang mengatakan pasokan dari Jawa Tengah berkurang sejak awal bulan.\n\n"
        "Pemerintah berjanji menggelar operasi pasar pekan depan."
    )
    article = parse_text(text)
    assert len(article.body) == 3
    assert article.body[0].startswith("Harga beras medium di Pasar Induk Cipinang")
    assert article.lede == (
        "Harga beras medium di Pasar Induk Cipinang naik menjadi Rp 13.000 per kilogram."
    )
    # Without a dateline to mark where the story starts, an unpunctuated opening stays body.
    unpunctuated = parse_text(text.replace(" per kilogram. Kenaikan dipicu musim kemarau.", ""))
    assert (
        unpunctuated.body[0] == "Harga beras medium di Pasar Induk Cipinang naik menjadi Rp 13.000"
    )
    # Pages whose first paragraph carries the dateline keep it too, minus the dateline.
    for name, first in (
        ("id_kompas.txt", "Menteri Keuangan Sri Mulyani Indrawati menilai"),
        ("en_reuters.txt", "The Bank of England raised"),
    ):
        kept = parse_article((ARTICLES / name).read_text())
        assert kept.body[0].startswith(first)
        assert kept.lede.startswith(first)


def test_no_date_gives_none_and_all_caps_headline_is_kept() -> None:
    text = (
        "BANJIR RENDAM RIBUAN RUMAH DI BEKASI\n\n"
        "Ribuan rumah di Bekasi terendam banjir setelah hujan deras sejak Sabtu malam.\n\n"
        "Warga mengungsi ke masjid dan sekolah terdekat sambil menunggu air surut."
    )
    article = parse_text(text)
    assert article.headline == "BANJIR RENDAM RIBUAN RUMAH DI BEKASI"
    assert article.published is None
    assert len(article.body) == 2


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("", "empty"),
        ("   \n\n  \t", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "not text"),
        (bytes(range(1, 32)) * 50, "not text"),
        ("Judul Saja Tanpa Isi\n\nBagikan\n\nKomentar", "no body"),
        ("x" * 10 + ". " + "kata " * 60, "no headline"),
    ],
)
def test_bad_input_is_rejected_with_a_reason(raw: str | bytes, reason: str) -> None:
    with pytest.raises(ArticleRejected, match=reason):
        parse_article(raw)


def test_a_headline_over_summary_points_alone_is_read_not_crashed_on() -> None:
    # the points run to the page's end: there is no line under them to look at
    article = parse_text(
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
        "• Harga beras medium naik Rp1.000 per kilogram pekan ini.\n"
        "• Pedagang menyebut pasokan dari Karawang berkurang."
    )
    assert article.headline == "Harga Beras Naik Lagi di Pasar Induk Cipinang"
    assert len(article.body) == 2


def test_a_day_glued_to_its_month_by_a_dash_is_read_not_crashed_on() -> None:
    # "Thursday 17–June 2032": a copy's dash between the day and the month
    article = parse_text(
        "Puffin numbers crash at Bullers of Buchan\n\nThursday 17–June 2032, 5:12 pm\n\n"
        "Puffin numbers at the Bullers of Buchan have fallen by a third in five years, a "
        "survey by the RSPB found.\n\nThe charity blamed warmer seas for fewer sand eels."
    )
    assert article.headline == "Puffin numbers crash at Bullers of Buchan"


def test_huge_page_returns_or_rejects() -> None:
    paragraph = "Pemerintah menyiapkan anggaran besar untuk perbaikan jalan di daerah. " * 6
    page = "Judul Berita Sangat Panjang Sekali\n\n" + "\n\n".join([paragraph] * 12000)
    assert len(page) > 5_000_000
    article = parse_text(page)
    assert 0 < len(article.body) <= 400


def test_huge_html_page_returns_an_article() -> None:
    paragraph = (
        "<p>Pemerintah menyiapkan anggaran besar untuk perbaikan jalan di daerah, "
        "kata Menteri Basuki Hadimuljono di Jakarta.</p>\n"
    )
    nav = "".join(f"<li><a href='/kanal/{i}'>Kanal {i}</a></li>" for i in range(200))
    page = (
        "<!doctype html><html><head><title>Anggaran Jalan Naik Tajam | Kabar Daerah</title>"
        f"<script>var tracking = '{'a' * 300_000}';</script></head><body><nav><ul>{nav}</ul></nav>"
        f"<article><h1>Anggaran Jalan Naik Tajam</h1>{paragraph * 40_000}</article>"
        "<footer>Copyright 2022 Kabar Daerah</footer></body></html>"
    ).encode()
    assert len(page) > 5_000_000
    started = time.perf_counter()
    article = parse_article(page)
    assert article.headline == "Anggaran Jalan Naik Tajam"
    assert 0 < len(article.body) <= 400
    assert article.body[0].startswith("Pemerintah menyiapkan anggaran besar")
    assert time.perf_counter() - started < 30  # a hang guard, not a benchmark


def test_html_with_thousands_of_unclosed_scripts_is_rejected_not_hung() -> None:
    # A lazy "<script>.*?</script>" regex takes minutes on this; the page must be refused fast.
    page = "<html><head><title>Judul</title></head><body>" + "<script>" * 600_000
    started = time.perf_counter()
    with pytest.raises(ArticleRejected, match="empty input"):
        parse_article(page)
    assert time.perf_counter() - started < 30


def test_latin1_bytes_are_decoded() -> None:
    text = "Caf\u00e9 Baru Dibuka di Bandung\n\nSebuah caf\u00e9 baru dibuka pekan ini dan ramai."
    raw = text.encode("cp1252")
    assert "café" in parse_article(raw).body[0]


def test_same_html_page_reads_the_same_every_time() -> None:
    """No hidden state between calls: a page fetched again gives the same body."""
    paragraphs = [
        "JAKARTA, KOMPAS.com - Pemerintah menaikkan harga eceran tertinggi beras medium "
        "mulai pekan depan untuk menjaga pasokan di pasar tradisional.",
        "Kepala Badan Pangan Nasional mengatakan kenaikan itu sudah dibahas bersama "
        "pedagang dan petani selama dua bulan terakhir.",
        "Menurut dia, stok beras pemerintah saat ini cukup untuk enam bulan ke depan.",
    ]
    html = (
        "<html><head><title>Harga Beras Naik Pekan Depan</title></head><body>"
        "<nav><a href='/'>Beranda</a></nav><article><h1>Harga Beras Naik Pekan Depan</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article><footer>Copyright 2024</footer></body></html>"
    )
    bodies = [parse_article(html, content_type="text/html").body for _ in range(6)]
    assert all(body == bodies[0] for body in bodies)
    assert any("stok beras pemerintah" in p for p in bodies[0])


def test_letters_of_any_script_count_and_symbols_do_not() -> None:
    # The printable check counts ASCII letters by a byte table and the rest by Unicode.
    sentence = "Η κυβέρνηση ανακοίνωσε νέα μέτρα σήμερα. "
    greek = "Τίτλος ειδήσεων για την οικονομία\n\n" + sentence * 8
    assert parse_text(greek).headline == "Τίτλος ειδήσεων για την οικονομία"
    symbols = "Judul\n\n" + "“—”¶§«»·•… 1234 ### ___ " * 60
    with pytest.raises(ArticleRejected, match="not text"):
        parse_article(symbols)


def test_runs_of_any_space_become_one() -> None:
    text = (
        "Banjir\u00a0 Rendam  Bekasi\n\n"
        "Ribuan\trumah \u2009 di Bekasi   terendam banjir setelah hujan deras sejak Sabtu malam."
        "\n\nWarga mengungsi ke masjid dan sekolah terdekat sambil menunggu air surut."
    )
    article = parse_text(text)
    assert article.headline == "Banjir Rendam Bekasi"
    assert article.body[0].startswith("Ribuan rumah di Bekasi terendam banjir")


def test_key_point_sentences_and_site_prompts_are_not_the_story() -> None:
    text = (
        "BRIN Temukan Anggrek Baru di Latimojong\n\n"
        "Intinya Sih...\n\n"
        "BRIN menemukan spesies anggrek baru di Pegunungan Latimojong.\n\n"
        "Anggrek diberi nama Dendrobium latimojongense.\n\n"
        "Jakarta, IDN Times - Tim peneliti BRIN menemukan spesies anggrek baru di kawasan "
        "Pegunungan Latimojong, Kabupaten Enrekang, Sulawesi Selatan, pada awal tahun ini.\n\n"
        "Pekerja menata bibit anggrek di kebun raya. Katadata/Dimas Wijaya\n\n"
        "Temuan itu dipublikasikan di jurnal internasional setelah diverifikasi dua tahun.\n\n"
        "Kamu Sudah Menonton Video Ini?\n\n"
        "Apakah artikel ini berguna?\n\n"
        "*Follow Official WhatsApp Channel IDN Times untuk mendapatkan artikel terkini.\n\n"
        "Mongabay adalah situs berita lingkungan nirlaba."
    )
    article = parse_text(text)
    assert article.body[0].startswith("Tim peneliti BRIN menemukan")
    assert len(article.body) == 2
    assert article.body[1].startswith("Temuan itu dipublikasikan")


_SPACED_PAGE = (
    "Harga{odd}Beras Naik Lagi di Pasar Induk\n\n"
    "JAKARTA, KOMPAS.com - Harga beras{odd}medium di Pasar Induk Cipinang naik menjadi "
    "Rp 14.000 per kilogram pada Senin pagi, kata pedagang{odd}setempat.\n\n"
    "Kenaikan itu terjadi setelah pasokan dari Jawa Tengah berkurang sejak pekan lalu."
)


@pytest.mark.parametrize("odd", ["  ", "\u00a0", "\t", "\u2009", " \u3000 ", "\u202f"])
def test_a_run_of_spaces_of_any_kind_reads_as_one_space(odd: str) -> None:
    article = parse_text(_SPACED_PAGE.format(odd=odd))
    assert article.headline == "Harga Beras Naik Lagi di Pasar Induk"
    assert "Harga beras medium" in article.body[0]
    assert "pedagang setempat." in article.body[0]


@pytest.mark.parametrize("hidden", ["\u200b", "\u00ad", "\ufeff", "\u2060"])
def test_invisible_characters_copied_with_a_page_are_dropped(hidden: str) -> None:
    article = parse_text(_SPACED_PAGE.format(odd=" ").replace("Beras", f"Be{hidden}ras"))
    assert article.headline == "Harga Beras Naik Lagi di Pasar Induk"


def test_a_pictures_one_sentence_over_the_lede_it_sums_up_is_no_paragraph() -> None:
    lede = (
        "Tim peneliti Departemen Teknik Geologi Universitas Gadjah Mada (UGM) mengembangkan "
        "perangkat peringatan dini longsor berbiaya rendah yang dapat dirakit sendiri oleh warga."
    )
    article = parse_article(
        "Peneliti UGM Kembangkan Sensor Longsor Murah untuk Desa\n\n"
        "3 Februari 2026\n\n"
        "Penulis: Lintang Ayuningtyas Rahardjo\n\n"
        "Tim peneliti memasang sensor di lereng Dusun Nglambur, Samigaluh, Kulon Progo.\n\n"
        f"{lede}\n\n"
        "Biaya satu unit perangkat sekitar Rp4,5 juta, jauh lebih murah dibandingkan sistem "
        "komersial.\n\n"
        "Perangkat itu kini diuji coba di tiga dusun di Kecamatan Samigaluh."
    )
    assert article.body[0] == lede


def test_a_pictures_sentence_with_its_source_in_brackets_is_no_paragraph() -> None:
    cited = (
        "Harga beras medium naik 5 persen dalam sebulan terakhir dan menjadi yang tertinggi "
        "sejak awal tahun di pasar-pasar tradisional. Kenaikan itu terjadi di 30 provinsi. "
        "(Sumber: BPS)"
    )
    article = parse_article(
        "Game Horor Lorong Pasar Kliwon Tembus 80 Ribu Pemain\n\n"
        "Selasa, 9 Juni 2026\n\n"
        "Cuplikan gameplay Lorong Pasar Kliwon yang berlatar pasar tradisional di Jawa. "
        "(Sumber: Ruang Senja Interaktif)\n\n"
        "Game horor buatan pengembang indie asal Yogyakarta mencatatkan lebih dari 80 ribu "
        "pemain dalam tiga hari pertama sejak dirilis.\n\n"
        f"{cited}\n\n"
        "Game itu dijual seharga Rp89 ribu."
    )
    assert article.body[0].startswith("Game horor buatan")
    assert cited in article.body  # a paragraph that cites its figures' source stays
