"""The top of a copy-pasted page in every outlet's shape: outlet, section, headline, date, byline.

The pages below are written for these tests in the shapes the outlets print (Indonesian and
English); none is copied from an outlet. Each asserts what a reader sees on the card.
"""

import textwrap
from datetime import UTC, datetime, timedelta, timezone

import pytest

from digest.card import make_card
from digest.model import ArticleRejected, ParsedArticle
from digest.parse import parse_article, parse_text

WIB = timezone(timedelta(hours=7))
WITA = timezone(timedelta(hours=8))
WIT = timezone(timedelta(hours=9))

BODY_ID = (
    "Harga beras medium di pasar tradisional naik untuk pekan ketiga berturut-turut, menurut "
    "pantauan pedagang dan dinas perdagangan setempat.\n\n"
    '"Pasokan dari sentra produksi berkurang karena panen mundur," kata Kepala Dinas '
    "Perdagangan, Siti Rahmawati, kepada wartawan.\n\n"
    "Pemerintah daerah berencana menggelar operasi pasar mulai pekan depan di dua belas titik."
)
BODY_EN = (
    "Rice prices in traditional markets rose for a third straight week, traders and the local "
    "trade office said on Tuesday.\n\n"
    '"Supply from the growing regions has fallen because the harvest is late," said Siti '
    "Rahmawati, head of the trade office.\n\n"
    "The regional government plans to hold market operations at twelve sites next week."
)


def page(top: str, body: str = BODY_ID, *, lede_prefix: str = "") -> ParsedArticle:
    return parse_text(f"{top}\n\n{lede_prefix}{body}")


def at(*parts: int, zone: timezone = WIB) -> datetime:
    return datetime(*parts, tzinfo=zone)  # type: ignore[misc,arg-type]


@pytest.mark.parametrize(
    ("top", "lede_prefix", "source", "published", "author", "dateline"),
    [
        (
            "CNN Indonesia\nEkonomi\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
            "Selasa, 21 Okt 2025 20:43 WIB\nBagikan :",
            "Jakarta, CNN Indonesia -- ",
            "CNN Indonesia",
            at(2025, 10, 21, 20, 43),
            None,
            "Jakarta",
        ),
        (
            "Suara.com\nNews\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
            "Kamis, 5 November 2015 | 14:56 WIB",
            "Suara.com - ",
            "Suara.com",
            at(2015, 11, 5, 14, 56),
            None,
            None,
        ),
        (
            "Goal Indonesia\nSepak Bola\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
            "Oleh: Dimas Prasetyo\nKamis 05 Nov 2015, 14:56 WIB",
            "",
            "Goal Indonesia",
            at(2015, 11, 5, 14, 56),
            "Dimas Prasetyo",
            None,
        ),
        (
            "detikNews\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
            "Retno Ayuningrum - detikNews\nSelasa, 21 Okt 2025 20:43 WIB\n"
            "Bagikan\nFacebook\nX\nWhatsApp\nSalin Link",
            "Jakarta - ",
            "detikNews",
            at(2025, 10, 21, 20, 43),
            "Retno Ayuningrum",
            "Jakarta",
        ),
        (
            "Harga Beras Naik Lagi di Pasar Induk Cipinang\nRetno Ayuningrum - detikFinance\n"
            "Rabu, 18 Jun 2025 07:30 WIB",
            "",
            "detikFinance",
            at(2025, 6, 18, 7, 30),
            "Retno Ayuningrum",
            None,
        ),
        (
            "KOMPAS.com\nNasional\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
            "Kompas.com - 18/06/2025, 21:35 WIB\nPenulis: Irfan Kamil, Jessi Carina",
            "JAKARTA, KOMPAS.com - ",
            "KOMPAS.com",
            at(2025, 6, 18, 21, 35),
            "Irfan Kamil, Jessi Carina",
            "JAKARTA",
        ),
        (
            "Harga Beras Naik Lagi di Pasar Induk Cipinang\nKompas.com - 05/11/2015, 14:56 WIB\n"
            "Penulis: Kompas Cyber Media",
            "",
            "Kompas.com",
            at(2015, 11, 5, 14, 56),
            None,
            None,
        ),
        (
            "Okezone\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
            "Fitri Rahayu Amanda, Jurnalis-Senin, 16 Juni 2025 |15:20 WIB",
            "JAKARTA - ",
            "Okezone",
            at(2025, 6, 16, 15, 20),
            "Fitri Rahayu Amanda",
            "JAKARTA",
        ),
        (
            "Liputan6.com\nHarga Beras Naik Lagi di Pasar Induk Cipinang\nOleh: Sulung Lahitani\n"
            "Diperbarui 18 Jun 2025, 14:05 WIB",
            "Liputan6.com, Jakarta - ",
            "Liputan6.com",
            at(2025, 6, 18, 14, 5),
            "Sulung Lahitani",
            "Jakarta",
        ),
        (
            "TEMPO.CO\nHarga Beras Naik Lagi di Pasar Induk Cipinang\nPenulis: Tempo.co\n"
            "18 Juni 2025 | 20.04 WIB",
            "TEMPO.CO, Jakarta - ",
            "Tempo.co",  # the name as the byline writes it, not the logo's capitals
            at(2025, 6, 18, 20, 4),
            None,
            "Jakarta",
        ),
        (
            "Tribunjogja.com\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
            "Tayang: Senin, 9 Juni 2025 20:54 WITA\n"
            "Laporan Wartawan Tribunjogja.com, Ahmad Syarifudin",
            "TRIBUNJOGJA.COM, YOGYA - ",
            "Tribunjogja.com",
            at(2025, 6, 9, 20, 54, zone=WITA),
            "Ahmad Syarifudin",
            "YOGYA",
        ),
        (
            "ANTARA News\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
            "Selasa, 10 Juni 2025 - 13:40 WIT",
            "Mataram, NTB (ANTARA News) - ",
            "ANTARA News",
            at(2025, 6, 10, 13, 40, zone=WIT),
            None,
            "Mataram",
        ),
        (
            "Republika.co.id\nInternasional\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
            "Kamis 05 Nov 2015, 14:56 WIB\nRed: Nidia Zuraya",
            "REPUBLIKA.CO.ID, JAKARTA -- ",
            "Republika.co.id",
            at(2015, 11, 5, 14, 56),
            None,
            "JAKARTA",
        ),
        (
            "VIVA.co.id\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
            "Penulis: PT VIVA MEDIA BARU\nRabu, 18 Jun 2025 07:30 WIB",
            "Jakarta, VIVA – ",
            "VIVA.co.id",
            at(2025, 6, 18, 7, 30),
            None,
            "Jakarta",
        ),
        (
            "kumparan\nkumparanBISNIS\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
            "10 Juni 2025, 09:30",
            "",
            "kumparan",
            at(2025, 6, 10, 9, 30),
            None,
            None,
        ),
        (
            "IDN Times\nNews\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
            "Penulis: Tim Redaksi\nRabu, 18 Jun 2025 07:30 WIB",
            "Jakarta, IDN Times - ",
            "IDN Times",
            at(2025, 6, 18, 7, 30),
            None,
            "Jakarta",
        ),
        (
            "Harga Beras Naik Lagi di Pasar Induk Cipinang\nSelasa, 21 Okt 2025 20:43 WIB\n"
            "Tim detikBali - detikBali",
            "Denpasar - ",
            "detikBali",
            at(2025, 10, 21, 20, 43),
            "Tim detikBali",
            "Denpasar",
        ),
        (
            "KONTAN.CO.ID\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
            "Reporter: Bidara Pink | Editor: Herlina Kartika Dewi\n"
            "Selasa, 21 Oktober 2025 / 09:15 WIB",
            "KONTAN.CO.ID - JAKARTA. ",
            "KONTAN.CO.ID",
            at(2025, 10, 21, 9, 15),
            "Bidara Pink",
            "JAKARTA",
        ),
        (
            "Bisnis.com\nEkonomi\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
            "Penulis : Annasa Rizki Kamalina - Bisnis.com\nSelasa, 21 Oktober 2025 | 14:38",
            "Bisnis.com, JAKARTA — ",
            "Bisnis.com",
            at(2025, 10, 21, 14, 38),
            "Annasa Rizki Kamalina",
            "JAKARTA",
        ),
        (
            "Medcom.id\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
            "Fachri Audhia Hafiez • 21 Oktober 2025 20:43",
            "Jakarta: ",
            "Medcom.id",
            at(2025, 10, 21, 20, 43),
            "Fachri Audhia Hafiez",
            "Jakarta",
        ),
        (
            "iNews.id\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
            "Agung Bakti Sarasa · Selasa, 21 Oktober 2025 - 20:43:00 WIB",
            "PURWAKARTA, iNews.id - ",
            "iNews.id",
            at(2025, 10, 21, 20, 43),
            "Agung Bakti Sarasa",
            "PURWAKARTA",
        ),
        (
            "tirto.id\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
            "Oleh: Dwi Aditya Putra - 21 Okt 2025 20:43 WIB",
            "tirto.id - ",
            "tirto.id",
            at(2025, 10, 21, 20, 43),
            "Dwi Aditya Putra",
            None,
        ),
        (
            # The dateline on a line of its own, the story on the next.
            "CNN Indonesia\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
            "Selasa, 21 Okt 2025 20:43 WIB",
            "Jakarta, CNN Indonesia --\n",
            "CNN Indonesia",
            at(2025, 10, 21, 20, 43),
            None,
            "Jakarta",
        ),
        (
            # A section word over the date, the headline under it; "Jakarta -" on its own line.
            "detikNews\nBerita\nSelasa, 21 Okt 2025 20:43 WIB\n"
            "Harga Beras Naik Lagi di Pasar Induk Cipinang\n"
            "Firda Cynthia Anggrainy - detikNews\nShare",
            "Jakarta -\n",
            "detikNews",
            at(2025, 10, 21, 20, 43),
            "Firda Cynthia Anggrainy",
            "Jakarta",
        ),
        (
            "Suara.com\nNews\nRabu, 22 Oktober 2025 | 07:30 WIB\n"
            "Harga Beras Naik Lagi di Pasar Induk Cipinang\nBagikan",
            "Suara.com - ",
            "Suara.com",
            at(2025, 10, 22, 7, 30),
            None,
            None,
        ),
        (
            # The writer's name alone between the headline and the story.
            "Okezone\nSelasa 21 Oktober 2025 20:43 WIB\n"
            "Harga Beras Naik Lagi di Pasar Induk Cipinang\nReza Fahlevi",
            "JAKARTA - ",
            "Okezone",
            at(2025, 10, 21, 20, 43),
            "Reza Fahlevi",
            "JAKARTA",
        ),
        (  # Surya's mobile page: the app bar and its buttons over the logo
            "Buka di aplikasi SURYA\nBaca berita lebih cepat dan hemat kuota\nBUKA\n✕\n☰\n"
            "SURYA.co.id\n🔍\n\nSport  Persebaya  Arema  Liga Indonesia  MotoGP\n\nPersebaya\n\n"
            "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nSabtu, 22 November 2025 21:38 WIB\n"
            "Penulis: Moch Arief Syahputra Ramadhan",
            "SURYA.CO.ID, SURABAYA - ",
            "SURYA.co.id",
            at(2025, 11, 22, 21, 38),
            "Moch Arief Syahputra Ramadhan",
            "SURABAYA",
        ),
        (  # NTBSatu: a cookie banner first, the time after a middle dot, its name in brackets
            "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan melanjutkan "
            "menjelajah, Anda menyetujui penggunaan cookie.\nSetuju   Pelajari lebih lanjut\n\n"
            "NTBSatu\nJumat, 21 November 2025\nBeranda  Pemerintahan  Politik  Hukum  Ekonomi\n\n"
            "Kesehatan\n\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
            "21 November 2025 · 16:20 WITA\nPenulis: Baiq Nurul Hidayati",
            "Mataram (NTBSatu) – ",
            "NTBSatu",
            at(2025, 11, 21, 16, 20, zone=WITA),
            "Baiq Nurul Hidayati",
            "Mataram",
        ),
        (  # Zonasultra's print view: the page's address, when it was printed, its buttons
            "ZONASULTRA.ID\nhttps://zonasultra.id/harga-beras-naik.html\n"
            "Dicetak pada: Jumat, 28 November 2025 10:02\n[ Cetak ]   [ Tutup ]\n\n"
            "HUKUM & KRIMINAL\n\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
            "Kamis, 27 November 2025 19:48 WITA\nPenulis: La Ode Muhammad Irfan Sabara",
            "KENDARI, ZONASULTRA.ID - ",
            "ZONASULTRA.ID",
            at(2025, 11, 27, 19, 48, zone=WITA),
            "La Ode Muhammad Irfan Sabara",
            "KENDARI",
        ),
        (  # a chat exported from WhatsApp: a message over the pasted story is chatter
            "24/11/25 14.38 - Kak Ima Arisan Tamalate: Ibu-ibu, harga beras naik lagi mi ini 😭👇\n"
            "Harga Beras Naik Lagi di Pasar Induk Cipinang\nSenin, 24 November 2025 | 13:10 WITA\n"
            "Penulis: Nur Afni Syamsuddin",
            "KABARMAKASSAR.COM — ",
            "KABARMAKASSAR.COM",
            at(2025, 11, 24, 13, 10, zone=WITA),
            "Nur Afni Syamsuddin",
            None,
        ),
        (  # Skor.id: a row of links parted by middle dots
            "☰  SKOR.id  🔍\nLIVE SCORE  ·  Liga Inggris  ·  BRI Super League  ·  MotoGP  ·  "
            "Badminton\n\nBadminton\n\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
            "16/11/2025, 15:42 WIB\nEditor: Yudi Permana Kusnadi",
            "",
            "SKOR.id",
            at(2025, 11, 16, 15, 42),
            None,
            None,
        ),
    ],
)
def test_indonesian_page_tops(
    top: str,
    lede_prefix: str,
    source: str,
    published: datetime,
    author: str | None,
    dateline: str | None,
) -> None:
    article = page(top, lede_prefix=lede_prefix)
    assert article.headline == "Harga Beras Naik Lagi di Pasar Induk Cipinang"
    assert (article.source, article.author, article.dateline) == (source, author, dateline)
    assert article.published == published
    assert article.published.utcoffset() == published.utcoffset()
    # The prefix and the page furniture never reach the body.
    assert article.body[0].startswith("Harga beras medium")
    assert len(article.body) == 3


@pytest.mark.parametrize(
    ("top", "lede_prefix", "source", "published", "author", "dateline"),
    [
        (
            "Reuters\nWorld\nRice Prices Climb Again in Jakarta Markets\n"
            "By Jane Doe and John Roe\nJune 18, 2025 7:30 AM ET",
            "JAKARTA (Reuters) - ",
            "Reuters",
            at(2025, 6, 18, 7, 30, zone=timezone(timedelta(hours=-4))),
            "Jane Doe and John Roe",
            "JAKARTA",
        ),
        (
            "BBC News\nRice Prices Climb Again in Jakarta Markets\n"
            "Published 3 July 2022, 10:15 BST\nBy Jane Doe",
            "",
            "BBC News",
            at(2022, 7, 3, 10, 15, zone=timezone(timedelta(hours=1))),
            "Jane Doe",
            None,
        ),
        (
            "CNN\nRice Prices Climb Again in Jakarta Markets\nBy Jane Doe, CNN\n"
            "Updated 2:15 PM EDT, Wed June 18, 2025",
            "WASHINGTON — ",
            "CNN",
            at(2025, 6, 18, 14, 15, zone=timezone(timedelta(hours=-4))),
            "Jane Doe",
            "WASHINGTON",
        ),
        (
            "The Guardian\nRice Prices Climb Again in Jakarta Markets\nJane Doe in Jakarta\n"
            "Wed 18 Jun 2025 07.30 BST",
            "",
            "The Guardian",
            at(2025, 6, 18, 7, 30, zone=timezone(timedelta(hours=1))),
            "Jane Doe",
            None,
        ),
        (
            "Al Jazeera\nRice Prices Climb Again in Jakarta Markets\nPublished 18 Jun 2025",
            "",
            "Al Jazeera",
            at(2025, 6, 18, 0, 0, zone=UTC),
            None,
            None,
        ),
        (
            "The Jakarta Post\nBusiness\nRice Prices Climb Again in Jakarta Markets\n"
            "By Jane Doe, Political Correspondent\nJune 18, 2025 7:30 AM",
            "",
            "The Jakarta Post",
            at(2025, 6, 18, 7, 30),  # a Jakarta paper prints Jakarta's time without saying so
            "Jane Doe",
            None,
        ),
        # the account's buttons over the headline; Abu Dhabi's paper prints its own clock
        (
            "The National\nNews   Business   Opinion   Culture\nSubscribe   |   Sign in\n\n"
            "Rice Prices Climb Again in Jakarta Markets\n\nSarah Dianti Rahmawan\nJakarta\n"
            "Nov 16, 2025, 8:00 AM",
            "",
            "The National",
            at(2025, 11, 16, 8, 0, zone=timezone(timedelta(hours=4))),
            "Sarah Dianti Rahmawan",
            None,
        ),
        # a print view's row of source, time and editor; Beijing's time
        (
            "XINHUANET\n[ Print ]   [ Close ]\n\nRice Prices Climb Again in Jakarta Markets\n\n"
            "Source: Xinhua | 2025-12-09 14:32:10 | Editor: Liu Mingyue",
            "",
            "XINHUANET",
            at(2025, 12, 9, 14, 32, 10, zone=timezone(timedelta(hours=8))),
            None,
            None,
        ),
        # the site's path over the headline; Auckland's summer time
        (
            "Stuff\nHome   NZ News   World   Travel\n\nTravel › Travel Troubles\n\n"
            "Rice Prices Climb Again in Jakarta Markets\n\nCaitlin Marsh-Tuhiwai\n"
            "11:42, Dec 19 2025",
            "",
            "Stuff",
            at(2025, 12, 19, 11, 42, zone=timezone(timedelta(hours=13))),
            "Caitlin Marsh-Tuhiwai",
            None,
        ),
        # a paper's name that is no single brand word; Toronto's winter time, "a.m. EST"
        (
            "The Globe and Mail\n\nRice Prices Climb Again in Jakarta Markets\n\n"
            "By Meredith Okafor-Lindqvist\nPublished December 10, 2025 at 5:00 a.m. EST",
            "",
            "The Globe and Mail",
            at(2025, 12, 10, 5, 0, zone=timezone(timedelta(hours=-5))),
            "Meredith Okafor-Lindqvist",
            None,
        ),
        # the UAE's news agency prints Abu Dhabi's clock; the date over the headline
        (
            "WAM\nEmirates News Agency\n\nHome   UAE   Economy   World   Sports\n\n"
            "Thu 22-01-2026 14:32 PM\n\nRice Prices Climb Again in Jakarta Markets",
            "",
            "WAM",
            at(2026, 1, 22, 14, 32, zone=timezone(timedelta(hours=4))),
            None,
            None,
        ),
        # a reader view that names the paper only by its address: Seoul's clock
        (
            "koreajoongangdaily.joins.com\n6 min read\n\n"
            "Rice Prices Climb Again in Jakarta Markets\n\n"
            "Published: 16 Jan. 2026, 17:40   Updated: 16 Jan. 2026, 19:02\n\n"
            "By SEOK HAN-BYUL [seok.hanbyul@joongang.co.kr]",
            "",
            "koreajoongangdaily.joins.com",
            at(2026, 1, 16, 17, 40, zone=timezone(timedelta(hours=9))),
            "Seok Han-Byul",  # the capitals cannot tell a Korean given name's second syllable
            None,
        ),
        # Taiwan's agency prints the month first; Sydney's financial daily, its summer time
        (
            "Focus Taiwan\nCNA English News\n\nRice Prices Climb Again in Jakarta Markets\n\n"
            "02/09/2026 03:15 PM",
            "",
            "Focus Taiwan",
            at(2026, 2, 9, 15, 15, zone=timezone(timedelta(hours=8))),
            None,
            None,
        ),
        (
            "AFR\n\nRice Prices Climb Again in Jakarta Markets\n\nFeb 11, 2026 – 5.00am",
            "",
            "AFR",
            at(2026, 2, 11, 5, 0, zone=timezone(timedelta(hours=11))),
            None,
            None,
        ),
        # the kind of story and its section over the headline, a dot between them
        (
            "TRT World\nLive   World   Business   Explainers\n\nEXPLAINER · ASIA PACIFIC\n\n"
            "Rice Prices Climb Again in Jakarta Markets\n\nBy Selin Aydemir-Hartono\n"
            "Published 16 December 2025 · 14:05 GMT+3",
            "",
            "TRT World",
            at(2025, 12, 16, 14, 5, zone=timezone(timedelta(hours=3))),
            "Selin Aydemir-Hartono",
            None,
        ),
        # the writer's desk after a comma; a Manila paper's time
        (
            "GMA News\nRice Prices Climb Again in Jakarta Markets\n"
            "By Marian Cabrera Villanueva, GMA Integrated News\nPublished November 11, 2025 5:36pm",
            "",
            "GMA News",
            at(2025, 11, 11, 17, 36, zone=timezone(timedelta(hours=8))),
            "Marian Cabrera Villanueva",
            None,
        ),
        # the writer's handle after the name (Addis Standard)
        (
            "Addis Standard\n\nHealth\n\nRice Prices Climb Again in Jakarta Markets\n\n"
            "August 10, 2026 11:38 am\nBy Bethlehem Asfaw Gebre @BethyAsfaw",
            "Addis Abeba – ",
            "Addis Standard",
            at(2026, 8, 10, 11, 38, zone=timezone(timedelta(hours=3))),
            "Bethlehem Asfaw Gebre",
            "Addis Abeba",
        ),
        # the writer after "Article By:" in a cell of the dated row (The Point)
        (
            "The Point\n\nHealth\n\nRice Prices Climb Again in Jakarta Markets\n\n"
            "Sep 14, 2026, 11:02 AM | Article By: Awa Touray Njie",
            "",
            "The Point",
            at(2026, 9, 14, 11, 2, zone=UTC),
            "Awa Touray Njie",
            None,
        ),
        # the writer in one cell of the row that dates the story (Cook Islands News)
        (
            "Cook Islands News\n\nCulture\n\nRice Prices Climb Again in Jakarta Markets\n\n"
            "Tuesday 4 August 2026 | Written by Teuira Tangimetua Marsters | Published in "
            "Culture, National",
            "",
            "Cook Islands News",
            at(2026, 8, 4, 0, 0, zone=timezone(timedelta(hours=-10))),
            "Teuira Tangimetua Marsters",
            None,
        ),
        # the writer and her post in the first cell of the row, the stamps after (The
        # Chronicle Herald)
        (
            "The Chronicle Herald\n\nPolitics\n\nRice Prices Climb Again in Jakarta Markets\n\n"
            "Francine Doucet · Provincial Affairs Reporter | Posted: Jul. 13, 2033, 5:18 p.m. | "
            "Updated: Jul. 13, 2033, 7:02 p.m. | 4 Min Read",
            "",
            "The Chronicle Herald",
            at(2033, 7, 13, 17, 18, zone=UTC),
            "Francine Doucet",
            None,
        ),
    ],
)
def test_english_page_tops(
    top: str,
    lede_prefix: str,
    source: str,
    published: datetime,
    author: str | None,
    dateline: str | None,
) -> None:
    article = page(top, BODY_EN, lede_prefix=lede_prefix)
    assert article.language == "en"
    assert article.headline == "Rice Prices Climb Again in Jakarta Markets"
    assert (article.source, article.author, article.dateline) == (source, author, dateline)
    assert article.published == published
    assert article.body[0].startswith("Rice prices in traditional markets")


def test_an_english_storys_town_in_capitals_is_its_dateline_whatever_indonesian_holds() -> None:
    # Portland Press Herald: "BANGOR —" ("bangor" is also an Indonesian word)
    article = page(
        "Portland Press Herald\n\nCrime\n\nRice Prices Climb Again in Jakarta Markets",
        BODY_EN,
        lede_prefix="BANGOR — ",
    )
    assert article.dateline == "BANGOR"
    assert article.body[0].startswith("Rice prices in traditional markets")


def test_a_media_partners_name_on_its_line_then_before_the_town_is_no_writer() -> None:
    # kumparan's media partner Lampung Geh: its name over the date, then opening the story
    article = page(
        "kumparan\nBeranda  Berita  Bisnis  Regional\nLampung Geh\nKonten Media Partner\n\n"
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nLampung Geh\n24 Mei 2028 15:12 WIB",
        lede_prefix="Lampung Geh, Lampung Tengah - ",
    )
    assert (article.dateline, article.author) == ("Lampung Tengah", None)
    assert article.body[0].startswith("Harga beras medium")


def test_unknown_outlet_is_named_by_the_shape_of_its_line() -> None:
    article = page(
        "Kabar Borneo\nDaerah\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
        "Kamis, 5 November 2015 | 14:56 WITA",
        lede_prefix="BANJARMASIN - ",
    )
    assert article.source == "Kabar Borneo"
    assert article.headline == "Harga Beras Naik Lagi di Pasar Induk Cipinang"
    assert article.dateline == "BANJARMASIN"
    assert article.published == at(2015, 11, 5, 14, 56, zone=WITA)


def test_short_headline_above_the_date_is_not_taken_for_a_label() -> None:
    article = page("Banjir Rendam Bekasi\nSenin, 16 Juni 2025 |15:20 WIB")
    assert article.headline == "Banjir Rendam Bekasi"
    assert article.source is None


def test_section_line_alone_is_skipped_not_named_the_source() -> None:
    article = page("Politik\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n21/10/2025 20:43")
    assert article.headline == "Harga Beras Naik Lagi di Pasar Induk Cipinang"
    assert article.source is None
    assert article.published == at(2025, 10, 21, 20, 43)


@pytest.mark.parametrize(
    ("prefix", "place", "source"),
    [
        ("JAKARTA, KOMPAS.com - ", "JAKARTA", "KOMPAS.com"),
        ("Jakarta, CNN Indonesia -- ", "Jakarta", "CNN Indonesia"),
        ("Mataram, NTB (ANTARA News) - ", "Mataram", "ANTARA News"),
        ("Liputan6.com, Jakarta - ", "Jakarta", "Liputan6.com"),
        ("BANJARMASIN - ", "BANJARMASIN", None),
        ("KOMPAS.com - ", None, "KOMPAS.com"),
        ("SURABAYA, WARTA - ", "SURABAYA", "WARTA"),
        ("Jakarta (ANTARA) - ", "Jakarta", "ANTARA"),
        ("LONDON (Reuters) - ", "LONDON", "Reuters"),
        ("WASHINGTON — ", "WASHINGTON", None),
        ("WASHINGTON DC — ", "WASHINGTON DC", None),  # VOA Indonesia
        ("Suara.com - ", None, "Suara.com"),
        ("TRIBUNNEWS.COM, JAKARTA - ", "JAKARTA", "TRIBUNNEWS.COM"),
        ("POS-KUPANG.COM, SEBA - ", "SEBA", "POS-KUPANG.COM"),
        ("BANGKOK/PHNOM PENH, June 2 (Reuters) - ", "BANGKOK/PHNOM PENH", "Reuters"),
        ("MEDAN (Waspada): ", "MEDAN", "Waspada"),
        ("Hong Kong CNN — ", "Hong Kong", "CNN"),
        ("Jakarta, Indonesia\nCNN\n — \n", "Jakarta", "CNN"),  # CNN's, in three pieces
        ("SERANG, (KB).- ", "SERANG", "KB"),
        ("BOGOR-RADAR BOGOR, ", "BOGOR", "RADAR BOGOR"),
        ("MALANGTIMES - ", "MALANG", "MALANGTIMES"),
        ("JATIMTIMES - ", None, "JATIMTIMES"),  # a paper named after its province: no town
        # a town, a bar, the site; a town kabar does not know and the paper in brackets
        ("Redelong | LintasGAYO.co – ", "Redelong", "LintasGAYO.co"),
        ("Kotapinang (Analisa). ", "Kotapinang", "Analisa"),
        ("SIAK (RIAUTERKINI) - ", "SIAK", "RIAUTERKINI"),  # a long name in capitals
        ("Parit Malintang, Singgalang – ", "Parit Malintang", "Singgalang"),  # a head of places
        ("Kota Bima, Kahaba.- ", "Kota Bima", "Kahaba"),  # the paper's stop before the dash
        ("KOTA, JP Radar Kediri – ", "KOTA", "JP Radar Kediri"),  # the paper's city, by its unit
        ("November 17, 2027 (PORT SUDAN) – ", "PORT SUDAN", None),  # the day, then the town
        ("Kendari, Kendari Pos – ", "Kendari", "Kendari Pos"),
        # a town kabar does not know in capitals, a paper whose one word is a word of the
        # language; a town in capitals, its island and the paper's initials
        ("RANTAUPRAPAT (Detak) – ", "RANTAUPRAPAT", "Detak"),
        # a town in title case and its state as the AP writes it (not an outlet and a town)
        ("Clay, N.Y. — ", "Clay", None),
        # a town under a head of places kabar does not know by name ("Nusa", "Ujung")
        ("NUSA DUA – ", "NUSA DUA", None),
        # a name after the head that only looks affixed ("PENIDA" is no verb made of "nida")
        ("NUSA PENIDA – ", "NUSA PENIDA", None),
        ("Lubbock, Texas — ", "Lubbock", None),
        ("CHARLESTOWN, Nevis (NP) — ", "CHARLESTOWN", "NP"),
        ("Tanjung (Suara NTB) – ", "Tanjung", "Suara NTB"),
        ("Analisadaily (Dolok Sanggul) - ", "Dolok Sanggul", "Analisadaily"),
        ("JAYAPURA-", "JAYAPURA", None),
        # towns kabar does not know, in capitals: glued to the story; before a paper's name
        ("SENTANI-", "SENTANI", None),
        ("SELATPANJANG (CAKAPLAH) - ", "SELATPANJANG", "CAKAPLAH"),
        ("PORT VILA — ", "PORT VILA", None),  # a town abroad whose words are also words
        ("CAKAPLAH.com - Bengkalis - ", "Bengkalis", "CAKAPLAH.com"),  # the site, then the town
        ("RIAUONLINE, TEMBILAHAN - ", "TEMBILAHAN", "RIAUONLINE"),  # the paper's name first
        ("DOLOKSANGGUL, METRO – ", "DOLOKSANGGUL", "METRO"),  # Metro Tapanuli's, after the town
        ("MEUREUDU | MODUSACEH.CO – ", "MEUREUDU", "MODUSACEH.CO"),  # the address in capitals
        ("PANGKALAN BUN/TABENGAN.CO.ID – ", "PANGKALAN BUN", "TABENGAN.CO.ID"),  # by a slash
        ("DAVAO CITY (MindaNews / 06 March) — ", "DAVAO CITY", "MindaNews"),  # the day after
        ("RM.id Rakyat Merdeka - ", None, "RM.id"),  # the site's address, then its name
        ("FREDERICTON • ", "FREDERICTON", None),  # a bullet for the dash (Telegraph-Journal)
        ("Jakarta, NU Online ", "Jakarta", "NU Online"),  # no dash at all
        ("Bandung, CNN Indonesia ", "Bandung", "CNN Indonesia"),
        # English papers: a city in capitals and its state or region, an agency with no dash
        ("CORCORAN, Calif. — ", "CORCORAN", None),
        ("RUMOI, Hokkaido--", "RUMOI", None),
        ("Taipei, Nov. 23 (CNA) ", "Taipei", "CNA"),
        ("HCM CITY — ", "HCM CITY", None),
        # an outlet named after one kabar knows, then the city; a brand's mixed case alone
        ("Bloomberg Technoz, Jakarta – ", "Jakarta", "Bloomberg Technoz"),
        ("Maumere, Ekora NTT – ", "Maumere", "Ekora NTT"),  # a name and its province's initials
        ("Parlementaria, Jakarta - ", "Jakarta", "Parlementaria"),  # the DPR's news desk
        ("IDXChannel - ", None, "IDXChannel"),
        ("RMOL. ", None, "RMOL"),  # the outlet and a full stop
        ("[JAKARTA] ", "JAKARTA", None),  # The Business Times: the city in brackets
        ("KUALA LUMPUR (Nov 18): ", "KUALA LUMPUR", None),  # the day in brackets, no agency
        ("KOTA BATU – ", "KOTA BATU", None),  # a city kabar knows, after its unit
        ("KABUPATEN MALANG – ", "KABUPATEN MALANG", None),
        ("Medan, (Analisa). ", "Medan", "Analisa"),  # the paper in brackets, then a stop
        ("Surabaya, NU Online\n", "Surabaya", "NU Online"),  # on a line of its own
        ("Kisaran (SIB)\n", "Kisaran", "SIB"),  # the paper in brackets, on a line of its own
        ("kaltimkece.id ", None, "kaltimkece.id"),  # the site's name, then the story
        # a press release's city and day; a wire's day with its ordinal and year
        ("Jakarta, 20 Januari 2026 – ", "Jakarta", None),
        ("JAKARTA, 22nd January, 2026 (WAM) -- ", "JAKARTA", "WAM"),
        ("HÀ NỘI — ", "HÀ NỘI", None),  # Vietnam News: a city in capitals with its marks
        ("TARAKAN.NIAGA.ASIA – ", "TARAKAN", "NIAGA.ASIA"),  # the city glued to the address
        ("BORNEONEWS, Kasongan - ", "Kasongan", "BORNEONEWS"),  # the outlet in capitals first
        ("Surabaya, Bhirawa\n", "Surabaya", "Bhirawa"),  # an outlet kabar does not know, alone
        ("Surabaya, Bhirawa.\n", "Surabaya", "Bhirawa"),  # and a full stop after it
        ("ITS News, Surabaya – ", "Surabaya", "ITS News"),  # a campus's news desk
        ("Kabupaten Bandung (Dispenad) – ", "Kabupaten Bandung", "Dispenad"),  # the army's
        ("Sumbawa Besar (Kicknews.today) – ", "Sumbawa Besar", "Kicknews.today"),  # ".today"
        ("Jakarta, Senin - ", "Jakarta", None),  # a release's city and weekday: no outlet
        ("Jakarta, Senin (12/11/2025) – ", "Jakarta", None),  # and the day in figures
        ("JAKARTA (12/11) - ", "JAKARTA", None),
        ("DILI, 08 april 2026 (TATOLI)—", "DILI", "TATOLI"),  # a month in lower case
        ("Dar es Salaam. ", "Dar es Salaam", None),  # The Citizen: the city and a full stop
        ("MUSCAT, APRIL 17 – ", "MUSCAT", None),  # Oman Observer: the day in capitals
        # a day says it is a dateline, whatever the city (no caption label has one)
        ("PORT VILA, May 5 – ", "PORT VILA", None),
        ("Ulaanbaatar, May 22 (MONTSAME). ", "Ulaanbaatar", "MONTSAME"),  # and a stop
        ("PEKANBARU (CAKAPLAH) - ", "PEKANBARU", "CAKAPLAH"),  # a paper's name in capitals
        ("Haranggaol (SIB) - ", "Haranggaol", "SIB"),  # a town no gazetteer has, its paper
        ("Bagansiapiapi (Bagan Pos) - ", "Bagansiapiapi", "Bagan Pos"),  # by its paper's word
        ("Rangkasbitung (Kabar Rangkas) - ", "Rangkasbitung", "Kabar Rangkas"),  # or its first
        # a town of two words and the paper named after it
        ("Pangkalan Brandan (Warta Brandan) - ", "Pangkalan Brandan", "Warta Brandan"),
        ("PURWOKERTO-SATELITPOS-", "PURWOKERTO", "SATELITPOS"),  # the city, the paper, hyphens
        # a city, its country, and the Caribbean's wire or an agency kabar does not know
        ("PORT OF SPAIN, Trinidad (CMC) — ", "PORT OF SPAIN", "CMC"),
        ("KINGSTON, Jamaica (JIS) — ", "KINGSTON", "JIS"),
        ("DIALEKSIS.COM | Singkil – ", "Singkil", "DIALEKSIS.COM"),  # the site, a bar, the place
        ("Jakarta, Kejaksaan Agung — ", "Jakarta", "Kejaksaan Agung"),  # a body's own desk
        ("Jakarta, TAMBANG – ", "Jakarta", "TAMBANG"),  # a magazine's name in capitals
        ("Nuku'alofa, Tonga — ", "Nuku'alofa", None),  # a city no gazetteer has, its country
        ("Doha, Qatar: ", "Doha", None),  # The Peninsula: the city, its country, a colon
        ("Tokyo | ", "Tokyo", None),  # PBSI: a city in title case and a bar
        ("BELIZE CITY, Tues. Aug. 18, 2026-- ", "BELIZE CITY", None),  # a weekday cut short
        ("MedanBisnis - Simalungun. ", "Simalungun", "MedanBisnis"),  # outlet, place, stop
        ("Tahuna, Pendam XIII/Merdeka – ", "Tahuna", "Pendam XIII/Merdeka"),  # an army desk
        ("Kolonia, Pohnpei—", "Kolonia", None),  # a town and its state, a long dash, no space
        ("YEREVAN, OCTOBER 29, ARMENPRESS. ", "YEREVAN", "ARMENPRESS"),  # the agency, a stop
        ("Sidoarjo, Konstruksi Media – ", "Sidoarjo", "Konstruksi Media"),  # a trade magazine
        ("Jakarta – Humas BRIN. ", "Jakarta", "Humas BRIN"),  # a body's press desk, a stop
        # a city in capitals, then a paper's name of a few words kabar does not know
        ("NGANJUK, JP Radar Kediri – ", "NGANJUK", "JP Radar Kediri"),
        ("PELAIHARI, Mata Banua - ", "PELAIHARI", "Mata Banua"),
        ("Majalah Farmasetika – ", None, "Majalah Farmasetika"),  # a magazine, no place
        # a city of a few words no gazetteer has, none a dictionary word
        ("SOUTH TARAWA – ", "SOUTH TARAWA", None),
        ("PORT OF SPAIN — ", "PORT OF SPAIN", None),
        # a head of places and a noun, both dictionary words, as Indonesia's towns are named
        ("KUALA SIMPANG - ", "KUALA SIMPANG", None),
        ("TANA PASER – ", "TANA PASER", None),
        # a town in capitals and its county or province, with any dash
        ("GANTA, Nimba County – ", "GANTA", None),
        ("LAE, Morobe Province - ", "LAE", None),
        # a city in capitals that is a dictionary word, before its country
        ("DAKAR, Senegal — ", "DAKAR", None),
        # a town kabar knows, a long dash glued to the story (Puailiggoubat)
        ("Tuapejat—", "Tuapejat", None),
        # the day, then the outlet after a comma; the day with its year and "th"; a town's
        # stop before the dash
        ("DUSHANBE, May 12, 2027, Asia-Plus -- ", "DUSHANBE", "Asia-Plus"),
        ("Basseterre, St Kitts, May 11th 2027 (SKNVIBES) -- ", "Basseterre", "SKNVIBES"),
        ("Santo Domingo.- ", "Santo Domingo", None),
        ("Chisinau, April 9 /IPN/ – ", "Chisinau", "IPN"),  # the agency between slashes
        ("Pago Pago, AMERICAN SAMOA — ", "Pago Pago", None),  # a territory in capitals
        # the town and the site's address in bold on a line of their own (Mistar.id)
        ("Labuhanbatu, MISTAR.ID\n", "Labuhanbatu", "MISTAR.ID"),
        # a town, its country, the day, then an agency kabar does not know
        (
            "SAN PEDRO DE ATACAMA, Chile, Dec 12 (Chile Dispatch) - ",
            "SAN PEDRO DE ATACAMA",
            "Chile Dispatch",
        ),
    ],
)
def test_dateline_forms(prefix: str, place: str | None, source: str | None) -> None:
    article = page("Harga Beras Naik Lagi di Pasar Induk Cipinang", lede_prefix=prefix)
    assert (article.dateline, article.source) == (place, source)
    assert article.body[0].startswith("Harga beras medium")
    assert (article.lede or "").startswith("Harga beras medium")


def test_a_story_opening_on_a_number_under_its_dateline() -> None:
    numbered = BODY_ID.replace("Harga beras medium", "5 jenis beras medium", 1)
    article = page(
        "Harga Beras Naik Lagi di Pasar Induk Cipinang", numbered, lede_prefix="JAKARTA - "
    )
    assert article.dateline == "JAKARTA"
    assert article.body[0].startswith("5 jenis beras medium")
    # a score in the first sentence is no dateline: "2 - 1" opens on no city
    scored = page(
        "Persija Menang", "Skor 2 - 1 bertahan sampai akhir laga di Jakarta.\n\n" + BODY_ID
    )
    assert scored.dateline is None and scored.body[0].startswith("Skor 2 - 1")


def test_a_paid_pages_label_is_no_part_of_its_lede() -> None:
    article = page("Harga Beras Naik Lagi di Pasar Induk Cipinang", lede_prefix="INFO BISNIS – ")
    assert article.dateline is None
    assert article.body[0].startswith("Harga beras medium")


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Penulis: Ida Setyaningsih", "Ida Setyaningsih"),
        ("Pewarta: Budi Santoso", "Budi Santoso"),
        ("Reporter: Dewi Lestari", "Dewi Lestari"),
        ("Oleh: Sulung Lahitani", "Sulung Lahitani"),
        ("Oleh Sulung Lahitani", "Sulung Lahitani"),
        ("Oleh: Lalu Ramdhan Hakiki", "Lalu Ramdhan Hakiki"),  # a Sasak noble's "Lalu"
        ("Redaktur & Reporter : Elvira Santika Dewi", "Elvira Santika Dewi"),  # JPNN
        ("Laporan Wartawan Tribunnews.com, Bayu Indra Permana", "Bayu Indra Permana"),
        ("Laporan Wartawan Tabura Pos, Yohanes Kambu Wanma", "Yohanes Kambu Wanma"),
        ("Retno Ayuningrum - detikFinance", "Retno Ayuningrum"),
        ("Tim detikBali - detikBali", "Tim detikBali"),
        ("I Gede Wira Adnyana Putra - detikBali", "I Gede Wira Adnyana Putra"),
        ("LAPORAN: AHMAD FIKRI LUBIS", "Ahmad Fikri Lubis"),
        ("Laporan: Tengku Muhammad Rizal (Pekanbaru)", "Tengku Muhammad Rizal"),
        ("Laporan oleh Fatimah Azzahra Putri", "Fatimah Azzahra Putri"),
        ("Penulis: Wiwit Agustina Pratiwi (wap)", "Wiwit Agustina Pratiwi"),  # her initials
        ("Teks: Nadia Oktaviani Rahayu  |  Foto: Humas PBSI", "Nadia Oktaviani Rahayu"),
        ("Foto dan teks: Andi Saputra", "Andi Saputra"),  # a photo story's one maker
        # a campus's news: the student's programme and year after the name
        ("Oleh Salsabila Nur Azizah (Teknik Geofisika, 2026)", "Salsabila Nur Azizah"),
        ("Journalist: Agustinho da Silva Lemos", "Agustinho da Silva Lemos"),  # Tatoli's label
        ("Words: Jonas Büchel", "Jonas Büchel"),  # a magazine's label for the writer
        ("By Ali Hassan al-Jubouri", "Ali Hassan al-Jubouri"),  # the article glued to a name
        # the stamp, then the writer, whose name ends in a zone's letters ("WIT")
        ("Posted on December 10, 2027 at 3:45 pm by Marjolein de Wit", "Marjolein de Wit"),
        # a name with a hyphen after the stamp
        (
            "Posted on June 26, 2029 at 10:15 am by Laura van der Berg-Martis",
            "Laura van der Berg-Martis",
        ),
        ("By Jane Doe", "Jane Doe"),
        ("By Jane Doe and John Roe", "Jane Doe and John Roe"),
        ("By Siddharth Rao Kulkarni, Bhubaneswar", "Siddharth Rao Kulkarni"),  # a town's name
        ("By Lo Ching-wen, Taiwan News, Staff Writer", "Lo Ching-wen"),  # the paper, the post
        ("Penulis: Rian Saputra, S.Sos", "Rian Saputra"),  # a degree after the name
        ("Penulis: Kompas Cyber Media", None),
        ("Penulis: PT VIVA MEDIA BARU", None),
        ("Oleh: Press and Information Office", None),  # a government's press office
        ("Oleh: Web Design", None),
        ("By Hans News Service", None),  # a desk's byline
        ("Penulis: CNN Indonesia", None),
        ("Oleh: BBC Indonesia", None),
        ("Penulis: Redaksi", None),
        ("Editor: Rina Wati", None),
        ("Newswire - Bisnis.com", None),  # the wire desk, no writer
        ("tim | CNN Indonesia", None),  # the desk's team
        ("By Karolinska Institutet", None),  # a campus's release (Medical Xpress)
        ("By Telegraph Obituaries", None),  # a paper's obituaries desk
        # an office's desk signing its portal's story: a prosecutor's, an army command's
        ("Penulis: Seksi Intelijen Kejari Cianjur", None),
        ("Penulis: Pendam XIII/Merdeka", None),
        ("Penulis: Dispenad", None),  # the army's information service (tniad.mil.id)
        ("Penulis: Biro Kerja Sama dan Hubungan Masyarakat", None),  # BPOM's public relations
    ],
)
def test_bylines_name_a_person_never_a_company(byline: str, author: str | None) -> None:
    article = page(f"Harga Beras Naik Lagi di Pasar Induk Cipinang\n{byline}")
    assert article.author == author
    assert all(byline not in paragraph for paragraph in article.body)


def test_writer_at_the_foot_is_the_author_and_the_editor_is_not() -> None:
    article = parse_text(
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
        f"{BODY_ID}\n\nPewarta: Budi Santoso\nEditor: Rina Wati"
    )
    assert article.author == "Budi Santoso"
    assert article.body[-1].startswith("Pemerintah daerah")


def test_a_contributor_named_under_the_story_is_its_writer_not_the_editor_over_it() -> None:
    # SuaraJatim: the name over the story is the editor's, the reporter is named at its foot
    article = page(
        "SuaraJatim.id\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n\nWahyu Kurniawan Ardi\n"
        "Minggu, 14 Mei 2028 | 21:05 WIB",
        f"{BODY_ID}\n\nKontributor : Dimas Angga Prasetyo\n\nTag\n# Sidoarjo",
    )
    assert article.author == "Dimas Angga Prasetyo"
    assert article.body[-1].startswith("Pemerintah daerah")


@pytest.mark.parametrize(
    ("stamp", "printed", "published"),
    [
        ("2 jam lalu", "Senin, 16 Juni 2025 10:00 WIB", at(2025, 6, 16, 8, 0)),
        ("3 hours ago", "June 16, 2025 10:00 AM GMT", at(2025, 6, 16, 7, 0, zone=UTC)),
        ("1 hari lalu", "Senin, 16 Juni 2025", at(2025, 6, 15, 0, 0)),
    ],
)
def test_relative_stamp_is_read_against_the_date_the_page_prints(
    stamp: str, printed: str, published: datetime
) -> None:
    body = BODY_EN if "ago" in stamp else BODY_ID
    article = page(f"{printed}\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n{stamp}", body)
    assert article.published == published


def test_relative_stamp_without_a_printed_date_gives_no_date() -> None:
    article = page("kumparan\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n5 menit yang lalu")
    assert article.published is None
    assert article.headline == "Harga Beras Naik Lagi di Pasar Induk Cipinang"


def test_in_body_furniture_is_dropped_but_every_paragraph_kept() -> None:
    paragraphs = BODY_ID.split("\n\n")
    article = parse_text(
        "detikNews\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
        "Retno Ayuningrum - detikNews\nSelasa, 21 Okt 2025 20:43 WIB\n\n"
        f"Jakarta - {paragraphs[0]}\n\nSCROLL TO CONTINUE WITH CONTENT\n\n"
        "Baca juga: Harga Cabai Rawit Tembus Rp 100 Ribu per Kilogram\n\n"
        f"{paragraphs[1]}\n\nAdvertisement\n\n[Gambas:Video 20detik]\n\n"
        "Share: Facebook | Twitter | WhatsApp | Telegram | Copy Link\n\n"
        "Laporan Wartawan detikcom, Siti Aminah\n\n"
        "Ikuti berita terkini dari detikcom di Google News\n\n"
        f"{paragraphs[2]} (dpw/dpw)\n\nBeritaTerbaru Index »\n\n"
        "Simak juga Video: Operasi Pasar Digelar di Dua Belas Titik"
    )
    assert list(article.body) == paragraphs


def test_the_day_in_a_byline_row_beside_its_readers_count_and_in_the_dateline() -> None:
    # Setkab: "Oleh Humas  Diposting pada 18 Oktober 2027  Dilihat 2.317 kali"; Shabait: the
    # dateline alone gives the day
    setkab = parse_text(
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\n"
        f"Oleh Humas    Diposting pada 18 Oktober 2027    Dilihat 2.317 kali\n\n{BODY_ID}"
    )
    assert setkab.published == at(2027, 10, 18, 0, 0)
    shabait = parse_text(
        f"Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nAsmara, 21 October 2027- {BODY_ID}"
    )
    assert shabait.published is not None and shabait.published.date().isoformat() == "2027-10-21"


def test_the_date_under_the_first_paragraph_dates_the_page() -> None:
    # Kupas Tuntas: the lede on its dateline, then the byline and the date
    paragraphs = BODY_ID.split("\n\n")
    article = parse_text(
        "KUPAS TUNTAS\nkupastuntas.co\n\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
        f"Kupastuntas.co, Bandar Lampung - {paragraphs[0]}\n\nPenulis: Rina Sari\n"
        f"Editor: Budi\nSabtu, 11 September 2027 - 17.34 WIB\n\n{chr(10).join(paragraphs[1:])}"
    )
    assert (article.author, article.published) == ("Rina Sari", at(2027, 9, 11, 17, 34))


def test_a_short_last_paragraph_signed_by_its_desk_is_the_storys() -> None:
    article = parse_text(
        f"Harga Beras Naik Lagi di Pasar Induk Cipinang\nSelasa, 21 Okt 2025 20:43 WIB\n\n"
        f"{BODY_ID}\n\nAturan itu dapat diunduh selengkapnya melalui laman JDIH Sekretariat "
        "Kabinet. (HUMAS SETKAB/UN)\n\nBerita Terkait:\nHarga Cabai Turun"
    )
    assert article.body[-1] == (
        "Aturan itu dapat diunduh selengkapnya melalui laman JDIH Sekretariat Kabinet."
    )


def test_a_podcast_button_and_a_newsletter_box_under_the_story_are_not_its_end() -> None:
    paragraphs = BODY_ID.split("\n\n")
    article = parse_text(
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\nSelasa, 21 Okt 2025 20:43 WIB\n\n"
        f"{BODY_ID}\n\nTeks Podcast · Dengarkan berita ini\n\n"
        "Dapatkan rangkuman berita pasar setiap pagi langsung di kotak masuk Anda.\n\n"
        "[ Alamat email ]  [ Berlangganan ]\n\nBerita Terkait\nHarga Cabai Turun"
    )
    assert list(article.body) == paragraphs
    # a related story's link in brackets, a weekly's pointer to another story between
    # paragraphs; the paper's colophon, its offer and the comment box's prompt under the story
    weekly = parse_text(
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\nSelasa, 21 Okt 2025 20:43 WIB\n\n"
        f"{paragraphs[0]}\n\n[Related: Harga Cabai Turun di Pasar Kramat Jati]\n\n"
        f"{paragraphs[1]}\n\nAlso in this issue: Sea rescue exercise held off Rupert's Bay\n\n"
        f"{paragraphs[2]}\n\nKabar Pasar Weekly is published every Friday in Jakarta.\n\n"
        "Subscribe to Kabar Pasar Weekly – home delivery and online editions available.\n\n"
        "Filed under: Harga Pangan, Pasar Induk Cipinang, Beras Medium, Operasi Pasar\n\n"
        "Kabar Pasar is 100% reader-supported. Become a member.\n\n"
        "Independent journalism costs. Support Kabar Pasar.\n\nLike Loading...\n\n"
        "Photo gallery (12)\n\n"
        "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *\n\n"
        "Berlangganan kabar pasar Jakarta setiap Jumat.\n\n"
        "Komentar (0)\nTulis komentar Anda..."
    )
    assert list(weekly.body) == paragraphs


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ('<?xml version="1.0"?>\n<catatan><isi>Rapat pengurus Senin pagi.</isi></catatan>', "XML"),
        (
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Berita'
            "</title><item><title>Harga beras naik</title></item></channel></rss>",
            "feed",
        ),
        ('{"title": "Harga beras naik", "body": "Harga beras naik di pasar."}', "JSON"),
        ('[{"title": "Harga beras naik"}, {"title": "Cabai turun"}]', "JSON"),
        ('[1, "harga beras naik lagi di pasar induk cipinang pada pekan ketiga"]', "JSON"),
        ('["harga", "beras", "naik", "lagi", "di", "pasar", "induk", "cipinang"]', "JSON"),
    ],
)
def test_data_file_named_txt_is_not_an_article(raw: str, reason: str) -> None:
    for read in (parse_text, lambda text: parse_article(text.encode(), content_type="text/plain")):
        with pytest.raises(ArticleRejected, match=f"not an article.*{reason}"):
            read(raw)


@pytest.mark.parametrize(
    ("top", "author"),
    [
        (
            "Suara.com\nNews\nHarga Beras Naik Lagi\nRina Sari\nRabu, 18 Juni 2025 | 07:30 WIB",
            "Rina Sari",
        ),
        (
            "CNBC Indonesia\nHarga Beras Naik Lagi\nNews - Rina Sari, CNBC Indonesia\n"
            "18 June 2025 07:30",
            "Rina Sari",
        ),
        (
            "Tempo.co\nHarga Beras Naik Lagi\nReporter\nDewi Lestari\nEditor\nBudi Utomo\n"
            "18 Juni 2025 | 20.04 WIB",
            "Dewi Lestari",
        ),
        ("Tempo.co\nHarga Beras Naik Lagi\nEditor\nBudi Utomo\n18 Juni 2025 | 20.04 WIB", None),
        ("Harga Beras Naik Lagi\nJakarta, CNN Indonesia\nSelasa, 21 Okt 2025 20:43 WIB", None),
    ],
)
def test_unlabelled_and_stacked_bylines(top: str, author: str | None) -> None:
    article = page(top)
    assert article.headline == "Harga Beras Naik Lagi"
    assert article.author == author
    assert article.published is not None
    assert article.body[0].startswith("Harga beras medium")


def test_visible_time_beats_a_date_only_meta_tag() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY_ID.split("\n\n"))
    html = (
        "<html><head><title>Harga Beras Naik Lagi</title>"
        '<meta property="article:published_time" content="2022-07-04"></head><body><article>'
        f"<h1>Harga Beras Naik Lagi</h1><p>Senin, 4 Juli 2022 10:15 WIB</p>{paragraphs}"
        "</article></body></html>"
    )
    assert parse_article(html).published == at(2022, 7, 4, 10, 15)


def test_breadcrumb_and_reading_time_above_the_headline_are_skipped() -> None:
    article = page(
        "Beranda » Ekonomi » Pangan\nWaktu baca 3 menit\nHarga Beras Naik Lagi\n"
        "Rabu, 18 Jun 2025 07:30 WIB\n4 min read",
        lede_prefix="Jakarta, HanTer - ",
    )
    assert article.headline == "Harga Beras Naik Lagi"
    assert (article.dateline, article.source) == ("Jakarta", "HanTer")
    assert article.body[0].startswith("Harga beras medium")


def test_title_with_a_colon_lower_in_the_body_is_not_a_dateline() -> None:
    article = parse_text(
        "Sinopsis Film GOWOK: Kamasutra Jawa\n\n"
        "Film GOWOK: KAMASUTRA JAWA menjadi perbincangan hangat sejak diumumkan sebagai karya "
        "terbaru sutradara yang sama.\n\n"
        "Film ini menghadirkan jajaran aktor papan atas yang sudah tak diragukan kemampuannya.\n\n"
        "GOWOK: KAMASUTRA JAWA mengisahkan seorang guru perempuan dan murid-muridnya di Jawa."
    )
    assert article.dateline is None
    assert article.body[0].startswith("Film GOWOK")
    assert len(article.body) == 3


@pytest.mark.parametrize(
    "headline",
    ["Jadwal Imsakiyah Jakarta 18 Juni 2025", "Harga BBM Naik per 1 Juli 2025"],
)
def test_headline_that_names_a_day_is_not_a_date_line(headline: str) -> None:
    article = page(
        f"Suara.com\n{headline}\nRina Sari | Bangun Santoso\nRabu, 18 Jun 2025 07:30 WIB"
    )
    assert article.headline == headline
    assert article.author == "Rina Sari"
    assert article.published == at(2025, 6, 18, 7, 30)


def test_section_word_above_a_paragraph_is_the_headline() -> None:
    # Some archives head an article with its rubric only; it is all the headline there is.
    article = parse_text(
        "Sepak bola\n\nDENPASAR, JUARA.net - Aroma perseteruan Bali United kontra Persib Bandung "
        "sudah terasa sejak akhir pekan ini. Kedua tim sama-sama mengincar kemenangan.\n\n"
        "Pelatih kedua tim menyatakan skuad mereka siap tampil penuh pada laga Rabu malam."
    )
    assert article.headline == "Sepak bola"
    assert (article.dateline, article.source) == ("DENPASAR", "JUARA.net")


@pytest.mark.parametrize(
    ("top", "lede_prefix", "author", "published", "dateline"),
    [
        (
            "World News\nRice prices climb again in Jakarta markets\nBy JANE DOE\n"
            "Updated 2:15 PM EDT, June 18, 2025",
            "JAKARTA, Indonesia (AP) — ",
            "Jane Doe",  # the wire's capitals are not part of the name
            at(2025, 6, 18, 14, 15, zone=timezone(timedelta(hours=-4))),
            "JAKARTA",
        ),
        (
            "Reuters\nWorld\nAsia Pacific\nRice prices climb again in Jakarta markets\n"
            "By Jane Doe and John Roe\nJune 18, 2025 7:30 AM GMT+7 Updated 2 hours ago",
            "JAKARTA, June 18 (Reuters) - ",
            "Jane Doe and John Roe",
            at(2025, 6, 18, 7, 30),
            "JAKARTA",
        ),
        (
            "The Guardian\nIndonesia\nRice prices climb again in Jakarta markets\n"
            "Traders blame late harvest as government plans market operations\n"
            "Jane Doe in Jakarta\nWed 18 Jun 2025 07.30 BST\nShare",
            "",
            "Jane Doe",
            at(2025, 6, 18, 7, 30, zone=timezone(timedelta(hours=1))),
            None,
        ),
        (
            "Al Jazeera\nNews|Economy\nRice prices climb again in Jakarta markets\n"
            "Traders blame late harvest.\nBy Jane Doe\nPublished On 18 Jun 2025 10:05 GMT",
            "",
            "Jane Doe",
            at(2025, 6, 18, 10, 5, zone=UTC),
            None,
        ),
        (
            "The Jakarta Post\nIndonesia\nRice prices climb again in Jakarta markets\n"
            "Jane Doe (The Jakarta Post)\nJakarta ● Wed, June 18, 2025",
            "",
            "Jane Doe",
            at(2025, 6, 18, 0, 0),  # Jakarta's date
            "Jakarta",  # the city the date line names: the paper's dateline
        ),
        (
            # "Jakarta." opens the story (Jakarta Globe), and sets Jakarta's time.
            "Jakarta Globe\nNews\nRice prices climb again in Jakarta markets\n"
            "Jane Doe\nJune 18, 2025 | 8:43 pm",
            "Jakarta. ",
            "Jane Doe",
            at(2025, 6, 18, 20, 43),
            "Jakarta",
        ),
        (
            # An English page datelined in Indonesia prints Jakarta time without a zone.
            "ANTARA News\nRice prices climb again in Jakarta markets\nJune 18, 2025 20:43\n"
            "Reporter: Jane Doe",
            "Jakarta (ANTARA) - ",
            "Jane Doe",
            at(2025, 6, 18, 20, 43),
            "Jakarta",
        ),
    ],
)
def test_english_wire_and_paper_tops(
    top: str, lede_prefix: str, author: str, published: datetime, dateline: str | None
) -> None:
    article = page(top, BODY_EN, lede_prefix=lede_prefix)
    assert article.headline == "Rice prices climb again in Jakarta markets"
    assert (article.author, article.dateline) == (author, dateline)
    assert article.published == published
    assert article.published.utcoffset() == published.utcoffset()
    assert any(p.startswith("Rice prices in traditional markets") for p in article.body[:2])


@pytest.mark.parametrize(
    ("first", "dateline"),
    [
        ("KUALA LUMPUR: Malaysian Prime Minister Anwar Ibrahim said", "KUALA LUMPUR"),
        ("SINGAPORE: The government said", "SINGAPORE"),
        ("Jakarta: Kejaksaan Agung menetapkan", "Jakarta"),
        # the Daily Express (Sabah) prints its towns in ordinary case, "Kota" and all
        ("Kota Kinabalu: The state government said", "Kota Kinabalu"),
        ("Tawau: Traders in the border town said", "Tawau"),
        ("Sandakan: The wildlife department said", "Sandakan"),
        # towns named by a word of Indonesian too, over an English sentence (The Star)
        ("SEREMBAN: The state government said", "SEREMBAN"),
        ("KAJANG: Police were called to the market", "KAJANG"),
        ("TEMA: Warga diminta", None),  # over an Indonesian one, a label
        ("Kota Tua: Warga diminta", None),  # Jakarta's old town names no dateline
        ("PENTING: Warga diminta", None),  # a label, not a city
        ("BREAKING: Two people were killed", None),
        ("GOWOK: KAMASUTRA JAWA tayang", None),  # a title and its subject
    ],
)
def test_a_city_and_a_colon_open_the_story(first: str, dateline: str | None) -> None:
    article = parse_text(f"Rice prices climb again\n\n{first} on Tuesday that prices rose.")
    assert article.dateline == dateline


def test_a_date_under_the_byline_below_a_standfirst_is_the_date_not_the_story() -> None:
    article = parse_text(
        "The New York Times\nRice prices climb again in Jakarta markets\n"
        "Traders blame the late harvest, officials said.\nBy Jane Doe and John Roe\n"
        f"Oct. 21, 2025, 5:00 a.m. ET\n\n{BODY_EN}"
    )
    assert article.published == at(2025, 10, 21, 5, 0, zone=timezone(timedelta(hours=-4)))
    assert article.author == "Jane Doe and John Roe"
    assert not any("a.m." in p for p in article.body)


@pytest.mark.parametrize(
    ("top", "source", "place"),
    [
        # JPNN prints the picture's caption, then "jpnn.com, JAKARTA -" on the next line; the
        # caption ends without a full stop, but it is not the start of a sentence wrapped below
        (
            "JPNN.com\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
            "Selasa, 21 Oktober 2025 – 20:43 WIB\n"
            "Pedagang beras di Pasar Induk Cipinang. Foto: Ricardo/JPNN.com\n"
            "jpnn.com, JAKARTA - ",
            "JPNN.com",
            "JAKARTA",
        ),
        # Tribun Lampung: the regencies' menu first ("Lampung Tengah" is no outlet), the
        # outlet's address under it, the credit over a caption that goes on past its day
        (
            "Lampung Tengah  Lampung Timur  Lampung Utara  Way Kanan  Tulang Bawang  Mesuji\n"
            "Bisnis\nSport\nSeleb\nTribunlampung.co.id\nHome › Bisnis › Ekonomi\n\n"
            "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nRabu, 26 November 2025 14:33 WIB\n"
            "Penulis: Bintang Arya Mahardika\n\nTribunlampung.co.id/Bintang Arya Mahardika\n"
            "Pedagang menata karung beras di Pasar Induk Cipinang, Jakarta, Selasa (25/11/2025). "
            "Harga beras medium kembali naik pekan ini.\n\nTribunlampung.co.id, Jakarta - ",
            "Tribunlampung.co.id",
            "Jakarta",
        ),
        # AJNN: a caption of twenty words that says when the picture was taken, over its
        # credit on a line of its own
        (
            "AJNN.net\n\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
            "Reporter: Rahmat Syahputra\nSenin, 05 April 2027 | 14:25 WIB\n\n"
            "Pedagang menata karung beras yang baru tiba dari Karawang di los beras Pasar Induk "
            "Cipinang, Jakarta Timur, Senin (5/4/2027).\nFoto: AJNN/Rahmat Syahputra\n\n"
            "JAKARTA - ",
            "AJNN.net",
            "JAKARTA",
        ),
        # a town and the paper's initials (Victory News); the outlet and the town on a line
        # of their own (Enab Baladi)
        (
            "VICTORY NEWS\nHarga Beras Naik Lagi\n21 Okt 2025 20:43\n\nWaibakul, VN – ",
            "VICTORY NEWS",
            "Waibakul",
        ),
        (  # the paper's initials with a stop glued to a long dash (Ambon Ekspres)
            "AMBON EKSPRES\nHarga Beras Naik Lagi\n21 Okt 2025 20:43\n\nLanggur, AE.— ",
            "AMBON EKSPRES",
            "Langgur",
        ),
        (
            "Enab Baladi\nHarga Beras Naik Lagi\n21 Okt 2025 20:43\n\nEnab Baladi – Aleppo\n\n",
            "Enab Baladi",
            "Aleppo",
        ),
        # the outlet's name in capitals opening the story, as its site is named: no place
        (
            "UNAIR NEWS\nHarga Beras Naik Lagi\n21 Okt 2025 20:43\n\nUNAIR NEWS – ",
            "UNAIR NEWS",
            None,
        ),
    ],
)
def test_a_caption_above_the_dateline_stays_out_of_the_story(
    top: str, source: str, place: str | None
) -> None:
    article = parse_text(f"{top}{BODY_ID}")
    assert (article.source, article.dateline) == (source, place)
    assert article.body[0].startswith("Harga beras medium")
    assert (article.lede or "").startswith("Harga beras medium")
    assert not any(p.startswith("Pedagang") for p in article.body)


def test_a_date_inside_the_story_is_not_the_publication_date() -> None:
    article = parse_text(
        "Kronologi Kericuhan di Depan Istana\n\n"
        "Jakarta, CNN Indonesia -- Ribuan demonstran masih bertahan di depan Istana selepas "
        "batas waktu pukul 18.00 WIB.\n\nBerikut kronologi terjadinya kericuhan:\n\n"
        "Sabtu, 5 November 2016\n\nPukul 06.12 WIB, polisi mengamankan 15 orang di Penjaringan."
    )
    assert article.published is None
    assert article.dateline == "Jakarta"


@pytest.mark.parametrize(
    ("top", "source", "author"),
    [
        (
            "merdeka.com\nHarga Beras Naik Lagi\nReporter : Nama Orang | Rabu, 18 Juni 2025 07:30",
            "merdeka.com",
            "Nama Orang",
        ),
        (
            "Bisnis.com\nHarga Beras Naik Lagi\nNama Orang - Bisnis.com\n18 Juni 2025 | 07:30 WIB",
            "Bisnis.com",
            "Nama Orang",
        ),
        (
            "Katadata\nHarga Beras Naik Lagi\nOleh Nama Orang\n18 Juni 2025, 07.30 WIB",
            "Katadata",
            "Nama Orang",
        ),
        (
            "Harga Beras Naik Lagi\nRabu, 18 Juni 2025 07:30 WIB\nPewarta : Nama Orang",
            None,
            "Nama Orang",
        ),
    ],
)
def test_byline_and_date_in_more_outlet_shapes(top: str, source: str | None, author: str) -> None:
    article = page(top)
    assert (article.headline, article.source, article.author) == (
        "Harga Beras Naik Lagi",
        source,
        author,
    )
    assert article.published == at(2025, 6, 18, 7, 30)


@pytest.mark.parametrize(
    "layout",
    [
        # Antara's credit after the caption, Kompas's on a line of its own, the BBC's
        # "Image caption," and the Guardian's "Photograph:"
        "Warga antre membeli beras di Pasar Induk Cipinang, Jakarta, Senin (16/6/2025). "
        "ANTARA FOTO/Aprillio Akbar/nz\n\n{0}\n\nKOMPAS.com/IRFAN KAMIL\n\n{1}\n\n"
        "Image caption, Warga antre membeli beras di pasar induk\n\n"
        "Photograph: Jane Doe/Reuters\n\n{2}",
        # Mistar: a second picture between paragraphs, its caption over "(Foto: Outlet/Name)";
        # a Tribun writer's sign-off under the story is no credit of the paragraph above it
        "{0}\n\n{1}\n\nSeorang pembeli menawar beras di Pasar Sukaramai, Medan. Sejumlah "
        "warga memilih mengurangi jumlah belanja.\n(Foto: Mistar/Theresia Novita Br Ginting)"
        "\n\n{2}\n\n(Tribunjabar.id/Raden Fajar Ramdhani)",
        # KapanLagi's lists: each item's text over "(Image: site)", the next item's picture
        "{0}\n\n(Image: viu.com)\n\n{1}\n\n(Image: viu.com)\n\n{2}",
        # IDN Times: a picture between paragraphs, its caption closed by "Outlet/Name"
        "{0}\n\n{1}\n\nSiswa Sekolah Rakyat Surabaya mengikuti kegiatan belajar di asrama, "
        "Jumat (5/8/2033). IDN Times/Fadilah Nur Aini\n\n{2}",
    ],
)
def test_photo_captions_and_credits_are_not_paragraphs(layout: str) -> None:
    paragraphs = BODY_ID.split("\n\n")
    article = parse_text(
        f"Harga Beras Naik Lagi\nRabu, 18 Jun 2025 07:30 WIB\n\n{layout.format(*paragraphs)}"
    )
    assert list(article.body) == paragraphs


@pytest.mark.parametrize(
    ("between", "under"),
    [
        # a story copied with both its pages: on past the pager, to the second one's end
        (
            "Halaman:\n1\n2\nSelanjutnya",
            "Halaman:\nSebelumnya\n1\n2\n\nBerita Terkait\nHarga Cabai Turun di Pasar Kramat Jati",
        ),
        # an ad's label between paragraphs, a readers' poll and its question under the story
        (
            "Lanjutkan membaca artikel di bawah",
            "Setuju harga beras dipatok pemerintah?\n( ) Setuju\n( ) Tidak setuju\n"
            "( ) Belum tahu\nKirim   Lihat hasil\n\nIkuti berita terkini di Google News",
        ),
        # a poll set between paragraphs, the story going on under it; a video's player as
        # copied before it loads
        (
            "POLLING\nMenurut Anda, siapa yang akan jadi juara umum?\n( ) Palembang\n"
            "( ) Ogan Ilir\n[Kirim Suara]   Lihat Hasil\nVideo Player is loading.",
            "Berita Terkait\nHarga Cabai Turun di Pasar Kramat Jati",
        ),
    ],
)
def test_a_pager_an_ad_label_and_a_readers_poll_are_not_the_story(between: str, under: str) -> None:
    paragraphs = BODY_ID.split("\n\n")
    article = parse_text(
        f"Harga Beras Naik Lagi\nRabu, 18 Jun 2025 07:30 WIB\n\n{paragraphs[0]}\n\n"
        f"{between}\n\n{chr(10).join(paragraphs[1:])}\n\n{under}"
    )
    assert list(article.body) == paragraphs


def test_the_writers_box_under_the_story_is_not_its_last_paragraph() -> None:
    article = parse_text(
        f"Harga Beras Naik Lagi\nOleh: Rina Sari | Rabu, 18 Jun 2025 07:30 WIB\n\n{BODY_ID}\n\n"
        "Rina Sari\nJurnalis Kabar Pasar untuk wilayah Jakarta Timur.\n\nEditor: Budi"
    )
    assert article.author == "Rina Sari"
    assert list(article.body) == BODY_ID.split("\n\n")


def test_a_labelled_caption_credited_to_a_sites_address_under_the_story() -> None:
    # Suara Surabaya: "Teks Foto:", then the caption, credited "Foto: Name site.net"
    article = parse_text(
        f"Harga Beras Naik Lagi\nRabu, 18 Jun 2025 07:30 WIB\n\n{BODY_ID}\n\nTeks Foto:\n"
        "- Warga antre membeli beras di Pasar Induk Cipinang, Jakarta, Senin (16/6/2025). "
        "Foto: Fitria suarasurabaya.net"
    )
    assert list(article.body) == BODY_ID.split("\n\n")


@pytest.mark.parametrize(
    ("caption", "dateline", "place"),
    [
        (  # a credit after a dash, and an outlet kabar does not know in the dateline
            "Suasana SD Inpres di Distrik Oksibil yang sepi karena guru mogok mengajar. – "
            "Jubi/Dok. PGRI Pegunungan Bintang",
            "Jayapura, Jubi – ",
            "Jayapura",
        ),
        (  # a caption with no credit at all, over a dateline of a known place
            "Bupati Sleman didampingi Kepala Dinas Kesehatan saat meninjau kegiatan posyandu "
            "di Kalurahan Sidoarum, Godean.",
            "Sleman – ",
            "Sleman",
        ),
    ],
)
def test_a_caption_over_the_dateline_paragraph_is_no_lede(
    caption: str, dateline: str, place: str
) -> None:
    article = parse_text(
        f"Harga Beras Naik Lagi\nSelasa, 16 September 2025 11:20 WIB\n{caption}\n"
        f"{dateline}{BODY_ID}"
    )
    assert article.dateline == place
    assert article.body[0].startswith("Harga beras medium")


@pytest.mark.parametrize(
    "sign_off",
    [
        "(Komang Suryawan/balipost)",
        "(riz/dwi/k16)",
        "(julian / yp)",
        "(* / win)",
        "(m22/m31)",
        "(Banjarmasinpost.co.id/Nurholis Huda Rahmatullah)",
        "(BBC)",  # the wire a story came from
        # the Philippine News Agency signs twice: the reporter, then the agency
        "(With a report from Rommel Sabanal Quiñones/PNA) (PNA)",
        "(With a report from PNA)/PN",  # Panay News: its desk's initials after the bracket
        "(Rizal Lasaleng/nh)",
        "ma/ful",  # Mata Banua: the initials with no brackets
        "7 dek",  # NusaBali: the desk's number and initials, no brackets, no slash
        "k17",
        "(Fahmi/R6/HR-Online/Editor: Dadang)",  # Harapan Rakyat: the editor after the desk
    ],
)
def test_a_last_paragraph_signed_by_its_writers_is_kept(sign_off: str) -> None:
    last = (
        "Budiarta menambahkan, pihaknya akan meningkatkan patroli pengawasan orang asing "
        "bersama aparat desa adat di kawasan Canggu, Berawa, dan Pererenan yang banyak dihuni WNA."
    )
    article = parse_text(f"Harga Beras Naik Lagi\n\n{BODY_ID}\n\n{last} {sign_off}")
    assert article.body[-1] == last
    # a writer's name and the desk's initials (Palu Ekspres) name the author, a picture's
    # source after the slash does not
    if sign_off in ("(Komang Suryawan/balipost)", "(Rizal Lasaleng/nh)"):
        assert article.author == sign_off[1:].split("/")[0]


@pytest.mark.parametrize(
    ("last", "sign_off"),
    [
        (
            "Jogja Swara Fest 2025 rencananya akan kembali digelar pada Oktober 2026 dengan konsep "
            "tiga hari.",
            "(Tribunjogja.com/Ard)",
        ),
        (
            "Kecamatan Banjarmasin Utara dan Banjarmasin Selatan masih tercatat sebagai wilayah "
            "dengan kasus stunting tertinggi di Kota Seribu Sungai tersebut.",
            "(banjarmasinpost.co.id/Rahmadhani Noor)",
        ),
    ],
)
def test_a_short_last_paragraph_its_writer_signed_is_kept(last: str, sign_off: str) -> None:
    article = parse_text(
        f"Harga Beras Naik Lagi\n\n{BODY_ID}\n\n{last} {sign_off}\n\n"
        "Ikuti berita terbaru Banjarmasin Post di Google News"
    )
    assert article.body[-1] == last
    # a caption says the day its picture was taken, or labels its credit
    for caption in (
        "Warga menonton konser di Lapangan Kenari, Kota Yogyakarta, Sabtu (8/11/2025). "
        "(Tribunjogja.com/Ard)",
        "Youngseo ex-ILLIT bakal segera debut di ALLDAY PROJECT bulan depan. "
        "(credit: instagram.com/youngseo)",
        # "(Ist)": "istimewa", a picture someone gave the desk
        "Petugas menyuntikkan vaksin rabies pada anjing milik warga di Kecamatan Moyo Hilir, "
        "Kabupaten Sumbawa. (Ist)",
    ):
        article = parse_text(f"Harga Beras Naik Lagi\n\n{caption}\n\n{BODY_ID}")
        assert article.body[0].startswith("Harga beras medium"), caption


def test_a_long_caption_credited_to_an_outlets_photographer_stays_a_caption() -> None:
    caption = (
        "Pemain Persib Bandung merayakan gol ke gawang Borneo FC pada laga uji coba di Stadion "
        "Gelora Bandung Lautan Api, Rabu (18/6/2025). (Bola.com/Fauzan Ramdani)"
    )
    article = parse_text(f"Harga Beras Naik Lagi\n\n{caption}\n\n{BODY_ID}")
    assert article.body[0].startswith("Harga beras medium")


@pytest.mark.parametrize(
    ("top", "body", "headline", "source", "author"),
    [
        (
            "Kabar Borneo\nHarga Beras Naik\nRabu, 18 Juni 2025 07:30 WIB",
            BODY_ID,
            "Harga Beras Naik",
            "Kabar Borneo",
            None,
        ),
        (  # the outlet and its tagline on one line
            "VOI - Waktunya Merevolusi Pemberitaan\nEkonomi\nHarga Beras Naik\n"
            "Rabu, 18 Juni 2025 07:30 WIB",
            BODY_ID,
            "Harga Beras Naik",
            "VOI",
            None,
        ),
        (  # the logo's text over the name, the site's languages, its menu
            "InsideLombok\nInside Lombok\nBahasa Indonesia | English\n"
            "Home  Mataram  Lombok Barat  Ekonomi  Hiburan\nHarga Beras Naik\n"
            "Rabu, 18 Juni 2025 07:30 WIB",
            BODY_ID,
            "Harga Beras Naik",
            "Inside Lombok",
            None,
        ),
        (
            "MIA\nMacedonian Information Agency\nМакедонски | Shqip | English\n"
            "Home  Politics  Economy  Society\nRice Prices Climb\nJune 18, 2025",
            BODY_EN,
            "Rice Prices Climb",
            "MIA",
            None,
        ),
        (  # the site's name heads its menu on one line; a search box and its buttons
            "suarasurabaya.net\nRadio Suara Surabaya 100 FM | e100 | Kelana Kota | Nasional | "
            "Olahraga | Featured\nCari... Masuk | Daftar\nHarga Beras Naik\n"
            "Rabu, 18 Juni 2025 07:30 WIB",
            BODY_ID,
            "Harga Beras Naik",
            "suarasurabaya.net",
            None,
        ),
        (  # a logo in lower case over its menu on one line, the writer reported by
            "muvila\nBerita Film  |  Ulasan  |  Box Office  |  Jadwal Bioskop  |  Streaming\n"
            "Berita Film\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
            "Rabu, 18 Juni 2025 07:30 WIB\nDilaporkan oleh: Rina Sari | Editor: Budi",
            BODY_ID,
            "Harga Beras Naik Lagi di Pasar Induk Cipinang",
            "muvila",
            "Rina Sari",
        ),
        (  # a logo in lower case that is a word ("asumsi"), its menu's links a line each
            "asumsi\nPolitik   Ekonomi   Sains   Sosial   Olahraga   Video   Podcast\n\nPOLITIK\n\n"
            "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
            "Ilham Maulana Putra · 23 Mei 2029 · 19:47 WIB\n5 menit membaca",
            BODY_ID,
            "Harga Beras Naik Lagi di Pasar Induk Cipinang",
            "asumsi",
            "Ilham Maulana Putra",
        ),
        (  # a logo in lower case over its tagline, then its menu on one line (benuanta)
            "benuanta\nBerita Kalimantan Utara\nTarakan | Bulungan | Malinau | Nunukan | Nasional\n"
            "Kesehatan\n\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
            "Reporter: Yogi Wibawa  |  Editor: Ramlah\nRabu, 18 Juni 2025 07:30",
            BODY_ID,
            "Harga Beras Naik Lagi di Pasar Induk Cipinang",
            "benuanta",
            "Yogi Wibawa",
        ),
        (  # a masthead over a short tagline that says what it is, then its menu
            "THE LA PAZ HERALD\nBolivia's English-language newspaper\n\n"
            "Home | Bolivia | Economy | Politics | Andes | Culture | Sports\n\nECONOMY\n\n"
            "Rice Prices Climb Again at the Main Market\n\nBy Carla Mamani | Staff reporter\n"
            "Published: Jan 12, 2028 - 06:50 PM",
            BODY_EN,
            "Rice Prices Climb Again at the Main Market",
            "THE LA PAZ HERALD",
            "Carla Mamani",
        ),
        (  # a menu with only spaces between its links (Jambi Ekspres)
            "JAMBI EKSPRES\nHome Jambi Kota Daerah Ekonomi Politik Hukum Olahraga Nasional Indeks\n"
            "Harga Beras Naik Lagi di Pasar Induk Cipinang\nRabu, 18 Juni 2025 07:30 WIB",
            BODY_ID,
            "Harga Beras Naik Lagi di Pasar Induk Cipinang",
            "JAMBI EKSPRES",
            None,
        ),
        (  # the site's languages named in English with no bars (BelTA)
            "BelTA\nBelarusian Telegraph Agency\nMain | President | Politics | Economics | Sport\n"
            "Belarusian Russian English Deutsch Chinese\nRice Prices Climb\nJune 18, 2025",
            BODY_EN,
            "Rice Prices Climb",
            "BelTA",
            None,
        ),
        (  # a tagline, the site's editions, then its menu (Iwacu)
            "IWACU\nThe Voices of Burundi\nEnglish edition | Version française | Kirundi\n"
            "Politics | Economy | Society | Security | Health\nRice Prices Climb\nJune 18, 2025",
            BODY_EN,
            "Rice Prices Climb",
            "IWACU",
            None,
        ),
        (  # a tagline over a menu that holds a button (The Haitian Times)
            "The Haitian Times\nBridging the gap between Haiti and its diaspora\n"
            "News | Haiti | Diaspora | Education | Business | Donate\nRice Prices Climb\n"
            "June 18, 2025",
            BODY_EN,
            "Rice Prices Climb",
            "The Haitian Times",
            None,
        ),
        (  # a paper's English edition
            "SUR in English\nHome   Spain   Lifestyle   Sport   Property\nRice Prices Climb\n"
            "June 18, 2025",
            BODY_EN,
            "Rice Prices Climb",
            "SUR in English",
            None,
        ),
        (  # the languages in their own scripts, under the menu
            "RUDAW\nKurdistan   Iraq   Middle East   World   Sport\n"
            "English | کوردی | عربي | Türkçe\nRice Prices Climb\nJune 18, 2025",
            BODY_EN,
            "Rice Prices Climb",
            "RUDAW",
            None,
        ),
        (  # an outlet kabar does not know, and the tagline that says what it is
            "IPN | Information and News Agency\nHarga Beras Naik\nRabu, 18 Juni 2025 07:30 WIB",
            BODY_ID,
            "Harga Beras Naik",
            "IPN",
            None,
        ),
        (
            "Lensa Sumba | Portal Berita Sumba Barat Daya\nHarga Beras Naik\n"
            "Rabu, 18 Juni 2025 07:30 WIB",
            BODY_ID,
            "Harga Beras Naik",
            "Lensa Sumba",
            None,
        ),
        (
            "Kabar Borneo\nHarga Beras Naik\nRina Sari\nRabu, 18 Juni 2025 07:30 WIB",
            BODY_ID,
            "Harga Beras Naik",
            "Kabar Borneo",
            "Rina Sari",
        ),
        (
            "Liga Inggris\nHarga Beras Naik Lagi\nRabu, 18 Juni 2025 07:30 WIB",
            BODY_ID,
            "Harga Beras Naik Lagi",
            None,
            None,
        ),
        (
            "Rice Prices Climb\nJane Doe & John Roe\nJune 18, 2025",
            BODY_EN,
            "Rice Prices Climb",
            None,
            "Jane Doe & John Roe",
        ),
    ],
)
def test_short_title_case_lines_are_told_apart(
    top: str, body: str, headline: str, source: str | None, author: str | None
) -> None:
    # A headline's words recur in lower case in its story; a writer's name does not.
    article = page(top, body)
    assert (article.headline, article.source, article.author) == (headline, source, author)


def test_republika_writer_before_the_slash_is_the_author() -> None:
    article = page(
        "Republika.co.id\nHarga Beras Naik Lagi\nRabu 18 Jun 2025 07:30 WIB\n"
        "Rep: Febryan A/ Red: Nidia Zuraya",
        lede_prefix="REPUBLIKA.CO.ID, JAKARTA -- ",
    )
    assert (article.author, article.dateline) == ("Febryan A", "JAKARTA")
    assert article.published == at(2025, 6, 18, 7, 30)


def test_kumparan_top_with_dots_and_reading_time() -> None:
    article = page(
        "kumparanNEWS\nHarga Beras Naik Lagi\nkumparanNEWS\n·\nwaktu baca 3 menit\n"
        "18 Juni 2025 7:30 WIB"
    )
    assert (article.headline, article.source) == ("Harga Beras Naik Lagi", "kumparanNEWS")
    assert article.published == at(2025, 6, 18, 7, 30)


def test_byline_and_date_below_a_standfirst() -> None:
    article = page(
        "Goal Indonesia\nLiga Inggris\nHarga Beras Naik Lagi\n"
        "Pemerintah daerah menyiapkan operasi pasar di dua belas titik.\nDimas Prasetyo\n"
        "21 Okt 2025 20:43"
    )
    assert (article.headline, article.source) == ("Harga Beras Naik Lagi", "Goal Indonesia")
    assert (article.author, article.published) == ("Dimas Prasetyo", at(2025, 10, 21, 20, 43))


@pytest.mark.parametrize("section", ["Nasional", "Megapolitan", "Sepak Bola"])
def test_section_line_under_the_headline_is_not_a_writer(section: str) -> None:
    article = page(f"Harga Beras Naik Lagi\n{section}\nRabu, 18 Juni 2025 07:30 WIB")
    assert (article.headline, article.author) == ("Harga Beras Naik Lagi", None)
    assert article.published == at(2025, 6, 18, 7, 30)


@pytest.mark.parametrize(
    "top",
    [
        "Harian Jogja\nJogjapolitan\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
        "Rabu, 18 Juni 2025 07:30 WIB",
        "Warta Kota\nHarga Beras Naik Lagi di Pasar Induk Cipinang",
        "Suara.com\nNews\nHarga Beras Naik Lagi di Pasar Induk Cipinang, Legenda...",
    ],
)
def test_unknown_outlet_and_section_over_a_headline(top: str) -> None:
    article = page(top)
    assert article.headline.startswith("Harga Beras Naik Lagi di Pasar Induk Cipinang")
    assert article.source == top.split("\n")[0]


def test_lower_case_brand_under_a_long_headline_is_not_glued_to_it() -> None:
    headline = "Harga Beras Naik Lagi di Pasar Induk Cipinang Menjelang Musim Paceklik"
    article = page(
        f"kumparanNEWS\n{headline}\nkumparanNEWS\nwaktu baca 3 menit\n18 Juni 2025 7:30 WIB"
    )
    assert (article.headline, article.source) == (headline, "kumparanNEWS")
    assert article.published == at(2025, 6, 18, 7, 30)


def test_outlet_beside_the_writer_is_the_source_but_an_agency_byline_is_not() -> None:
    wire = page("Rice Prices Climb Again in Jakarta Markets\nBy Jane Doe, Reuters", BODY_EN)
    assert (wire.author, wire.source) == ("Jane Doe", "Reuters")
    republished = page(
        "Harga Beras Naik Lagi\nPenulis: Antara\n18 Juni 2025 | 20.04 WIB",
        lede_prefix="TEMPO.CO, Jakarta - ",
    )
    assert (republished.author, republished.source) == (None, "TEMPO.CO")


def test_indonesian_date_line_is_jakarta_time_even_on_a_page_about_english() -> None:
    article = page(
        "Kunci Jawaban Bahasa Inggris Kelas 5\nSelasa, 21 Okt 2025 20:43",
        "Look at the pictures and answer the questions. What is the boy doing? He is reading "
        "a book in the library with his friends, and the teacher is watching them.\n\n"
        "Where are the children? They are in the garden of the school near the big tree.",
    )
    assert article.published == at(2025, 10, 21, 20, 43)


@pytest.mark.parametrize(
    "promo",
    [
        "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran "
        "andalanmu akses berita Kompas.com WhatsApp Channel : https://www.whatsapp.com/channel/"
        "0029VaFPbedBPzjZrk13HO3D. Pastikan kamu sudah install aplikasi WhatsApp ya.",
        "Artikel ini telah tayang di TribunJatim.com dengan judul Harga Cabai Naik Lagi",
        "Dapatkan berita up to date dengan semua berita terkini dari Okezone hanya dengan satu "
        "akun di ORION, daftar sekarang dengan klik disini dan nantikan kejutan menarik lainnya",
        "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI "
        "di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.",
        "Baca berita dengan sedikit iklan, klik di sini",
        "Simak berita lainnya seputar topik artikel ini di sini :",
        "Jangan Lewatkan Video Terbaru:",
        "Mongabay Indonesia adalah media nirlaba. Dukung jurnalisme lingkungan kami dengan "
        "berdonasi.",
        "Dukung jurnalisme independen dengan berlangganan.",
    ],
)
def test_an_outlets_own_promotion_at_the_foot_is_not_story(promo: str) -> None:
    article = page("Harga Beras Naik Lagi di Pasar Induk Cipinang", f"{BODY_ID}\n\n{promo}")
    assert article.body[-1].startswith("Pemerintah daerah")


def test_the_lead_pictures_caption_and_credit_and_a_key_points_box_stay_out() -> None:
    article = parse_text(
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\nOleh Mela Syahrani\n"
        "27 Oktober 2025, 14.30\nPedagang beras menata karung di Pasar Induk Cipinang.\n"
        "Katadata/Fauza Syahputra\nIntinya sih...\nHarga beras naik tiga pekan\n"
        "Operasi pasar mulai pekan depan\n\n" + BODY_ID
    )
    assert article.body[0].startswith("Harga beras medium")
    assert len(article.body) == 3


def test_a_sites_menu_copied_above_the_headline_is_not_the_headline() -> None:
    article = parse_text(
        "GOAL\nBerita\nJadwal\nKlasemen\nTransfer\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
        "Dede Suganda\nDiperbarui 19 Okt 2025 21.55 WIB\n\n" + BODY_ID
    )
    assert article.headline == "Harga Beras Naik Lagi di Pasar Induk Cipinang"
    assert (article.source, article.author) == ("GOAL", "Dede Suganda")
    assert article.published == at(2025, 10, 19, 21, 55)


def test_a_relative_stamp_beside_the_articles_own_time_does_not_move_it() -> None:
    article = parse_text(
        "IDN Times\nHarga Beras Naik Lagi di Pasar Induk Cipinang\nIlyas Mujiburrahman\n"
        "2 jam lalu\n17 Okt 2025, 11:05 WIB\n\n" + BODY_ID
    )
    assert article.published == at(2025, 10, 17, 11, 5)


@pytest.mark.parametrize(
    "caption",
    [
        "PASAR INDUK - Suasana Pasar Induk Cipinang, Jakarta Timur, Selasa (21/10/2025).",
        # a river's name and what it did (a town's head of places, then a verb)
        "SUNGAI MELUAP - Warga melintasi jalan yang tergenang di Jakarta Timur, Selasa "
        "(21/10/2025).",
        # the credit over the caption, and a label that is an English word (Tribun Manado)
        "Tribunnews.com/Christopher Wenas Lumowa\nFOGGING - Petugas melakukan pengasapan di "
        "Desa Maumbi, Kecamatan Kalawat, Minahasa Utara, Kamis (6/11/2025).",
    ],
)
def test_tribuns_caption_label_in_capitals_is_no_dateline(caption: str) -> None:
    article = parse_text(
        "Tribunnews.com\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
        "Selasa, 21 Oktober 2025 20:43 WIB\n\n"
        f"{caption}\n\n"
        f"TRIBUNNEWS.COM, JAKARTA - {BODY_ID}"
    )
    assert article.dateline == "JAKARTA"
    assert article.body[0].startswith("Harga beras medium")
    assert article.lede is None or caption.split(" - ")[1][:20] not in article.lede


def test_a_foreign_city_alone_on_its_line_is_the_dateline() -> None:
    article = page("Harga Beras Naik Lagi di Pasar Induk Cipinang", lede_prefix="Odense -\n")
    assert article.dateline == "Odense"
    assert article.body[0].startswith("Harga beras medium")


@pytest.mark.parametrize(
    ("top", "lede_prefix", "author", "published"),
    [
        (  # a standfirst, then the byline and the date it pushed down
            "The Guardian\nRice prices climb again in Jakarta markets\n"
            "Traders blame the late harvest and a weak rupiah\nJane Doe in Jakarta\n"
            "Tue 21 Oct 2025 08.43 BST\nShare\n"
            "A rice stall in Cipinang market. Photograph: Jane Doe/AFP/Getty Images",
            "",
            "Jane Doe",
            at(2025, 10, 21, 8, 43, zone=timezone(timedelta(hours=1))),
        ),
        (
            "The Jakarta Post\nIndonesia\nRice prices climb again in Jakarta markets\n"
            "Traders blame the late harvest and a weak rupiah.\nJane Doe (The Jakarta Post)\n"
            "Jakarta ● Tue, October 21, 2025\nShare this article",
            "",
            "Jane Doe",
            at(2025, 10, 21, 0, 0),  # Jakarta's date
        ),
        (  # the parts of the date run together, as a Reuters copy gives them
            "Reuters\nRice prices climb again in Jakarta markets\nBy Jane Doe\n"
            "October 21, 20252:15 PM GMT+7Updated 3 hours ago",
            "JAKARTA, Oct 21 (Reuters) - ",
            "Jane Doe",
            at(2025, 10, 21, 14, 15),
        ),
        (  # the BBC: the writer's name over what they do
            "BBC\nRice prices climb again in Jakarta markets\n21 October 2025\n"
            "Jane Doe\nSouth East Asia correspondent",
            "",
            "Jane Doe",
            at(2025, 10, 21, 0, 0, zone=UTC),
        ),
        (  # the BBC again, with the city after the role
            "BBC\nRice prices climb again in Jakarta markets\n21 October 2025\nShare\n"
            "Jane Doe\nSouth East Asia correspondent, Bangkok",
            "",
            "Jane Doe",
            at(2025, 10, 21, 0, 0, zone=UTC),
        ),
        (  # POLITICO: a cookie banner copied in the middle of the site's menu
            "POLITICO\nNewsletters\nPodcasts\nPolicy news\nEvents\nLog in\n"
            "We use cookies and other technologies to personalise content and measure audiences. "
            "You can change your preferences at any time.\nAccept\nReject\nCustomise\nUkraine\n"
            "Trade\nRice prices climb again in Jakarta markets\nFebruary 11, 2026 4:02 pm CET\n"
            "By Jane Doe",
            "",
            "Jane Doe",
            at(2026, 2, 11, 16, 2, zone=timezone(timedelta(hours=1))),
        ),
        (  # CBC: the writer and the outlet, a middle dot between them, over the date
            "CBC News\nRice prices climb again in Jakarta markets\nJane Doe · CBC News\n"
            "Posted: Oct 21, 2025 4:00 AM EDT | Last Updated: October 21, 2025",
            "",
            "Jane Doe",
            at(2025, 10, 21, 4, 0, zone=timezone(timedelta(hours=-4))),
        ),
        (  # Sky News: the role with the writer's handle; RNZ: the role after a comma
            "Sky News\nRice prices climb again in Jakarta markets\n"
            "Jane Doe\nSouth East Asia correspondent @janedoe\nSaturday 22 November 2025 11:37, UK",
            "",
            "Jane Doe",
            at(2025, 11, 22, 11, 37, zone=UTC),
        ),
        (
            "RNZ\nRice prices climb again in Jakarta markets\n6:12 pm on 21 October 2025\n"
            "Share on Twitter\nShare via email\nJane Doe, Reporter",
            "",
            "Jane Doe",
            at(2025, 10, 21, 18, 12, zone=timezone(timedelta(hours=13))),
        ),
        (  # the BBC's language services: the service and the town filed from
            "BBC\nRice prices climb again in Jakarta markets\n21 October 2025\nShare\n"
            "Jane Doe\nBBC Indonesian, Demak",
            "",
            "Jane Doe",
            at(2025, 10, 21, 0, 0, zone=UTC),
        ),
        (  # Singapore's CNA prints its own time, UTC+8, without saying so
            "CNA\nAsia\nRice prices climb again in Jakarta markets\n21 Oct 2025 08:43PM",
            "JAKARTA: ",
            None,
            at(2025, 10, 21, 20, 43, zone=timezone(timedelta(hours=8))),
        ),
        (  # Seoul's outlets print Korean time without saying so
            "The Korea Herald\nBusiness\nRice prices climb again in Jakarta markets\n"
            "Published : Oct. 21, 2025 - 20:43",
            "",
            None,
            at(2025, 10, 21, 20, 43, zone=timezone(timedelta(hours=9))),
        ),
        (  # The West Australian prints Perth's time, UTC+8, not Sydney's
            "The West Australian\nSport\nRice prices climb again in Jakarta markets\n"
            "Sun, 10 April 2033 7:58PM",
            "",
            None,
            at(2033, 4, 10, 19, 58, zone=timezone(timedelta(hours=8))),
        ),
        (  # South Africa's IOL prints Johannesburg's (UTC+2), Nigeria's Punch Lagos's (UTC+1)
            "IOL\nSport\nRice prices climb again in Jakarta markets\n"
            "Published April 23, 2033, 10:18 PM",
            "",
            None,
            at(2033, 4, 23, 22, 18, zone=timezone(timedelta(hours=2))),
        ),
        (
            "Punch\nNews\nRice prices climb again in Jakarta markets\n23rd April 2033, 10:18 PM",
            "",
            None,
            at(2033, 4, 23, 22, 18, zone=timezone(timedelta(hours=1))),
        ),
        (  # UPI prints Washington's time with no zone, wherever its story is from
            "UPI\nWorld News\nRice prices climb again in Jakarta markets\nJune 30, 2033 / 3:12 PM",
            "",
            None,
            at(2033, 6, 30, 15, 12, zone=timezone(timedelta(hours=-4))),
        ),
        (  # Voice of America prints Washington's time, here in summer (UTC-4)
            "Voice of America\nEast Asia\nRice prices climb again in Jakarta markets\n"
            "July 23, 2025 3:14 AM",
            "",
            None,
            at(2025, 7, 23, 3, 14, zone=timezone(timedelta(hours=-4))),
        ),
        (  # France 24 prints Paris time, summer time included (UTC+2 in October 2025's 21st)
            "FRANCE 24\nAsia-Pacific\nRice prices climb again in Jakarta markets\n"
            "Issued on: 21/10/2025 - 20:43",
            "",
            None,
            at(2025, 10, 21, 20, 43, zone=timezone(timedelta(hours=2))),
        ),
        (  # ... and winter time after the clocks go back
            "FRANCE 24\nAsia-Pacific\nRice prices climb again in Jakarta markets\n"
            "Issued on: 04/11/2025 - 20:43",
            "",
            None,
            at(2025, 11, 4, 20, 43, zone=timezone(timedelta(hours=1))),
        ),
        (  # "ABC News" is also American: Australia's is known by its address on the page
            "ABC News\nJust In\nRice prices climb again in Jakarta markets\n"
            "By Indonesia correspondent Jane Doe\nTue 21 Oct 2025 at 8:43pm\n"
            "abc.net.au/news/rice-prices-climb/105372810",
            "",
            "Jane Doe",
            at(2025, 10, 21, 20, 43, zone=timezone(timedelta(hours=11))),
        ),
    ],
)
def test_english_standfirsts_bylines_and_zones(
    top: str, lede_prefix: str, author: str | None, published: datetime
) -> None:
    article = page(top, BODY_EN + "\n\nRelated\nWhy rice costs more", lede_prefix=lede_prefix)
    assert article.headline == "Rice prices climb again in Jakarta markets"
    assert article.author == author
    assert article.published == published
    assert article.published.utcoffset() == published.utcoffset()
    assert article.body[0].startswith("Rice prices in traditional markets")
    assert not any("Photograph" in p or "Why rice" in p for p in article.body)


def test_label_and_name_on_two_lines_below_a_standfirst_and_a_date_with_reading_time() -> None:
    article = parse_text(
        "Kompas.id\nBeranda\nTerbaru\nEpaper\nEkonomi\n"
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\n"
        "Pasokan dari sentra produksi berkurang setelah panen raya berakhir.\n"
        "Oleh\nSATRIO WIBOWO\n4 Juni 2025 19:40 WIB · 4 menit baca\nBagikan\nDengarkan\n\n"
        + BODY_ID
    )
    assert article.author == "Satrio Wibowo"
    assert article.published == at(2025, 6, 4, 19, 40)
    assert article.body[0].startswith("Harga beras medium")


def test_a_menu_running_down_to_the_date_with_the_headline_under_it() -> None:
    article = parse_text(
        "Republika\nHome\nNews\nKhazanah\nInternasional\nEkonomi\nInternasional\nTimur Tengah\n"
        "Rabu 04 Jun 2025 10:15 WIB\nHarga Beras Naik Lagi di Pasar Induk Cipinang Jakarta\n\n"
        + BODY_ID
    )
    assert article.headline == "Harga Beras Naik Lagi di Pasar Induk Cipinang Jakarta"
    assert article.published == at(2025, 6, 4, 10, 15)


def test_writer_dash_date_but_not_place_dash_date() -> None:
    writer = parse_text(
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\n"
        "Fajar Ramdhani - 20 Juni 2025, 07:30 WIB\n\n" + BODY_ID
    )
    assert (writer.author, writer.published) == ("Fajar Ramdhani", at(2025, 6, 20, 7, 30))
    place = parse_text(
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\nJawa Barat - 20 Juni 2025, 07:30 WIB\n\n"
        + BODY_ID
    )
    assert place.author is None


def test_a_dash_glued_to_the_story_still_ends_a_dateline_in_capitals_or_an_outlet() -> None:
    from digest.dateline import split_dateline

    glued = split_dateline("Harianjogja.com, JOGJA—Balai Besar mencatat 43 kali guguran lava.")
    assert glued is not None and (glued.place, glued.outlet) == ("JOGJA", "Harianjogja.com")
    assert glued.rest.startswith("Balai Besar")
    outlet = split_dateline("JawaPos.com–Institut Teknologi Sepuluh Nopember membuka beasiswa.")
    assert outlet is not None and outlet.rest.startswith("Institut Teknologi")
    assert split_dateline("Januari–Maret 2025 penjualan mobil naik tajam.") is None
    # a town kabar knows in ordinary case, glued to the story (Puailiggoubat prints so); a
    # route between two is no dateline
    glued = split_dateline("Jakarta—Pemerintah menyiapkan anggaran besar.")
    assert glued is not None and (glued.place, glued.rest[:10]) == ("Jakarta", "Pemerintah")
    assert split_dateline("Jakarta—Bandung kini ditempuh dalam 40 menit.") is None
    # a route in capitals; a day or a title with a place in brackets is no outlet's dateline
    assert split_dateline("JAKARTA-BANDUNG ditempuh dua jam lewat tol.") is None
    assert split_dateline("Jakarta (Senin) - Pemerintah menyiapkan anggaran.") is None
    assert split_dateline("Presiden (Jakarta) - Pemerintah menyiapkan anggaran.") is None


def test_a_byline_with_its_place_and_day_and_a_summary_box_over_the_story() -> None:
    # Mongabay: "oleh Nama [Kota] di DATE" under the headline, then "Ringkasan" and its points.
    article = page(
        "Mongabay.co.id\nBerita\nFeature\nOpini\n"
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\n"
        "oleh Rendra Adi Saputra [Pontianak] di 24 June 2025\n"
        "Ringkasan\n"
        "Harga beras medium naik Rp 800 per kilogram dalam sepekan.\n"
        "Pedagang menyebut pasokan dari sentra produksi berkurang.\n",
        "Harga beras medium di Pasar Induk Cipinang naik Rp 800 per kilogram dalam sepekan "
        "terakhir, menurut pantauan pedagang. Kenaikan itu terjadi untuk pekan ketiga "
        "berturut-turut karena panen di sentra produksi mundur.\n\n" + BODY_ID,
    )
    assert article.headline == "Harga Beras Naik Lagi di Pasar Induk Cipinang"
    assert article.author == "Rendra Adi Saputra"
    assert article.published == at(2025, 6, 24, 0, 0)
    assert article.body[0].startswith("Harga beras medium di Pasar")


@pytest.mark.parametrize(
    ("stamp", "zone"),
    [("Rabu, 4 Februari 2026 - 16:20", WITA), ("Rabu, 4 Februari 2026 - 16:20 WIB", WIB)],
)
def test_a_papers_name_under_its_menu_sets_its_clock(stamp: str, zone: timezone) -> None:
    # Radar Lombok names itself over the headline, below the site's day and a long menu:
    # its times are Lombok's unless the line says otherwise
    menu = "\n".join(("BERANDA", "MATARAM", "LOMBOK BARAT", "LOMBOK TENGAH", "LOMBOK TIMUR"))
    article = page(
        f"Rabu, 4 Februari 2026\nLogin | Redaksi | Iklan\n{menu}\nSUMBAWA\nBIMA\nOLAHRAGA\n"
        "E-PAPER\n\nBeranda » Lombok Timur\n\nRADAR LOMBOK\nLOMBOK TIMUR\n"
        f"Harga Beras Naik Lagi di Pasar Induk\n{stamp}\nHamdani Wathoni Putra - Radar Lombok"
    )
    assert article.source == "Radar Lombok"  # as the byline writes it
    assert article.published == at(2026, 2, 4, 16, 20, zone=zone)


@pytest.mark.parametrize(
    "top",
    [
        # a tagline that names the paper's province (Upeks: "Harian Ekonomi Sulawesi Selatan")
        "UPEKS.co.id\nHarian Ekonomi Sulawesi Selatan\nHome  Makassar  Ekonomi  Politik\n",
        # a tagline of more words that names the paper's island (Metrosulawesi)
        "METROSULAWESI.ID\nKoran Terbesar di Sulawesi Tengah\nHome · Palu · Hukum · Politik\n",
        # a menu of the regencies the paper serves (Radar Selatan, of Bulukumba and Selayar)
        "RADAR SELATAN\nradarselatan.fajar.co.id\n"
        "Bulukumba  Selayar  Sinjai  Bantaeng  Jeneponto  Pemerintahan  Hukum  Olahraga\n",
        # a daily's tagline with its town (Barito Post); a region's police over its own site
        "BARITOPOST.CO.ID\nHarian Umum Barito Post, Banjarmasin\nHome  Kalsel  Nasional\n",
        "POLDA KALSEL\nKepolisian Daerah Kalimantan Selatan\nBeranda  Profil  Berita\n",
    ],
)
def test_a_regional_papers_tagline_or_menu_of_regencies_sets_its_clock(top: str) -> None:
    article = page(f"{top}Harga Beras Naik Lagi di Pasar Induk\nSenin, 14 Februari 2028 08:45")
    assert article.published == at(2028, 2, 14, 8, 45, zone=WITA)


def test_a_regions_people_paper_prints_its_regions_clock() -> None:
    # Rakyat Maluku (FAJAR's): the paper of Maluku's people, in Eastern Indonesian Time
    article = page(
        "Rakyat Maluku\nHome\nAmbon\nPolitik\nHukum\nHarga Beras Naik Lagi di Pasar Induk\n"
        "Senin, 14 Februari 2028 08:45"
    )
    assert article.published == at(2028, 2, 14, 8, 45, zone=WIT)


def test_a_menu_of_western_towns_keeps_western_time() -> None:
    article = page(
        "RADAR UTARA\nBogor  Depok  Bekasi  Cianjur  Sukabumi  Hukum  Olahraga\n"
        "Harga Beras Naik Lagi di Pasar Induk\nSenin, 14 Februari 2028 08:45"
    )
    assert article.published == at(2028, 2, 14, 8, 45)


def test_papers_of_the_regions_their_zones_captions_and_prompts() -> None:
    # Fajar prints Makassar's time (WITA) without saying so; Media Indonesia is an outlet.
    fajar = page("Fajar.co.id\nHarga Beras Naik Lagi di Pasar Induk\nSelasa, 20 Mei 2025 21:15")
    assert fajar.published == at(2025, 5, 20, 21, 15, zone=WITA)
    # Papers kabar has no list entry for name their region: Kupang's and Ambon's clocks.
    timor = page("Timor Express\nHarga Beras Naik Lagi di Pasar Induk\nSelasa, 20 Mei 2025 21:15")
    assert timor.published == at(2025, 5, 20, 21, 15, zone=WITA)
    ambon = page("Ambon Ekspres\nHarga Beras Naik Lagi di Pasar Induk\nSelasa, 20 Mei 2025 21:15")
    assert ambon.published == at(2025, 5, 20, 21, 15, zone=WIT)
    # Flores's and Lombok's sites whose names say no paper; Kuala Lumpur's theSun, Manila's
    # news agency (the same offset)
    for eastern in ("Floresa", "Inside Lombok", "theSun", "Philippine News Agency"):
        found = page(f"{eastern}\nHarga Beras Naik Lagi di Pasar Induk\nSelasa, 20 Mei 2025 21:15")
        assert found.published == at(2025, 5, 20, 21, 15, zone=WITA), eastern
    jakarta = page(
        "Harian Jakarta\nHarga Beras Naik Lagi di Pasar Induk\nSelasa, 20 Mei 2025 21:15"
    )
    assert jakarta.published == at(2025, 5, 20, 21, 15)
    media = page("Media Indonesia\nBerita\nPolitik\nHarga Beras Naik Lagi di Pasar Induk")
    assert media.source == "Media Indonesia"
    article = parse_text(
        "Harga Beras Naik Lagi di Pasar Induk\n\n"
        "Petugas memeriksa beras di gudang Bulog Kelapa Gading, Jakarta Utara. "
        "AKURAT.CO/Rizky Dewantara\n\n"
        f"{BODY_ID}\n\nBaca berita tanpa iklan. Gabung Kompas.com+"
    )
    assert article.body[0].startswith("Harga beras medium")
    assert not any("iklan" in paragraph for paragraph in article.body)
    # A short last paragraph signed with the desk's codes is the story's
    last = "Pemko Medan menetapkan status tanggap darurat jika banjir belum surut hingga Kamis."
    signed = parse_text(f"Harga Beras Naik Lagi\n\n{BODY_ID}\n\n{last} (m22/m31)")
    assert signed.body[-1] == last


def with_foot(top: str, foot: str) -> ParsedArticle:
    """The test story between a page's top and the lines under it, which stay out of it."""
    article = parse_text(f"{top}\n\n{BODY_ID}\n\n{foot}")
    assert article.body[-1].startswith("Pemerintah daerah berencana")
    return article


@pytest.mark.parametrize(
    ("top", "foot", "published"),
    [
        (  # Suara Surabaya: only "2 jam lalu" on top, the writer, editor and time at the foot
            "Suara Surabaya\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n2 jam lalu",
            "Laporan oleh Fatimah Azzahra Putri\nEditor: Rifky Pratama\n"
            "Selasa, 13 Januari 2026 | 10:20 WIB\nBagikan\nBerita Terkait\n"
            "Genangan di Surabaya Barat Surut Lebih Cepat",
            at(2026, 1, 13, 10, 20),
        ),
        (  # Coconuts: the time under the story, in the island's zone
            "Coconuts Bali\nHarga Beras Naik Lagi di Pasar Induk Cipinang",
            "(ant/rdn)\nPublished on: 14 Mar 2025 | 3:05 PM WITA\nAlso read:",
            at(2025, 3, 14, 15, 5, zone=WITA),
        ),
        (  # a related story's date, under its label or its headline, is not the article's
            "Suara Surabaya\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n2 jam lalu",
            "Berita Terkait\nSelasa, 13 Januari 2026 | 10:20 WIB",
            None,
        ),
        (
            "Suara Surabaya\nHarga Beras Naik Lagi di Pasar Induk Cipinang",
            "Genangan di Surabaya Barat Surut Lebih Cepat\nSelasa, 13 Januari 2026 | 10:20 WIB",
            None,
        ),
    ],
)
def test_a_page_that_dates_its_story_only_at_the_foot(
    top: str, foot: str, published: datetime | None
) -> None:
    assert with_foot(top, foot).published == published


@pytest.mark.parametrize(
    ("top", "foot", "author"),
    [
        (
            "Validnews\nHarga Beras Naik Lagi",
            "(Khairul Anwar Hidayat)\nTag\nKUR",
            "Khairul Anwar Hidayat",
        ),
        # a byline on top is the writer; the name below is then an editor's or a reporter's
        ("Harga Beras Naik Lagi\nPenulis: Siti Aminah", "(Khairul Anwar Hidayat)", "Siti Aminah"),
        # a picture agency, a ministry, a pair of dictionary words: no one's name
        ("Validnews\nHarga Beras Naik Lagi", "(Antara Foto)", None),
        ("Validnews\nHarga Beras Naik Lagi", "(Kementerian Koperasi)", None),
        ("Validnews\nHarga Beras Naik Lagi", "(Dok Humas)", None),
        # Antara's editor codes under a story are no one's name
        ("Validnews\nHarga Beras Naik Lagi", "(Uu. C003)", None),
        # Bali Post signs with the paper after a slash; a picture's "/ist" is a photographer's
        (
            "Bali Post\nHarga Beras Naik Lagi",
            "(Komang Ayu Trisnawati/balipost)\nTags",
            "Komang Ayu Trisnawati",
        ),
        ("Bali Post\nHarga Beras Naik Lagi", "(Komang Ayu Trisnawati/ist)", None),
        # two writers, as Focus Taiwan signs its stories
        (
            "Focus Taiwan\nHarga Beras Naik Lagi",
            "(By Tseng Yu-ting and Joanna Lai-Hsu)\nEnditem/AW",
            "Tseng Yu-ting and Joanna Lai-Hsu",
        ),
        # IPN signs with the writer's name and its own, no brackets; a town and the outlet
        # is no one's name
        (
            "IPN | Information and News Agency\nHarga Beras Naik Lagi",
            "Alexandru Petrescu, IPN\nTags: ANRE",
            "Alexandru Petrescu",
        ),
        ("IPN | Information and News Agency\nHarga Beras Naik Lagi", "Chisinau, IPN", None),
        # JoglosemarNews: "By Joglosemar News" on top, the writer's name alone under the story;
        # a label in capitals there is no one's name
        (
            "JOGLOSEMAR NEWS\nHarga Beras Naik Lagi\nBy Joglosemar News",
            "Wahyu Nugroho\nTags: Karanganyar, trail run",
            "Wahyu Nugroho",
        ),
        ("JOGLOSEMAR NEWS\nHarga Beras Naik Lagi", "BERITA TERKAIT\nTags: Karanganyar", None),
    ],
)
def test_a_writer_named_in_brackets_under_the_story(
    top: str, foot: str, author: str | None
) -> None:
    assert with_foot(top, foot).author == author


@pytest.mark.parametrize(
    ("chat", "published", "author"),
    [
        (  # WhatsApp: the forward's stamp and sender, then the replies under it
            "[14/4/26 08.12] Pak Darto RT 05: *Harga Beras Naik Lagi di Pasar Induk Cipinang*\n\n"
            f"Selasa, 14 April 2026 06:30 WIB\n\n{BODY_ID}\n\n"
            "[14/4/26 08.15] Bu Endah: Ya Allah, semoga harga cepat turun lagi ya semuanya\n"
            "[14/4/26 08.17] Pak Darto RT 05: Operasi pasar ada lagi bulan depan bu",
            at(2026, 4, 14, 6, 30),
            None,
        ),
        (  # a Telegram channel's post under its header, with the channel's foot
            "Kabar Pasar\nKabar Pasar, [20.08.26 10:14]\n"
            "🔴 Harga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
            f"Kamis, 20 Agustus 2026 - 09:40 WIB\n\n{BODY_ID}\n\n"
            "Ikuti kanal Kabar Pasar: t.me/kabarpasar\n\n👁 2.4K  10:14",
            at(2026, 8, 20, 9, 40),
            None,
        ),
        (  # a Telegram group's copy: the group's name, a member passing the link on, the
            # forward under its header, replies; the article is the longest message
            "Warga Perumahan Ciawi Asri 🏡\n"
            "Hendra Gunawan, [26.02.26 08:14]\n[Forwarded from Kabar Pasar]\n"
            "Cek dulu ya bapak ibu 🙏\n\n"
            "Hendra Gunawan, [26.02.26 08:14]\n"
            "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
            f"Kamis, 26 Februari 2026 - 07:30 WIB\nReporter: Dede Supriadi\n\n{BODY_ID}\n"
            "Bu Ratna Blok C, [26.02.26 08:20]\nWah pas banget mau belanja Sabtu 😅\n"
            "Pak RT Ujang, [26.02.26 08:31]\nNuhun infonya Pak Hendra",
            at(2026, 2, 26, 7, 30),
            "Dede Supriadi",
        ),
    ],
)
def test_an_article_forwarded_in_a_chat_is_read_without_the_chat(
    chat: str, published: datetime, author: str | None
) -> None:
    article = parse_text(chat)
    assert article.headline == "Harga Beras Naik Lagi di Pasar Induk Cipinang"
    assert (article.published, article.author) == (published, author)
    assert article.body[-1].startswith("Pemerintah daerah berencana")


@pytest.mark.parametrize(
    "chat",
    [
        # a channel's posts as Telegram copies them, the story's and the next: the channel
        # names the outlet
        "Kabar Pasar Banten, [20.08.26 10:14]\n🔴 Harga Beras Naik Lagi di Pasar Induk Cipinang"
        f"\n\nKamis, 20 Agustus 2026 - 09:40 WIB\n\n{BODY_ID}\n\n👁 2.4K  10:14\n\n"
        "Kabar Pasar Banten, [20.08.26 12:30]\n📰 Jadwal operasi pasar pekan depan",
        # a member's forward of the channel's post: the mark names the channel
        "Hendra Gunawan, [20.08.26 10:20]\n[Forwarded from Kabar Pasar Banten]\n"
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
        f"Kamis, 20 Agustus 2026 - 09:40 WIB\n\n{BODY_ID}",
    ],
    ids=["channel", "forwarded"],
)
def test_a_telegram_channels_name_is_the_outlet_of_its_post(chat: str) -> None:
    article = parse_text(chat)
    assert (article.headline, article.source) == (
        "Harga Beras Naik Lagi di Pasar Induk Cipinang",
        "Kabar Pasar Banten",
    )
    assert article.body[-1].startswith("Pemerintah daerah berencana")


def test_a_forwarded_channel_posts_mark_is_not_its_headline() -> None:
    # a channel's post forwarded alone: its one header and the forward's mark go
    forwarded = parse_text(
        "Kabar Pasar, [20.08.26 10:14]\n[Forwarded from Kabar Pasar]\n"
        f"Harga Beras Naik Lagi di Pasar Induk Cipinang\n\n{BODY_ID}"
    )
    assert forwarded.headline == "Harga Beras Naik Lagi di Pasar Induk Cipinang"


def test_a_print_headers_stamp_without_a_comma_is_not_the_headline() -> None:
    article = parse_text(
        "02/03/26 21.14 Harga Beras Naik Lagi di Pasar Induk... | Harian Jogja\n"
        "Harianjogja.com\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
        f"Penulis: Galuh Ayu Pramesti\nSenin, 23 Februari 2026 15:30 WIB\n\n{BODY_ID}"
    )
    assert article.headline == "Harga Beras Naik Lagi di Pasar Induk Cipinang"
    assert article.published == at(2026, 2, 23, 15, 30)


def test_a_browsers_print_header_and_footer_are_not_the_page() -> None:
    article = parse_text(
        "3/5/26, 11:02 AM\tHarga Beras Naik Lagi di Pasar Induk Cipinang - Kabar Banten\n"
        "https://kabarbanten.pikiran-rakyat.com/ekonomi/pr-59912/harga-beras-naik-lagi\n"
        "Kabar Banten\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
        "Kamis, 5 Maret 2026 | 10:45 WIB\n"
        "Pedagang menata karung beras di Pasar Induk Cipinang, Rabu 4 Maret 2026. Kabar "
        f"Banten/Endang Suparman\n\n{BODY_ID}\n\n"
        "https://kabarbanten.pikiran-rakyat.com/ekonomi/pr-59912/harga-beras-naik-lagi\t1/2"
    )
    assert article.headline == "Harga Beras Naik Lagi di Pasar Induk Cipinang"
    assert article.published == at(2026, 3, 5, 10, 45)
    assert article.body[0].startswith("Harga beras medium")  # no caption over the story
    assert article.body[-1].startswith("Pemerintah daerah berencana")


def _printed_to_pdf(paragraphs: list[str], head: str, foot: str, width: int = 78) -> str:
    """A page printed to PDF and copied: each paragraph wrapped at the page's width with no
    blank line between, the browser's head and foot over and under each of its two pages."""
    lines = [wrapped for text in paragraphs for wrapped in textwrap.wrap(text, width)]
    half = len(lines) // 2
    return "\n".join([head, *lines[:half], foot.format(1), head, *lines[half:], foot.format(2)])


@pytest.mark.parametrize(
    "paper",
    ["Nias Update", "Kalteng Today", "Peterborough Examiner", "Daily Monitor", "Dundalk Democrat"],
)
def test_a_papers_name_beside_the_day_is_the_source_not_the_writer(paper: str) -> None:
    article = page(
        f"Harga Beras Naik Lagi di Pasar Induk Cipinang\n\n{paper} | Senin, 20 Agustus 2029 - "
        "11:30 WIB"
    )
    assert (article.source, article.author) == (paper, None)
    assert article.published == at(2029, 8, 20, 11, 30)


def test_a_dateline_outlet_with_digits_a_pharmacists_title_and_a_box_of_facts() -> None:
    # "TIOM, Papua60detik -": a site's name with digits in it; "oleh apt. …, M.Farm": the
    # writer's title in lower case; a box of a car's specifications under the story
    article = page(
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\noleh apt. Dian Puspitasari, M.Farm\n"
        "Selasa, 24 Juli 2029 | 09:10 WIT",
        BODY_ID + "\n\nSpesifikasi Singkat Lynkar E5 Long Range\nBaterai: LFP 66,5 kWh\n"
        "Tenaga/Torsi: 204 PS/310 Nm\nJarak tempuh (NEDC): 520 km\n"
        "Harga OTR Jakarta: Rp 379 juta\n\nTAGS: Lynkar E5, Mobil Listrik",
        lede_prefix="TIOM, Papua60detik - ",
    )
    assert (article.dateline, article.author) == ("TIOM", "Dian Puspitasari")
    assert article.body == tuple(BODY_ID.split("\n\n"))


@pytest.mark.parametrize(
    "ticker",
    [
        "Pasar | Emiten | Makro | Reksa Dana | Kripto | Data Pasar\n"
        "IHSG 7.412,06 (-1,21%)   USD/IDR 16.284 (+0,38%)   LQ45 912,44 (-1,57%)",
        # the rates with no change beside the indices with one, in the same row
        "Market   Saham   Makro   Emiten   Komoditas   Kripto   Syariah   Data Pasar\n"
        "IHSG 7.412,08 (-0,84%)   LQ45 912,55 (-1,02%)   USD/IDR 16.385   Emas Antam 1.612.000",
        # a breaking news ticker's line under the menu
        "Home  Bogor Raya  Politik  Ekonomi\nBREAKING NEWS: Jalur Puncak ditutup sementara dari "
        "Simpang Gadog, gunakan jalur alternatif",
    ],
)
def test_a_tickers_items_over_the_story_are_no_headline(ticker: str) -> None:
    article = page(
        f"WARTABURSA\n{ticker}\n\nPasar\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
        "Reporter: Anindya Putri Larasati\nKamis, 18 Oktober 2029 16:32 WIB"
    )
    assert (article.headline, article.source, article.author) == (
        "Harga Beras Naik Lagi di Pasar Induk Cipinang",
        "WARTABURSA",
        "Anindya Putri Larasati",
    )


def test_a_dateline_of_the_city_and_the_papers_name_with_a_full_stop() -> None:
    top = "Harian Bhirawa\nHarga Beras Naik Lagi di Pasar Induk Cipinang\nOleh: Hilmi Husain"
    article = page(top, lede_prefix="Kota Pasuruan, Bhirawa. ")
    assert (article.dateline, article.body[0][:18]) == ("Kota Pasuruan", "Harga beras medium")


def test_a_digital_editions_bar_and_its_next_article_link() -> None:
    article = page(
        "DOWN RECORDER  Digital Edition\nWednesday, February 27, 2030\n"
        "‹ Page 13   |   Page 14   |   Page 15 ›\nPage view   Text view   🔊 Listen   A- A+\n\n"
        "NEWS\n\nHarga Beras Naik Lagi di Pasar Induk Cipinang\nOrla Mageean",
        BODY_ID + "\n\n◂ Previous article    Next article: Ballynahinch traders hit out ▸",
    )
    assert (article.headline, article.source) == (
        "Harga Beras Naik Lagi di Pasar Induk Cipinang",
        "DOWN RECORDER",
    )
    assert article.body == tuple(BODY_ID.split("\n\n"))


def test_a_headline_labelled_breaking_news_stays_the_headline() -> None:
    # a headline in title case under the label, not a ticker's sentence
    headline = "BREAKING NEWS: Mantan Bupati Banyumas Alami Stroke di China, Dirawat Intensif"
    article = page(f"{headline}\nSenin, 3 November 2025 10:15 WIB")
    assert article.headline == headline


@pytest.mark.parametrize(
    ("top", "foot", "source"),
    [
        (
            "e-Paper NERACA\nHarian Ekonomi NERACA · Edisi Kamis, 13 Desember 2029\n"
            "Halaman 4 · Makro\n‹ Halaman 3   Halaman 5 ›     Tampilan Halaman | Tampilan "
            "Artikel     Perbesar  Perkecil  Cetak\nArtikel di halaman ini: 1 dari 3",
            "Berlangganan e-Paper NERACA mulai Rp75.000/bulan\n"
            "‹ Artikel sebelumnya   Artikel berikutnya ›",
            "NERACA",
        ),
        (
            "Stratford Herald  e-Edition\nThursday 6 December 2029  ·  Page 14  ·  Arts\n"
            "◀ Page 13    Page 15 ▶     Page view | Article view     A−  A+     Print  Share\n\n"
            "Article 2 of 4 on this page",
            "This article appeared in the Stratford Herald print edition of Thursday 6 December "
            "2029.\n◀ Previous article    Next article ▶\n"
            "Subscribe to the Stratford Herald e-Edition from £1.99 a week",
            "Stratford Herald",
        ),
    ],
    ids=["e-paper", "e-edition"],
)
def test_an_e_editions_view_names_its_paper_and_day(top: str, foot: str, source: str) -> None:
    # the paper's name and its e-edition's bar, the edition's day; its foot under the story
    article = page(
        f"{top}\n\nHarga Beras Naik Lagi di Pasar Induk Cipinang",
        f"{BODY_ID}\n\n{foot}",
    )
    assert (article.headline, article.source) == (
        "Harga Beras Naik Lagi di Pasar Induk Cipinang",
        source,
    )
    assert article.published is not None and article.published.day in (6, 13)
    assert article.body == tuple(BODY_ID.split("\n\n"))


def test_a_live_blogs_entry_copied_alone_is_that_entry_at_its_time() -> None:
    article = page(
        "SPORTFEAT\nSepak Bola   Bulu Tangkis   MotoGP   Live\n"
        "← Kembali ke Live Blog: Harga Pangan Jelang Natal Hari Keempat\n\n"
        "🔴 LIVE · Ekonomi\nLive blog dimulai Sabtu, 15 Desember 2029 · 12.00 WIB\n\n"
        "PEMBARUAN · 16.48 WIB\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
        "Penulis: Hanif Ardiansyah",
        BODY_ID + "\n\nBagikan pembaruan ini: WhatsApp X Facebook Salin tautan\n\n"
        "PEMBARUAN SEBELUMNYA\n15.20 WIB · Harga Cabai Turun di Pasar Kramat Jati\n"
        "13.05 WIB · Jadwal Operasi Pasar Hari Ini\n\nLihat semua pembaruan →",
    )
    assert (article.headline, article.author) == (
        "Harga Beras Naik Lagi di Pasar Induk Cipinang",
        "Hanif Ardiansyah",
    )
    assert article.published == at(2029, 12, 15, 16, 48)
    assert article.body == tuple(BODY_ID.split("\n\n"))


def test_a_page_printed_to_pdf_and_copied_reads_as_its_paragraphs() -> None:
    # Chrome's head (the day, the title) and foot (the address, the page), the headline
    # wrapped over two lines with no capital to tell its second line from a new one
    headline = "AISI: Penjualan Motor Juli 2029 Naik 9 Persen, Motor Listrik Tembus 48 Ribu Unit"
    text = _printed_to_pdf(
        [
            "MOTORPLUS",
            "Berita Motor Tips Modifikasi Komunitas Harga Motor Video",
            "AISI: Penjualan Motor Juli 2029 Naik 9 Persen,",
            "Motor Listrik Tembus 48 Ribu Unit",
            "Penulis: Gilang Satria Wibowo | Editor: Rizky Aditya",
            "Selasa, 28 Agustus 2029 | 09:15 WIB",
            *BODY_ID.split("\n\n"),
        ],
        f"28/08/29, 10.02 {headline} - Motorplus",
        "https://www.motorplus-online.com/read/253948127/aisi-penjualan-motor {}/2",
    )
    article = parse_text(text)
    assert (article.headline, article.author) == (headline, "Gilang Satria Wibowo")
    assert article.published == at(2029, 8, 28, 9, 15)
    assert article.body == tuple(BODY_ID.split("\n\n"))


def test_a_page_printed_by_firefox_keeps_a_paragraph_that_wrapped_before_a_capital() -> None:
    # Firefox's head (the title, the site, the address) and foot ("Page 1 of 2", the day)
    title = "Agartala-Akhaura rail link opens for freight, first rake carries stone chips"
    last = (
        "The rail link is part of a wider plan to connect Tripura with Bangladesh's "
        "Chittagong port, which is about 200 km from Agartala, officials said on Saturday."
    )
    text = _printed_to_pdf(
        [
            "TRIPURA TIMES",
            "Home Tripura North-East National International Business Sports Editorial",
            title,
            "By Pritam Saha",
            "Published on August 18, 2029 7:40 pm",
            *BODY_EN.split("\n\n"),
            last,
        ],
        f"{title} | Tripura Times https://tripuratimes.com/agartala-akhaura-rail-link",
        "Page {} of 2 8/18/29, 9:03 PM",
    )
    assert "Bangladesh's\nChittagong" in text
    article = parse_text(text)
    assert (article.headline, article.source, article.author) == (
        title,
        "TRIPURA TIMES",
        "Pritam Saha",
    )
    assert article.body[-1] == last


@pytest.mark.parametrize(
    ("last", "author"),
    [
        ("di dua belas titik. (Yosefina Kambu Wanimbo)", "Yosefina Kambu Wanimbo"),
        ("di dua belas titik. (By Huang Li-yun)", "Huang Li-yun"),  # Focus Taiwan's, in English
        ("di dua belas titik. (Uu. C003)", None),
        ("di dua belas titik (Kecamatan Koja)", None),
    ],
)
def test_a_writer_named_in_brackets_at_the_end_of_the_last_paragraph(
    last: str, author: str | None
) -> None:
    body = BODY_ID.replace("di dua belas titik.", last)
    article = page("Timika Express\nHarga Beras Naik Lagi di Pasar Induk Cipinang", body)
    assert article.author == author
    assert ("Yosefina" in article.body[-1]) is (author is None and "Yosefina" in last)


def test_the_pages_first_line_over_the_sites_menu_is_the_source() -> None:
    article = page(
        "Tagar\nBerita\nNasional\nInternasional\nEkonomi\nOlahraga\n"
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\nKamis, 11 Juni 2026 10:20 WIB"
    )
    assert article.source == "Tagar"  # not "Tag", the label of a tag list
    assert article.headline == "Harga Beras Naik Lagi di Pasar Induk Cipinang"


def test_a_reader_views_byline_over_its_reading_time() -> None:
    article = page(
        "ayosemarang.com\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
        "Yohanes Bagus Prasetyo\n4–5 minutes\nSelasa, 24 Maret 2026 | 19:30 WIB",
        BODY_ID.replace("naik untuk", "naik bagus untuk"),  # "bagus" also runs in lower case
    )
    assert (article.author, article.published) == (
        "Yohanes Bagus Prasetyo",
        at(2026, 3, 24, 19, 30),
    )


@pytest.mark.parametrize(
    ("host", "dateline", "source", "place"),
    [
        # a regional paper of a network, read in reader view: the address is the network's,
        # the paper names itself in the dateline and spells itself in the credits
        ("belitung.tribunnews.com", "POSBELITUNG.CO, MANGGAR", "Posbelitung.co", "MANGGAR"),
        ("sumsel.tribunnews.com", "TRIBUNSUMSEL.COM, PALEMBANG", "TribunSumsel.com", "PALEMBANG"),
        ("regional.kompas.com", "MANGGAR, KOMPAS.com", "KOMPAS.com", "MANGGAR"),
        # an agency's wire on its network's address: the address stays
        ("bali.antaranews.com", "Denpasar (ANTARA)", "bali.antaranews.com", "Denpasar"),
    ],
)
def test_a_reader_views_address_gives_way_to_the_paper_in_its_dateline(
    host: str, dateline: str, source: str, place: str
) -> None:
    article = page(
        f"{host}\nHarga Beras Naik Lagi di Pasar Induk Cipinang\nYohanes Bagus Prasetyo\n"
        "5–6 minutes\n\nSelasa, 24 Maret 2026 19:30 WIB",
        BODY_ID + f"\n\n(Foto: {source}/Yohanes Bagus Prasetyo)",
        lede_prefix=f"{dateline} - ",
    )
    assert (article.source, article.dateline, article.body[0][:11]) == (
        source,
        place,
        "Harga beras",
    )


def test_an_article_read_on_msn_under_its_menu_and_byline() -> None:
    article = page(
        "Lewati ke konten\nMSN\nCari di web\nBeranda\nBerita\nHiburan\nOlahraga\nUang\nCuaca\n"
        "Permainan\nBelanja\nMasuk\nBerita\nHarian Disway\nIkuti\n"
        "Cerita oleh Moch Syahrul Lazuardi\n • 16/10/25\n • 3 mnt membaca\n"
        "Harga Beras Naik Lagi di Pasar Induk Cipinang"
    )
    assert (article.headline, article.author, article.body[0][:18]) == (
        "Harga Beras Naik Lagi di Pasar Induk Cipinang",
        "Moch Syahrul Lazuardi",
        "Harga beras medium",
    )
    # MSN's menu names no outlet it can be told by; the dateline does
    credited = page(
        "MSN\nBeranda   Berita   Uang   Olahraga\nCerita oleh Moch Syahrul Lazuardi\n"
        " • 25/2/2030\nHarga Beras Naik Lagi di Pasar Induk Cipinang",
        lede_prefix="Jakarta, FinansialKita — ",
    )
    assert (credited.source, credited.dateline) == ("FinansialKita", "Jakarta")


def test_a_date_labelled_published_below_the_tags_and_related_links() -> None:
    article = with_foot(
        "Kendari Pos\nHarga Beras Naik Lagi di Pasar Induk Cipinang",
        "Bagikan\nTag: beras, pasar\nBaca Juga\nPemprov Evaluasi Izin Tambang di Konawe Utara\n"
        "Diterbitkan: Kamis, 12 Maret 2026 | 09:12 WITA\n"
        "Terakhir diperbarui: Kamis, 12 Maret 2026 | 10:40 WITA",
    )
    assert article.published == at(2026, 3, 12, 9, 12, zone=WITA)
    # the navy's site: the day, then the desk and the count in cells beside it
    article = with_foot(
        "TNI Angkatan Laut\nHarga Beras Naik Lagi di Pasar Induk Cipinang",
        "Bagikan\nTag: beras, pasar\nDipublikasikan: Selasa, 21 April 2026   |   Dispenal   |   "
        "Dibaca 1.126 kali",
    )
    assert article.published == at(2026, 4, 21, 0, 0)
    # a campus's news site: "Diposting pada", the desk as the writer, the count
    article = with_foot(
        "Universitas Lambung Mangkurat\nHarga Beras Naik Lagi di Pasar Induk Cipinang",
        "Diposting pada: Jumat, 15 Mei 2026   |   Oleh: Humas ULM   |   Dilihat: 842 kali",
    )
    assert article.published == at(2026, 5, 15, 0, 0)


def test_a_print_views_header_alone_and_the_section_under_the_headline() -> None:
    article = parse_text(
        "04/12/26, 21.02\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
        "https://www.hukumonline.com/berita/a/harga-beras-naik/?print=1\nhukumonline.com\n"
        "Berita\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
        "Pedagang menilai pasokan dari sentra produksi belum pulih.\nFerdinand K Siregar\n"
        f"Rabu, 24 September 2025\n{BODY_ID}\n"
        "https://www.hukumonline.com/berita/a/harga-beras-naik/?print=1\n1/2"
    )
    assert (article.source, article.author) == ("hukumonline.com", "Ferdinand K Siregar")
    assert article.published == at(2025, 9, 24, 0, 0)
    assert article.body[0].startswith("Harga beras medium")


@pytest.mark.parametrize(
    "foot",
    [
        "Jangan lupa ikuti saluran WhatsApp JatimTIMES 👉 https://whatsapp.com/channel/0029Va",
        'Baca artikel detikjabar, "Harga Beras Naik Lagi di Pasar Induk Cipinang, Pedagang '
        'Mengeluh" selengkapnya https://www.detik.com/jabar/berita/d-7785123/harga-beras-naik.',
        "Kamu menerima email ini karena berlangganan Greeners Weekly.",
        "Berhenti berlangganan · Perbarui preferensi",
        # a newsletter's other items under its lead story, and why it was sent
        "Also this week\n\nLetters – Send your letters to the editor by Tuesday noon.",
        "Share your feedback to help improve our site experience!\nFacebook  Twitter  Email",
        # an app's question on its summary; a document's link to the story online
        "Apakah ringkasan ini membantu? 👍 👎\nRingkasan lain untuk Anda",
        "Read this story online: https://wartabinjai.id/ekonomi/2030/04/03/harga-beras-naik",
        "You are receiving this because you subscribed to news alerts from Warta Binjai.",
        "Dukung jurnalisme lingkungan dengan berdonasi ke Greeners.co",
        # a reader app's bar and the reader's highlights; an aggregator's more stories
        "Open original   ·   Archive   ·   Like   ·   Share\n\nHighlights (1)\n"
        "Pasokan dari sentra produksi berkurang karena panen mundur",
        "Lanjutkan membaca\n\nKonten lainnya dari Hipwee\n"
        "7 Tips Menang War Tiket Konser Tanpa Jastip, Siapkan dari H-7!",
        # an opinion page's note on its writer and its disclaimer
        "*Penulis adalah dosen Teknik Geologi Universitas Andalas.\n\n"
        "Tulisan ini merupakan opini pribadi penulis dan tidak mencerminkan pandangan redaksi.",
    ],
)
def test_a_forwards_newsletters_and_amp_pages_foot_is_not_story(foot: str) -> None:
    article = with_foot("Harga Beras Naik Lagi di Pasar Induk Cipinang", foot)
    assert not any(foot[:20] in paragraph for paragraph in article.body)


def test_a_chats_bold_dateline_opens_the_story() -> None:
    article = page("Harga Beras Naik Lagi di Pasar Induk Cipinang", lede_prefix="*BATU* - ")
    assert article.dateline == "BATU"
    assert article.body[0].startswith("Harga beras medium")
    listed = page(
        "Jadwal Liga Italia Pekan Pertama",
        f"{BODY_ID}\n\n* 01:45 WIB Fiorentina vs Napoli* 17:30 WIB Roma vs Torino* 20:00 WIB "
        "Atalanta vs Lecce* 23:00 WIB Sassuolo vs Lazio.",
    )
    assert listed.body[-1].startswith("* 01:45 WIB Fiorentina vs Napoli*")  # a list's stars


@pytest.mark.parametrize(
    "opening",
    [
        "Budi (45) Warga Desa Sukamaju",
        "Ketua Umum (Ketum) Partai Hijau",
        "Januari–Maret",
        # bodies in capitals glued by a hyphen are no town: "TNI-Polri", "GERINDRA-Demokrat"
        "TNI-Polri",
        "GERINDRA-Demokrat",
    ],
)
def test_a_bracket_or_a_range_opening_a_sentence_is_no_dateline(opening: str) -> None:
    article = page("Harga Beras Naik Lagi di Pasar Induk Cipinang", lede_prefix=f"{opening} ")
    assert article.dateline is None
    assert article.body[0].startswith(opening)


def test_a_headline_with_a_rate_and_a_percentage_is_no_ticker() -> None:
    article = page("Rupiah Ditutup 16.250 Melemah 0,3%\nSelasa, 21 Okt 2025 20:43 WIB")
    assert article.headline == "Rupiah Ditutup 16.250 Melemah 0,3%"


@pytest.mark.parametrize("widget", ["", "A+ A-\n"])  # the text size buttons under the writer
def test_a_writer_named_under_the_date_line_over_the_pictures_caption(widget: str) -> None:
    article = page(
        "SINDOnews\nNasional\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
        f"Rabu, 17 April 2024 - 18:30 WIB\nFadhilah Nur Azizah\n{widget}"
        "Pedagang menata karung beras di Pasar Induk Cipinang. Foto/Dok SINDOnews"
    )
    assert (article.author, article.published) == ("Fadhilah Nur Azizah", at(2024, 4, 17, 18, 30))
    assert article.body[0].startswith("Harga beras medium")


@pytest.mark.parametrize(
    ("clock", "stamp"),
    [
        # SINDOnews: the site's clock over its menu, then the story's stamp under the writer
        ("Rabu, 17 April 2024 | 19:03 WIB", "Rabu, 17 April 2024 - 18:30 WIB"),
        # Bloomberg Technoz: the ticker's update time, then the story's day and time
        ("IHSG 8.412,37 (+0,42%)   Update: 17/04/2024 19:03 WIB", "17 April 2024 18:30"),
    ],
)
def test_the_sites_clock_over_the_headline_gives_way_to_the_storys_stamp(
    clock: str, stamp: str
) -> None:
    article = page(
        f"SINDOnews\nNasional\n{clock}\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
        f"Fadhilah Nur Azizah\n{stamp}"
    )
    assert (article.author, article.published) == ("Fadhilah Nur Azizah", at(2024, 4, 17, 18, 30))


@pytest.mark.parametrize(
    "writer",
    [
        "Andika Rahman Putra\n5–6 minutes",
        "Andika Rahman Putra • 5–6 minutes",
        # the Lowy Institute's Interpreter: its name and the date under the reading time
        "Andika Rahman Putra\n6–7 minutes\n\nThe Interpreter\nPublished 21 Nov 2025",
    ],
)
def test_a_reader_views_writer_over_its_reading_time(writer: str) -> None:
    article = page(
        f"tempo.co\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n{writer}",
        lede_prefix="TEMPO.CO, Jakarta - ",
    )
    assert (article.headline, article.author) == (
        "Harga Beras Naik Lagi di Pasar Induk Cipinang",
        "Andika Rahman Putra",
    )
    assert article.body[0].startswith("Harga beras medium")


def test_a_bracket_later_in_the_first_sentence_does_not_hide_its_dateline() -> None:
    article = page(
        "Harga Beras Naik Lagi di Pasar Induk Cipinang",
        lede_prefix="BOGOR-RADAR BOGOR, Pemerintah Kota (Pemkot) Bogor mencatat kenaikan itu. ",
    )
    assert (article.dateline, article.source) == ("BOGOR", "RADAR BOGOR")
    assert article.body[0].startswith("Pemerintah Kota (Pemkot) Bogor")


def test_detiks_tags_in_lower_case_under_the_story_are_not_a_paragraph() -> None:
    article = with_foot(
        "detikHot\nHarga Beras Naik Lagi di Pasar Induk Cipinang",
        "(pus/dar)\ni made arya wiguna\nsegara pulang\nharga beras naik di pasar induk",
    )
    assert len(article.body) == 3


def test_a_forward_pasted_under_chatter_with_the_time_first_is_the_article() -> None:
    article = parse_text(
        "[06.58, 5/10/2023] Bang Roni Kantor: Info buat yg mau belanja 👇👇\n"
        "[06.59, 5/10/2023] Bang Roni Kantor: *Harga Beras Naik Lagi di Pasar Induk Cipinang*\n\n"
        f"{BODY_ID}\n\n[07.02, 5/10/2023] Dedi Ortega: Wah mahal juga ya sekarang harganya"
    )
    assert article.headline == "Harga Beras Naik Lagi di Pasar Induk Cipinang"
    assert article.body[0].startswith("Harga beras medium")
    assert article.body[-1].startswith("Pemerintah daerah berencana")


def test_a_date_bar_less_a_relative_age_gives_way_to_the_stamp_under_the_story() -> None:
    # Harian Jogja: the bar shows the day the page was read, the byline "2 jam lalu"; the
    # article's own minute is only under the story.
    article = parse_text(
        "Harianjogja.com\nSabtu, 08 November 2025\nJogjapolitan\nSleman\nBantul\nNews\n\n"
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
        "Penulis: Galuh Kinanti Rahayu\nEditor: Maya Herawati\n2 jam lalu\n\n"
        f"{BODY_ID}\n\nDipublikasikan: Jumat, 07 November 2025 - 22:28 WIB\n"
        "Sumber : JIBI/Harian Jogja"
    )
    assert article.published == at(2025, 11, 7, 22, 28)
    assert article.author == "Galuh Kinanti Rahayu"


def test_a_sites_address_and_its_city_with_no_dash_are_the_dateline() -> None:
    article = page(
        "Harga Beras Naik Lagi di Pasar Induk Cipinang", lede_prefix="Fimela.com, Jakarta "
    )
    assert (article.dateline, article.source) == ("Jakarta", "Fimela.com")
    assert article.body[0].startswith("Harga beras medium")


_LINE_UPS = (
    "Indonesia U-22: Satria Bima Wibisono; Kadek Surya Antara, Reza Fadhil Akbar, Yonas "
    "Wenda; Toni Firdaus Hakim, Arkan Maulana; Dimas Anggoro Putra, Hokky Caesar Lubis\n"
    "Mali U-22: Diallo; Traore, Keita, Coulibaly, Sissoko; Konate, Camara; Sidibe, Kone\n\n"
    "Subscribe to INQUIRER PLUS to get access to The Philippine Daily Inquirer & other 70+ "
    "titles, share up to 5 gadgets, listen to the news, download as early as 4am & share "
    "articles on social media. Call 896 6000."
)


@pytest.mark.parametrize(
    "tail",
    [
        # JPNN's "did you know" list under its Google News prompt
        "Silakan baca konten menarik lainnya dari JPNN.com di Google News\n\n"
        "Kamu Sudah Tahu Info Ini Belum?\nAda Kabar Terbaru soal Honorer R2 dan R3\n"
        "Harga Emas Perhiasan Hari Ini Turun Lagi",
        # a match's line-ups, with their label or without, and a paper's pitch
        f"Susunan Pemain\n{_LINE_UPS}",
        _LINE_UPS,
        # a basketball report's box score
        "BOX SCORE\nPelita Jaya 78 (17-22, 19-19, 19-22, 23-11)\nSatria Muda 74\n"
        "Kevin Aldrian Tanujaya 21 poin, 6 asis, 4 steal\n"
        "Marcus DeShawn Whitfield 18 poin, 13 rebound",
        "Statistik Pertandingan\nPenguasaan bola: 69% - 31%\nTembakan: 14 - 6",
    ],
)
def test_lists_and_line_ups_under_the_story_are_not_the_story(tail: str) -> None:
    article = parse_text(f"Harga Beras Naik Lagi\n\n{BODY_ID}\n\n{tail}")
    assert article.body[-1] == BODY_ID.split("\n\n")[-1]


def test_an_account_bar_and_the_sites_day_over_the_papers_name() -> None:
    # Tanjungpinang Pos: its login bar with the e-paper's subscription, the day, its name and
    # tagline, the menu
    article = page(
        "Masuk   |   Daftar   |   Langganan E-Paper\nKamis, 2 April 2026\nTANJUNGPINANG POS\n"
        "Dari Kepri, untuk Kepri\nBeranda\nTanjungpinang\nBintan\nBatam\nKarimun\n\n"
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nKamis, 2 April 2026 | 10:15 WIB"
    )
    assert (article.headline, article.source) == (
        "Harga Beras Naik Lagi di Pasar Induk Cipinang",
        "TANJUNGPINANG POS",
    )
    assert article.published == at(2026, 4, 2, 10, 15)


def test_a_lower_case_logo_over_the_menu_and_a_share_bar_of_icons() -> None:
    # Womantalk's mobile page: its logo in lower case between buttons, the menu; a share bar
    # copied as its label, icons and single letters
    article = parse_text(
        "☰   womantalk   👤\n\nLifestyle   Beauty   Fashion   Relationship   Money\n\nMONEY\n\n"
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nby Kirana Larasati Wibisana\n"
        f"12 Mar 2026, 16:00 WIB\n\nBagikan   📋   f   ✆\n\n{BODY_ID}"
    )
    assert (article.source, article.author) == ("womantalk", "Kirana Larasati Wibisana")
    assert list(article.body) == BODY_ID.split("\n\n")


def test_a_live_score_pages_report_under_the_matchs_header() -> None:
    # Goal's match page: the league, the ground, the kick-off, the score and scorers, the
    # tabs, then "LAPORAN PERTANDINGAN" over the report; its commentary under it
    article = parse_text(
        "GOAL\nBerita   Live Skor   Transfer   Super League\n\n"
        "Live Skor > Indonesia > BRI Super League > Pekan 19\n\nBRI Super League · Pekan 19\n"
        "Jakarta International Stadium, Jakarta\nSab, 24 Jan 2026 · Kick-off 19.00 WIB\n\n"
        "Persija Jakarta     2 – 1     Borneo FC Samarinda\nFull Time\n"
        "⚽ Rafael Octaviano Siregar 23'            ⚽ Gilang Prakoso Umar 71'\n\n"
        "Ringkasan    Laporan    Statistik    Susunan Pemain    Klasemen    H2H\n\n"
        "LAPORAN PERTANDINGAN\n\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
        f"Oleh Raditya Pamungkas Halim · 24/01/2026, 21:46 WIB\n\n{BODY_ID}\n\n"
        "KOMENTAR LANGSUNG\n90+4'  Peluit panjang! Persija menang 2-1 atas Borneo FC.\n"
        "86'  GOL! Dimas Kurniawan Lasut! Persija kembali unggul 2-1!"
    )
    assert (article.headline, article.source, article.author) == (
        "Harga Beras Naik Lagi di Pasar Induk Cipinang",
        "GOAL",
        "Raditya Pamungkas Halim",
    )
    assert article.published == at(2026, 1, 24, 21, 46)
    assert list(article.body) == BODY_ID.split("\n\n")


def test_a_menu_the_sites_date_bar_and_its_section_path_over_the_headline() -> None:
    # Republika: the menu, the day's date, the site's name and the section path
    article = parse_text(
        "Republika Online\nMasuk\nLangganan\nHome\nNews\nKhazanah\nEkonomi\nSepak Bola\n"
        "Leisure\nKamis, 6 November 2025\nREPUBLIKA.CO.ID\nNASIONAL\nPolitik\nHukum\n"
        "Harga Beras Naik Lagi di Pasar Induk Cipinang Jakarta\nKamis 06 Nov 2025 14:56 WIB\n"
        "Rep: Fauziah Nur Hidayati/ Red: Muhammad Hafil\n\n" + BODY_ID
    )
    assert article.headline == "Harga Beras Naik Lagi di Pasar Induk Cipinang Jakarta"
    assert article.author == "Fauziah Nur Hidayati"
    assert article.published == at(2025, 11, 6, 14, 56)


def test_the_networks_lifestyle_sites_are_outlets_in_a_byline_and_a_dateline() -> None:
    wolipop = parse_text(
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\nAnnisa Rahmadani Putri - wolipop\n"
        "Kamis, 30 Okt 2025 18:45 WIB\n\n" + BODY_ID
    )
    assert (wolipop.author, wolipop.source) == ("Annisa Rahmadani Putri", "wolipop")
    dream = page("Harga Beras Naik Lagi di Pasar Induk Cipinang", lede_prefix="Dream - ")
    assert (dream.source, dream.dateline) == ("Dream", None)
    assert dream.body[0].startswith("Harga beras medium")


def test_captions_disclosures_series_notes_and_comment_prompts_of_more_outlets() -> None:
    article = parse_text(
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\nSelasa, 4 November 2025 10:15 WIB\n\n"
        "Pernyataan keterbukaan\nLarasati Kusumo menerima dana penelitian dari Kementerian "
        "Pendidikan Tinggi untuk studi yang dibahas dalam artikel ini.\nMitra\n"
        "Universitas Negeri Malang menyediakan pendanaan sebagai anggota The Conversation ID.\n"
        "Lihat semua mitra\n"
        "Liputan ini merupakan bagian dari serial #MerekaYangDikriminalisasi yang didukung para "
        "pembaca melalui program Kawan M.\n"
        "Sumber gambar, Getty Images\nKeterangan gambar, Warga antre membeli beras di pasar "
        "induk, Oktober 2025.\n"
        # Alinea's caption, credited "Foto: Dok. …" with a closing stop
        "Warga antre membeli beras di Pasar Induk Cipinang, Jakarta. Foto: Dok. KBRI Bangkok.\n\n"
        f"{BODY_ID}\n\nBaca artikel selengkapnya ▼\nKirimkan komentar Anda kepada kami\n"
        "Sebelum Anda berkomentar, mohon membaca Pedoman Komunitas kami.\n"
        "Kompasiana adalah platform blog. Konten ini menjadi tanggung jawab bloger dan tidak "
        "mewakili pandangan redaksi Kompas.\n"
        # a live blog's note over its entries
        "Follow all the action and reaction below from our live blog.\n"
        # a related story's link, New Zealand's note on its local democracy reporters, a
        # comment box's note, an investment platform's notes on itself and on past returns
        "READ THIS: New cross-border bus route to link Derry and Letterkenny\n"
        "LDR is local body journalism co-funded by RNZ and NZ On Air.\n"
        "Conversations are opinions of our readers and are subject to the Community "
        "Guidelines.\n"
        "Sebagai informasi, Bareksa adalah platform investasi reksa dana, emas, dan SBN yang "
        "berizin dan diawasi OJK. Konten ini bukan merupakan ajakan membeli atau menjual efek "
        "tertentu.\nSemua data kinerja investasi yang tertera di dalam artikel ini adalah "
        "kinerja masa lalu dan tidak menjamin kinerja di masa mendatang.\n"
        # a user's post's note under it (kumparan's shape)
        "Tulisan dari Maria Goreti Seda tidak mewakili pandangan dari redaksi jejakwarga\n"
        "Project Multatuli adalah organisasi jurnalisme nirlaba. Dukung kerja kami dengan menjadi "
        "Kawan M.\nJadilah Kawan M"
    )
    assert article.body == tuple(BODY_ID.split("\n\n"))


def test_bbcs_recommended_block_and_a_paywall_end_the_story_or_leave_it() -> None:
    paragraphs = BODY_ID.split("\n\n")
    article = parse_text(
        f"Harga Beras Naik Lagi di Pasar Induk Cipinang\n\n{paragraphs[0]}\n\n"
        "Artikel-artikel yang direkomendasikan\nMengapa WNI terus terjebak di industri penipuan?\n"
        "Apa yang terjadi di KK Park?\nAkhir dari Artikel-artikel yang direkomendasikan\n\n"
        f"{paragraphs[1]}\n\nBerlangganan untuk membaca selengkapnya\n"
        "Nikmati akses tanpa batas ke artikel premium Kompas.id\nEditor:\nARIS PRASETYO\n"
        "Dimas Wahyu Pratama\nWartawan desk ekonomi Kompas yang meliput UMKM dan pangan."
    )
    assert article.body == (paragraphs[0], paragraphs[1])


@pytest.mark.parametrize(
    "top",
    [
        "Okezone\nCelebrity\nNews  Music  Film  K-Pop  Gosip  Foto  Video\nCari berita...\n"
        "Login | Daftar\nHome / Celebrity / Music\n\n{h}\n\nNadia Putri Rahmawati, Jurnalis\n"
        "Jum'at, 07 November 2025 - 10:15 WIB\n\nBagikan:  Facebook  Twitter  WhatsApp  Line",
        # a breadcrumb with its marks stays one line
        "ANTARA Jatim\nBerita  »  Surabaya\n\n{h}\nJumat, 7 November 2025 10:15 WIB",
    ],
)
def test_a_menu_copied_as_one_row_of_spaced_items_is_no_headline(top: str) -> None:
    headline = "Harga Beras Naik Lagi di Pasar Induk Cipinang"
    article = parse_text(top.format(h=headline) + "\n\n" + BODY_ID)
    assert (article.headline, article.published) == (headline, at(2025, 11, 7, 10, 15))
    assert article.body[0].startswith("Harga beras medium")


@pytest.mark.parametrize(
    "menu",
    [
        "☰   Home   Indonesia   Inggris   Italia   Spanyol   Dunia   Ragam   Video",
        # the button glued to its word, or an arrow after it (Kareba Toraja)
        "≡ Menu   Home   Indonesia   Inggris   Italia   Spanyol",
        "Menu  ▾   Tana Toraja   Toraja Utara   Sulsel   Kesehatan   Budaya   Wisata",
    ],
)
def test_a_mobile_menu_row_opening_on_its_button_is_no_headline(menu: str) -> None:
    article = page(
        f"Bola.com\n{menu}\nLIVE REPORT\n\n"
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nGregorius Aryo Sadewo\n"
        "Diterbitkan 22 November 2025, 18:30 WIB"
    )
    assert (article.headline, article.author) == (
        "Harga Beras Naik Lagi di Pasar Induk Cipinang",
        "Gregorius Aryo Sadewo",
    )


@pytest.mark.parametrize(
    ("top", "author", "published"),
    [
        # the writer, the day and the reading time on one line, under the partner's name
        (
            "msn\nCari di web\nBeranda   Berita   Hiburan   Gaya Hidup   Olahraga   Uang\n\n"
            "Hipwee\nIkuti\n\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
            "Cerita oleh Kirana Anindita Pramesti • 19/11/2025, 14.05 • 4 menit baca\n\n"
            "© Disediakan oleh Hipwee",
            "Kirana Anindita Pramesti",
            at(2025, 11, 19, 14, 5),
        ),
        # the partner named only by its credit under the story's top
        (
            "msn\nSearch the web\n\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
            "© Provided by Hipwee",
            None,
            None,
        ),
    ],
)
def test_an_msn_copy_is_sourced_to_the_outlet_that_wrote_it(
    top: str, author: str | None, published: datetime | None
) -> None:
    article = page(top)
    assert (article.source, article.author, article.published) == ("Hipwee", author, published)
    assert article.headline == "Harga Beras Naik Lagi di Pasar Induk Cipinang"


def test_an_aggregators_copy_is_the_outlets_and_ends_at_its_pointer_to_it() -> None:
    paragraphs = BODY_ID.split("\n\n")
    article = page(
        "Kurio\nUntuk Kamu   Terbaru   Ekonomi   Teknologi\n\nSWA\nSWA • 21 Nov 2025, 10:15\n\n"
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
        "Penulis Nabila Rahmah Putri   21 November 2025",
        BODY_ID + "\n\nBaca artikel asli di SWA\n\nArtikel serupa\nStarbucks Luncurkan Kopi Toraja"
        "\n\nKamu sudah membaca semua berita terkini. Tarik untuk memuat ulang.\n\n"
        "Kurio – Baca berita terbaru dari 1.000+ sumber terpercaya",
    )
    assert (article.source, article.author) == ("SWA", "Nabila Rahmah Putri")
    assert list(article.body) == paragraphs


def test_calls_to_sign_up_are_not_the_story() -> None:
    from digest.furniture import is_furniture

    assert is_furniture(
        "Devex Pro members: Join our Dec. 4 briefing on global health financing. Register →"
    )
    assert is_furniture("Newsletter: Get the latest travel news delivered to your inbox. Sign up")
    assert is_furniture("Follow Zagreb Herald on Facebook and Instagram for daily news.")
    assert is_furniture("Topik terkait: #agritech #pendanaan #seri A #Surabaya")
    assert not is_furniture("Ia membaca berita terbaru dari media asing.")


@pytest.mark.parametrize(
    ("closing", "kept"),
    [
        (
            "Itulah potret keduanya yang mencuri perhatian. Ikuti kabar terbaru selebriti hanya "
            "di Kapanlagi.com. Kalau bukan sekarang, KapanLagi?",
            "Itulah potret keduanya yang mencuri perhatian.",
        ),
        (
            "Pemerintah kini bersiap menggugat keputusan itu. Simak update terbaru hanya di "
            "KapanLagi, karena kalau bukan sekarang, kapan lagi?",
            "Pemerintah kini bersiap menggugat keputusan itu.",
        ),
        ("Ingin baca update terbaru drama Korea lainnya? Yuk baca di KapanLagi.com.", None),
        # a note that the story changed since it ran, and its topics in a row of spaces
        ("Artikel ini telah diperbarui dengan tambahan keterangan dari Kepala SD Negeri 4.", None),
        (
            "Topik Terkait:  korupsi dana desa   Blora   Pengadilan Tipikor Semarang   judi online",
            None,
        ),
        ("TAGS  #begal  #way kanan  #jalinsum  #polres way kanan", None),
        # a paywall's offer, and a company's note on itself under its release
        ("Bisnis Indonesia Premium\nDapatkan akses berita eksklusif. Berlangganan sekarang", None),
        ("***\n\nTentang PLN\nPT PLN (Persero) merupakan Badan Usaha Milik Negara.", None),
        # a story's own sentence about a web address stays
        (
            "Warga bisa mengecek status bantuan di cekbansos.kemensos.go.id.",
            "Warga bisa mengecek status bantuan di cekbansos.kemensos.go.id.",
        ),
    ],
)
def test_the_outlets_invitation_closing_the_story_is_not_the_story(
    closing: str, kept: str | None
) -> None:
    article = page("Harga Beras Naik Lagi di Pasar Induk Cipinang", BODY_ID + "\n\n" + closing)
    last = BODY_ID.split("\n\n")[-1]
    assert article.body[-1] == (kept or last)


@pytest.mark.parametrize(
    ("masthead", "path"),
    [
        ("ProteksiNews\nPortal Berita Asuransi & Keuangan", "Beranda › Asuransi Jiwa › Berita"),
        # the path with ">" (Mekong Herald), or alone under a menu row (Press and Journal)
        ("ProteksiNews\nVietnam's English-language business daily", "Home > Business > Technology"),
        ("ProteksiNews\nNews  Sport  Business  Politics  Past Times  Farming", "Politik > Daerah"),
        # the site's languages under its menu (IPN)
        ("ProteksiNews\nPolitics  Economy  Social  Culture  Sport", "RO | RU | EN\n\nEconomy"),
        # a menu of links parted by dots, under the site's address and region (Bolmong Pos)
        (
            "ProteksiNews\nbolmongpos.com — Bolaang Mongondow Raya",
            "Home • Bolmong • Kotamobagu • Boltim • Bolsel • Bolmut • Politik • Hukrim\nPolitik",
        ),
    ],
)
def test_a_tagline_over_the_sites_path_is_not_the_headline(masthead: str, path: str) -> None:
    article = page(
        f"{masthead}\n{path}\n\n"
        "Premi Asuransi Jiwa 2026 Tumbuh 6,2 Persen\n\n18/01/2027 | 13:05 WIB\n"
        "Oleh: Rahmat Hidayat — Editor: Rivo Paputungan"
    )
    assert article.headline == "Premi Asuransi Jiwa 2026 Tumbuh 6,2 Persen"
    assert (article.source, article.author) == ("ProteksiNews", "Rahmat Hidayat")


def test_a_lede_under_its_outlets_dateline_that_names_a_day_is_the_story() -> None:
    article = parse_article(
        "Ramalan Zodiak Karier Selasa 10 Juni 2025: Aries Alami Tekanan\n"
        "Tayang: Selasa, 10 Juni 2025 06:40 WIB\n\n"
        "TRIBUNJABAR.ID - Berikut ini adalah ramalan zodiak karier pada Selasa 10 Juni 2025.\n\n"
        "Beberapa zodiak diprediksi akan menghadapi hari yang baik dalam urusan kariernya.\n\n"
        "Namun ada juga sebagian zodiak yang menghadapi hari kurang beruntung.\n"
    )
    assert article.body[0] == "Berikut ini adalah ramalan zodiak karier pada Selasa 10 Juni 2025."
    assert article.source == "TRIBUNJABAR.ID"
    assert article.published == datetime(2025, 6, 10, 6, 40, tzinfo=timezone(timedelta(hours=7)))


def test_a_channel_prompt_in_brackets_and_a_run_of_related_headlines_are_not_the_story() -> None:
    from digest.furniture import is_furniture

    assert is_furniture(
        "(Ayo ikuti saluran WhatsApp KapanLagi.com biar enggak ketinggalan update dan berita "
        "terbaru seputar dunia hiburan tanah air dan juga luar negeri. Klik di sini ya, "
        "KLovers!)"
    )
    related = (
        "Baca Ini Juga Deh:Temukan Kejanggalan, Pengacara Pertanyakan Penjemputan Paksa"
        "Bukan Sakit Serius, Artis Dipindahkan Ke Tahanan Kejati DKIBerkas Sudah Lengkap, "
        "Artis Bakal Segera Disidangkan?3 Bulan Ditahan, Penyanyi Galau Belum Dapatkan Status "
        "HukumPerpanjangan Masa Tahanan Habis, Artis Bebas?"
    )
    assert len(related) > 160 and is_furniture(related)
    # a label alone on its line, its headlines under it
    assert is_furniture("Yuk baca artikel lainnya")
    assert is_furniture("Cek Yang Lain Juga, Yuk!")
    # the other labels of its family of sites, over a run longer than any promotion
    for label in ("Cek Yang Lain Juga, Yuk!", "Yuk baca artikel lainnya", "Berita Lainnya"):
        run = label + related.split(":", 1)[1] * 2
        assert len(run) > 420 and is_furniture(run)
    # a related headline glued to a paragraph of the story: the story's text is kept
    assert not is_furniture(
        "Baca juga: 5 Teknologi Canggih di Masjidilharam, dari Sistem Pendingin hingga "
        "Keamanan Tim kami mencoba langsung beberapa layar sentuh interaktif di sana yang "
        "menyajikan informasi dan data sejarah Kakbah hingga alat pemeliharaan kiswa."
    )


def test_a_video_pages_player_and_its_scripts_cues_are_not_the_story() -> None:
    paragraphs = BODY_ID.split("\n\n")
    article = page(
        "TVRINews\nLive TV   Nasional   Daerah   Kesehatan\nBeranda / Video / Kesehatan\n\n"
        "▶ 00:00 / 02:48\n"
        "Putar   🔊   ⚙ 720p   ⛶ Layar penuh\n"
        "Berikutnya: Warga Serbu Layanan Cek Kesehatan Gratis (01:57)\n\n"
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nPenulis: Larasati Widya Ningrum\n"
        "Senin, 17 November 2025 12:40 WIB",
        "\n\n".join(
            f"[{cue}] {p}"
            for cue, p in zip(("NARASI", "WAWANCARA", "NARASI"), paragraphs, strict=True)
        ),
    )
    assert article.headline == "Harga Beras Naik Lagi di Pasar Induk Cipinang"
    assert article.published == at(2025, 11, 17, 12, 40)
    assert list(article.body) == paragraphs


def test_a_muslim_outlets_hijri_date_bar_and_a_kiai_called_by_his_name() -> None:
    article = page(
        "NU Online\nHome   Warta   Nasional   Daerah\nJakarta, 29 Jumadil Awal 1447 H\n\n"
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nRabu, 19 November 2025 | 20:15 WIB"
    )
    quote = make_card(
        "Forum Ulama di Surabaya\n\nKetua Panitia, KH Abdul Mujib Nawawi Hasan, mengatakan "
        "forum itu penting.\n\n“Pesantren sudah ratusan tahun mengajarkan tawasuth. Dunia "
        "membutuhkan pengalaman itu,” ujar Kiai Mujib di sela-sela acara."
    ).key_quote
    assert (article.headline, quote and quote.speaker) == (
        "Harga Beras Naik Lagi di Pasar Induk Cipinang",
        "Abdul Mujib Nawawi Hasan",
    )


def test_a_match_reports_line_ups_inside_it_and_its_figures_under_it_are_not_the_story() -> None:
    paragraphs = [
        *BODY_ID.split("\n\n")[:2],
        "Pelatih Persebaya mengaku timnya bermain di bawah tekanan setelah kebobolan, namun "
        "memuji mental pemain yang tidak menyerah hingga menit akhir.",
    ]
    article = page(
        "Persebaya Menang Derbi",
        "\n\n".join(paragraphs[:2]) + "\n\nSusunan Pemain\n"
        "Persebaya Surabaya (4-3-3): Satrio Bimo Anggoro; Wahyu Syaputra Nugroho, Rizky "
        "Oktavian Mahendra, Leonardo Dantas Ferreira, Rendra Eko Kurniawan; Yoga Pratama.\n"
        "Pelatih: Rui Menezes Cardoso\n\n"
        "Arema FC (4-2-3-1): Renan Costa Medeiros; Yusuf Kurniawan Hadi, Vinicius Araujo "
        "Lemos, Galih Prakoso Wibowo, Anggi Saputra Wirawan; Fadil Ramadhan Siddiq.\n"
        "Pelatih: Marcos Paulo Ferraz\n\nWasit: Yudi Nurcahya Permana\n\n"
        + paragraphs[2]
        + "\n\nStatistik Pertandingan\nPenguasaan bola: 46% - 54%\nSepak pojok: 4 - 6",
    )
    assert list(article.body) == paragraphs


@pytest.mark.parametrize(
    "under",
    [
        "",
        # a copycat blog's own post line (a day later, no time) and its share bar, then the
        # story's stamp as its outlet printed it
        "Posted by admin  |  Kamis, 4 Desember 2025  |  0 Komentar\n\n"
        "Bagikan ke: Facebook | Twitter | WhatsApp | Pinterest\n\n",
    ],
)
def test_a_sites_name_over_its_tagline_and_menu_is_the_source(under: str) -> None:
    article = page(
        "INFO SOLO RAYA TERKINI\nBerita Terupdate Seputar Solo, Sukoharjo, Karanganyar, Klaten\n\n"
        "Beranda   Berita Solo   Lalu Lintas   Kuliner   Kontak\n\n"
        f"Harga Beras Naik Lagi di Pasar Induk Cipinang\n\n{under}Rabu, 3 Desember 2025 19:40 WIB"
    )
    assert (article.source, article.headline, article.published) == (
        "INFO SOLO RAYA TERKINI",
        "Harga Beras Naik Lagi di Pasar Induk Cipinang",
        at(2025, 12, 3, 19, 40),
    )


@pytest.mark.parametrize(
    ("top", "prefix", "source"),
    [
        (
            "UNAIR NEWS\nBeranda   Berita   Riset   Kampus\n\n"
            "Harga Beras Naik Lagi di Pasar Induk Cipinang",
            "UNAIR NEWS – ",
            "UNAIR NEWS",
        ),
        # "cermat" over its tagline: a word, not a name, until the story opens "CERMAT –"
        (
            "cermat\nCerdas · Bermartabat\n\nEkonomi\n\n"
            "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
            "Reporter: Rahmawati Sangaji\nSenin, 22 Desember 2025, 10:30 WIT",
            "CERMAT – ",
            "Cermat",
        ),
    ],
)
def test_the_outlets_own_name_before_a_dash_opens_no_paragraph(
    top: str, prefix: str, source: str
) -> None:
    article = page(top, lede_prefix=prefix)
    assert (article.source, article.headline) == (
        source,
        "Harga Beras Naik Lagi di Pasar Induk Cipinang",
    )
    assert article.body[0].startswith("Harga beras medium")


def test_a_radio_sites_tagline_over_its_live_button_and_its_read_aloud_player() -> None:
    article = page(
        "ELSHINTA\nNews and Talk · 90 FM Jakarta\n\n🔴 LIVE  Dengarkan Radio Elshinta\n"
        "Home   News   Ekonomi   Olahraga   Teknologi   Daerah   Podcast\n\nHome / Peristiwa\n\n"
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nSelasa, 23 Desember 2025 - 07:45 WIB\n\n"
        "▶  Dengarkan berita ini   00:00 / 02:36   🔊   1x\nDibacakan oleh: Suara AI Elshinta"
    )
    assert (article.source, article.headline, article.published, article.author) == (
        "Elshinta",  # as "Dengarkan Radio Elshinta" writes it
        "Harga Beras Naik Lagi di Pasar Induk Cipinang",
        at(2025, 12, 23, 7, 45),
        None,
    )
    assert article.body[0].startswith("Harga beras medium")


def test_a_screenshot_read_by_ocr_keeps_no_status_bar_or_scanner_notes() -> None:
    paragraphs = BODY_ID.split("\n\n")
    article = page(
        "14.52 ⏰ 🔇 ⚡ Vo LTE 4G+ .ıll 78%\n\n← Diteruskan berkali-kali\n\n"
        "[Teks hasil pindai dari gambar — Google Lens]\n\nRADAR BEKASI\n\n"
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nPenulis: Ahmad Fauzan Rizaldi\n"
        "Selasa, 9 Desember 2025 | 13:10 WIB",
        BODY_ID + "\n\n[Teks terdeteksi dengan keyakinan rendah di beberapa bagian]",
    )
    assert (article.source, article.headline, article.published) == (
        "RADAR BEKASI",
        "Harga Beras Naik Lagi di Pasar Induk Cipinang",
        at(2025, 12, 9, 13, 10),
    )
    assert list(article.body) == paragraphs


def test_an_outlets_tagline_under_its_name_is_not_the_headline_over_the_byline() -> None:
    article = page(
        "Suara Papua\nMedia Independen dari Tanah Papua\n\n"
        "Harga Beras Naik Lagi di Pasar Induk Cipinang Jayapura\n\n"
        "Oleh: Elias Sobolim Kogoya\nJumat, 16 Januari 2026 | 14:30 WIT"
    )
    assert (article.source, article.headline, article.author) == (
        "Suara Papua",
        "Harga Beras Naik Lagi di Pasar Induk Cipinang Jayapura",
        "Elias Sobolim Kogoya",
    )


@pytest.mark.parametrize(
    ("top", "body", "source", "author", "day"),
    [
        # a writer's name, then the stamp's label, on one line (Dawn)
        (
            "Dawn\n\nRice Prices Climb Again in Jakarta Markets\n\n"
            "Khurram Saeed Qureshi Published January 15, 2026\nUpdated about 6 hours ago",
            BODY_EN,
            "Dawn",
            "Khurram Saeed Qureshi",
            "2026-01-15",
        ),
        # the site's day over its login bar, a menu of regions one a line, the paper's name
        # over the headline, the writer before the paper's name under the date
        (
            "Rabu, 4 Februari 2026\nLogin  |  Redaksi  |  Iklan\nBERANDA\nMATARAM\nLOMBOK BARAT\n"
            "LOMBOK TIMUR\nPOLITIKA\nE-PAPER\n\nBeranda » Lombok Timur\n\nRADAR LOMBOK\n"
            "LOMBOK TIMUR\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
            "Rabu, 4 Februari 2026 - 16:20\nHamdani Wathoni Putra - Radar Lombok\n0 Komentar",
            BODY_ID,
            "Radar Lombok",
            "Hamdani Wathoni Putra",
            "2026-02-04",
        ),
        # a writer known by one name before a long dash and the date (Radar Selatan)
        (
            "RADAR SELATAN\nLingkungan\n\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
            "Nurfadillah — Selasa, 15 Februari 2028 17:20",
            BODY_ID,
            "RADAR SELATAN",
            "Nurfadillah",
            "2028-02-15",
        ),
        # "Laporan" and the writer beside the date (Jubi)
        (
            "Jubi\nPolitik\n\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
            "Laporan Paskalis Keagop — 14 Agustus 2028 21:52 WIT",
            BODY_ID,
            "Jubi",
            "Paskalis Keagop",
            "2028-08-14",
        ),
        # the writer, a long dash and the day in digits (HR Online)
        (
            "HR Online\nBerita\n\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
            "Oleh Dedi Sukmana — 10/06/2028, 07:30",
            BODY_ID,
            "HR Online",
            "Dedi Sukmana",
            "2028-06-10",
        ),
        # the writer "For" the paper, under the headline (The Kerryman)
        (
            "The Kerryman\nEntertainment\n\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
            "Niamh Brosnan For The Kerryman\nJune 16 2028 06:00 AM",
            BODY_ID,
            "The Kerryman",
            "Niamh Brosnan",
            "2028-06-16",
        ),
        # the writer beside the age of the story (Sumedang Ekspres)
        (
            "Senin, 13 Maret 2028\nSUMEDANG EKSPRES\nKesehatan\n\n"
            "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nRina Marlina - 2 jam lalu",
            BODY_ID,
            "SUMEDANG EKSPRES",
            "Rina Marlina",
            "2028-03-13",
        ),
        # the outlet's own name beside the date, the reporter under it
        (
            "Bengkulu Ekspress\n\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
            "Bengkulu Ekspress | 08 Jan 2026 14:20\n\nReporter: Ferdi Ardiansyah Putra\n"
            "Editor: Rusmanto Jaelani",
            BODY_ID,
            "Bengkulu Ekspress",
            "Ferdi Ardiansyah Putra",
            "2026-01-08",
        ),
    ],
)
def test_the_writer_beside_or_under_the_date(
    top: str, body: str, source: str, author: str, day: str
) -> None:
    article = page(top, body)
    assert (article.source, article.author) == (source, author)
    assert article.published is not None and article.published.date().isoformat() == day


def test_a_public_bodys_site_is_sourced_to_the_body() -> None:
    article = page(
        "Kementerian Kelautan dan Perikanan Republik Indonesia\n"
        "Beranda   Profil   Informasi Publik   Layanan   Siaran Pers   Berita\n\n"
        "Beranda > Publikasi > Siaran Pers\n\nSIARAN PERS\nNomor: SP.647/SJ.5/XI/2025\n\n"
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
        "Diterbitkan: Sabtu, 22 November 2025 | 11:00 WIB"
    )
    assert (article.source, article.headline) == (
        "Kementerian Kelautan dan Perikanan",
        "Harga Beras Naik Lagi di Pasar Induk Cipinang",
    )
    # in capitals, over its tagline and then its menu
    regency = page(
        "PEMERINTAH KABUPATEN KULON PROGO\nPortal Resmi Pemerintah Kabupaten Kulon Progo\n\n"
        "Beranda   Profil Daerah   Pemerintahan   Berita   Kontak\n\nBerita Daerah\n\n"
        "Harga Beras Naik Lagi di Pasar Induk Cipinang"
    )
    assert regency.headline == "Harga Beras Naik Lagi di Pasar Induk Cipinang"


def test_a_story_in_a_news_app_is_sourced_to_the_channel_not_the_app_tab() -> None:
    # Apple News's tabs head the copy; the channel's name stands over its "Follow" button.
    article = page(
        "Today   News+   Audio   Sports   Following\n\nNPR\nFollow\n\n"
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nBy Joanna Whitlock-Reyes\n"
        "November 12, 2025 · 5:00 AM ET"
    )
    assert article.source == "NPR" != article.headline
    # A site whose own name heads its menu keeps it, "Follow" buttons or not.
    own = page(
        "Timika Express\nBeranda   Berita   Olahraga   Ekonomi\n\n"
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nAdi Saputra\nFollow"
    )
    assert own.source == "Timika Express"


def test_a_logo_in_lower_case_that_heads_the_site_path_is_the_source() -> None:
    top = (
        "nature\nExplore content   About the journal   Publish with us   Subscribe\n\n"
        "nature  >  news  >  article\n\nNEWS\n20 November 2025\n\n"
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nBy Rachel Fenwick-Osei"
    )
    article = page(top)
    assert (article.source, article.author) == ("nature", "Rachel Fenwick-Osei")
    # without the path, the page's first line over the menu is still its logo
    assert page(top.replace("nature  >  news  >  article", "")).source == "nature"


def test_a_page_saved_in_a_reader_app_is_sourced_to_its_address() -> None:
    article = page(
        "Instapaper\nHome    Liked    Archive    Folders    Search\n\n"
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nwaspada.id\n"
        "Rizky Hamdani Lubis · 5 min read\nSaved Nov 8, 2025\n\n"
        "Kamis, 6 November 2025 21:14 WIB"
    )
    assert (article.source, article.author, article.published) == (
        "waspada.id",
        "Rizky Hamdani Lubis",
        at(2025, 11, 6, 21, 14),  # when it was published, not when it was saved
    )


def test_a_press_release_printed_whole_opens_on_its_own_first_paragraph() -> None:
    article = page(
        "RIAUONLINE.CO.ID\nHarga Beras Naik Lagi di Pasar Induk Cipinang\nRILIS\n"
        "Rabu, 19 November 2025 16:40 WIB",
        "Nomor: SP/214/XI/HUM.6.1.1./2025/Bidhumas\n\n"
        + BODY_ID.replace("Harga beras", "Pekanbaru – Harga beras", 1)
        + "\n\nNarahubung: Subbid Penmas Bidhumas Polda Riau\n"
        "Telp. (0761) 000-000 | humas.poldariau@contoh.polri.go.id",
        lede_prefix="RIAUONLINE.CO.ID, PEKANBARU - Redaksi RiauOnline menerima siaran pers dari "
        "Bidang Humas Polda Riau, Rabu (19/11/2025). Berikut isi siaran pers tersebut.\n\n",
    )
    assert article.dateline == "PEKANBARU"
    assert article.body[0].startswith("Harga beras medium")
    assert article.body[-1].startswith("Pemerintah daerah berencana")


@pytest.mark.parametrize(
    ("top", "published"),
    [
        # Infobank: the byline, the day and the time in three cells
        (
            "INFOBANKNEWS\nHome » Banking\n\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
            "Oleh Dwi Ardianto Kusumo   |   Jumat, 21 November 2025 | 15:20 WIB",
            at(2025, 11, 21, 15, 20),
        ),
        # Female Daily: "Ditulis oleh Name", then the day and the reading time after a dot
        (
            "Female Daily\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
            "Ditulis oleh Dwi Ardianto Kusumo\n16 Feb 2026 · 4 min read",
            at(2026, 2, 16, 0, 0),
        ),
    ],
)
def test_a_labelled_byline_and_the_date_in_cells_beside_it(top: str, published: datetime) -> None:
    article = page(top)
    assert (article.author, article.published) == ("Dwi Ardianto Kusumo", published)


@pytest.mark.parametrize(
    ("masthead", "byline", "published"),
    [
        # the writer, a dash and the outlet's name over the date (a regional portal)
        (
            "LAHAT TERKINI\nPortal Berita Bumi Seganti Setungguan\nHome   Daerah   Kesehatan",
            "Desi Anggraini - Lahat Terkini\nRabu, 16 Desember 2026 - 11:03",
            at(2026, 12, 16, 11, 3),
        ),
        # "Oleh X pada <the day and time>": the writer and the stamp on one line
        (
            "GUNUNGKIDUL UPDATE\nBerita | Wisata | Olahraga | Event",
            "Oleh Desi Anggraini pada Minggu, 20 Desember 2026 21:30 WIB",
            at(2026, 12, 20, 21, 30),
        ),
        # the date, then the writer and the editor after long dashes (Gaung NTB)
        (
            "GAUNG NTB\nMenyuarakan Kebenaran",
            "24 Feb 2027, 10.15 WITA — Penulis: Desi Anggraini — Editor: Marhaban",
            at(2027, 2, 24, 10, 15, zone=WITA),
        ),
        # the writer in capitals and the town they file from, under the date (Riau Pos)
        (
            "RIAUPOS.CO",
            "7 Mei 2027 - 15.45 WIB\nLaporan: DESI ANGGRAINI (Telukkuantan)",
            at(2027, 5, 7, 15, 45),
        ),
        # "Laporan" and the writer, then the town they file from (Bengkulu Ekspress)
        (
            "BENGKULU EKSPRESS",
            "05/06/2027 14:00\nLaporan Desi Anggraini, Mukomuko",
            at(2027, 6, 5, 14, 0),
        ),
        # the outlet's address, a slash and the writer under the date (Waspada)
        (
            "Waspada.id\nWASPADA",
            "25 Februari 2027 21:10\nWaspada.id/Desi Anggraini",
            at(2027, 2, 25, 21, 10),
        ),
        # "Ditulis oleh X · 4 menit baca" under the date (a games site)
        (
            "PixelNusa",
            "19 Januari 2027, 20:00 WIB\nDitulis oleh Desi Anggraini · 4 menit baca",
            at(2027, 1, 19, 20, 0),
        ),
    ],
)
def test_a_byline_with_the_outlet_the_day_or_the_reading_time_beside_the_name(
    masthead: str, byline: str, published: datetime
) -> None:
    article = page(
        f"{masthead}\n\nBerita\n\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n\n{byline}"
    )
    assert article.headline == "Harga Beras Naik Lagi di Pasar Induk Cipinang"
    assert (article.author, article.published) == ("Desi Anggraini", published)
    assert article.body[0].startswith("Harga beras medium")  # the byline is not the story


@pytest.mark.parametrize(
    "stamp",
    [
        # the editor, then the writer after a bar (GoRiau)
        "Selasa, 06 Juli 2027 14:12 WIB\nEditor : Rico Mardianto | Penulis : Desi Anggraini",
        # the town the writer files from after a long dash (Padang Ekspres)
        "Selasa, 06/07/2027 14:12 WIB\nLaporan: Desi Anggraini — Batusangkar",
        # a reporter's report (Radar Lampung)
        "Selasa, 6 Juli 2027 - 14:12 WIB\nLaporan Reporter: Desi Anggraini\nEditor: Yuda",
        # the outlet under the headline, a count of readers, the writer beside the outlet
        # (Rudaw)
        "Kabar Gayo\n06-07-2027 02:12 PM\nViews: 2,841\nDesi Anggraini | Kabar Gayo",
    ],
)
def test_the_writer_beside_the_editor_a_reporters_label_a_town_or_the_outlet(stamp: str) -> None:
    article = page(
        f"Kabar Gayo\n\nBerita\n\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n\n{stamp}"
    )
    assert (article.author, article.published) == ("Desi Anggraini", at(2027, 7, 6, 14, 12))
    assert article.body[0].startswith("Harga beras medium")


def test_a_wire_storys_stamp_row_and_its_dateline_on_a_line_of_its_own() -> None:
    article = page(
        "NDTV\nHome   Latest   India   World\n\nHome / World News\n\n"
        "Rice Prices Climb Again in Jakarta Markets\n\n"
        "Traders blame a poor harvest in Central Java for the rise, officials said.\n\n"
        "World News | Agence France-Presse | Published: November 21, 2025 14:10 IST | "
        "Updated: November 21, 2025 15:47 IST\n\n"
        "Traders at Cipinang market wait for buyers. (Representational)\n\nJakarta, Indonesia:",
        BODY_EN,
    )
    assert article.published == at(2025, 11, 21, 14, 10, zone=timezone(timedelta(hours=5.5)))
    assert article.dateline == "Jakarta"
    assert article.body[0].startswith("Rice prices in traditional markets")


def test_a_broadcasts_and_a_magazines_notes_on_their_writers_are_not_the_story() -> None:
    paragraphs = BODY_ID.split("\n\n")
    article = page(
        "Harga Beras Naik Lagi di Pasar Induk Cipinang",
        BODY_ID + "\n\nLarasati Widya Ningrum dan Yanuar Eka Saputro, TVRI, melaporkan dari "
        "Jakarta.\n\nAurelia Kinanti Suryadarma adalah reporter Magdalene yang menulis isu "
        "gender dan ketenagakerjaan.",
    )
    assert list(article.body) == paragraphs


def test_an_epapers_column_cut_into_lines_is_read_in_paragraphs() -> None:
    paragraphs = [
        *BODY_ID.split("\n\n"),
        "Sebagian besar pedagang sebelumnya menjual beras dari Karawang dan Subang, namun "
        "pasokan dari kedua daerah itu berkurang sejak awal bulan karena hujan.",
        "Dinas perdagangan mencatat harga beras premium juga naik tipis di sejumlah pasar, "
        "sementara stok di gudang Bulog disebut masih cukup hingga akhir tahun.",
    ]
    column = "\n".join(textwrap.fill(p, width=58) for p in paragraphs)
    # a word broken over two lines, as a typesetter hyphenates it
    column = column.replace("pedagang dan", "pe-\ndagang dan", 1)
    article = parse_text(
        "KORAN PAGI                                    Senin, 17 November 2025\n\n"
        f"Harga Beras Naik Lagi di Pasar Induk Cipinang\n\n{column}\n"
        "Bersambung ke hal 11"
    )
    assert article.published == at(2025, 11, 17, 0, 0)
    assert [p[:25] for p in article.body] == [p[:25] for p in paragraphs]
    assert "pedagang dan" in article.body[0]


def test_an_epapers_paragraph_that_stops_near_the_columns_edge_still_ends() -> None:
    # Suara NTB's column: a line that closes a quote's attribution, and a sentence that stops
    # ten places short of the edge, end their paragraphs, though neither stops fifteen short
    quote = (
        '"Banyak guru yang bertanya ke kami, apakah status baru\n'
        "ini justru membuat mereka lebih miskin. Kami minta ada\n"
        'kepastian tertulis dari pemerintah daerah," jelasnya.'
    )
    letter = (
        "PGRI, lanjut Sahnan, telah melayangkan surat kepada\n"
        "Gubernur dan berencana membuka posko pengaduan bagi\n"
        "guru paruh waktu di setiap kabupaten dan kota."
    )
    last = "Dinas mencatat kebutuhan guru di sekolah menengah negeri\nmasih kurang."
    column = "\n".join(textwrap.fill(p, width=58) for p in BODY_ID.split("\n\n"))
    article = parse_text(
        "KORAN PAGI                                    Senin, 17 November 2025\n\n"
        f"Harga Beras Naik Lagi di Pasar Induk Cipinang\n\n{column}\n{quote}\n{letter}\n{last}"
    )
    assert [p[:12] for p in article.body[-3:]] == ['"Banyak guru', "PGRI, lanjut", "Dinas mencat"]


def test_an_epapers_masthead_teasers_kicker_and_jump_are_not_the_story() -> None:
    paragraphs = BODY_ID.split("\n\n")
    first = "\n".join(textwrap.fill(p, width=58) for p in paragraphs[:1])
    rest = "\n".join(textwrap.fill(p, width=58) for p in paragraphs[1:])
    article = parse_text(
        "KORAN PAGI                                    Senin, 17 November 2025\n"
        "Harian Pagi Jawa Barat          Halaman 1          Rp 5.000\n"
        "HARI INI: Harga Gabah Turun (hal 4) | Bogor Siaga Banjir (hal 9)\n\n"
        "Stok Bulog Menipis\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
        f"Jakarta (Koran Pagi) – {first}\nBersambung ke hal 11\n\n"
        "koranpagi.id                                                  1\n"
        "Senin, 17 November 2025          KORAN PAGI                   11\n\n"
        f"Harga Beras Naik...\nSambungan dari hal 1\n{rest}\n"
    )
    assert article.headline == "Harga Beras Naik Lagi di Pasar Induk Cipinang"
    assert article.dateline == "Jakarta"
    assert [p[:25] for p in article.body] == [p[:25] for p in paragraphs]


def test_a_photo_story_is_by_its_photographer_and_ends_at_related_photos() -> None:
    article = page(
        "ANTARA Papua\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
        "Kamis, 27 November 2025 10:15 WIT\nPewarta Foto: Elisabeth Kareth Numberi\n"
        "Editor: Yuniar Kusumadewi Pratama",
        BODY_ID.replace("\n\n", " ANTARA FOTO/Elisabeth Kareth Numberi/wpa.\n\n")
        + " ANTARA FOTO/Elisabeth Kareth Numberi/wpa."
        + "\n\nFoto Terkait\nFestival Danau Sentani kembali digelar",
    )
    assert article.author == "Elisabeth Kareth Numberi"
    assert article.body[-1].startswith("Pemerintah daerah berencana")
    # each caption, the story, keeps its words and loses its credit
    assert [p for p in article.body if "ANTARA FOTO" in p] == []
    assert len(article.body) == len(BODY_ID.split("\n\n"))


@pytest.mark.parametrize(
    "kicker", ["EKSPLAINER · EKONOMI", "Eksklusif · Nasional", "Opini • Politik", "Explainer"]
)
def test_a_kicker_of_sections_joined_by_dots_is_not_the_headline(kicker: str) -> None:
    article = page(
        f"Kabar Borneo\n\n{kicker}\n\n"
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\n21/10/2025 20:43"
    )
    assert article.headline == "Harga Beras Naik Lagi di Pasar Induk Cipinang"
    assert article.published == at(2025, 10, 21, 20, 43)


@pytest.mark.parametrize(
    ("top", "source"),
    [
        # a regional site's tagline over the region's label the story is filed under
        ("☰   SEPUTAR PAPUA   🔍\nBerita Timika dan Papua Terkini\n\nMIMIKA", "SEPUTAR PAPUA"),
        # a paper's motto over its menu on one line, the links parted by bars
        (
            "PALANGKA POST\nHarian Pagi Kalimantan Tengah\nBeranda | Palangka Raya | Kalteng | "
            "Barito | Kotim | Gumas | Hukum | Ekonomi | Politik\n\nBeranda > Gunung Mas",
            "PALANGKA POST",
        ),
    ],
)
def test_a_regional_papers_motto_over_its_region_or_its_menu_is_not_the_headline(
    top: str, source: str
) -> None:
    article = page(
        f"{top}\n\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n\nPewarta: Nama "
        "Penulis\nSenin, 18 Mei 2026 | 11:20 WIB"
    )
    assert (article.headline, article.source) == (
        "Harga Beras Naik Lagi di Pasar Induk Cipinang",
        source,
    )


@pytest.mark.parametrize(
    ("headline", "section", "share"),
    [
        (
            "Selundupkan 48 Ribu Benih Lobster, Dua Terdakwa Divonis 3 Tahun Penjara oleh PN Bima",
            "\n\nHUKUM & KRIMINAL",
            "f   t   wa",
        ),
        # as short as a motto, over a share bar of names or of letters where a motto's site
        # has its menu
        (
            "Dua Penyelundup Benih Lobster Divonis 3 Tahun",
            "\n\nHUKUM & KRIMINAL",
            "\n\nFacebook\n\nTwitter\n\nWhatsApp",
        ),
        ("Dua Penyelundup Benih Lobster Divonis 3 Tahun", "", "f   t   wa"),
    ],
)
def test_a_headline_over_its_date_and_share_bar_is_no_tagline(
    headline: str, section: str, share: str
) -> None:
    # Gaung NTB: the headline stands over the date and a share bar of single letters, the
    # shape of a paper's motto over its site's day and menu
    article = page(
        f"≡   GAUNG NTB   🔍{section}\n\n{headline}\n\nSenin, 8 Juni 2026 - 17:20 "
        f"WITA\n\nBagikan   {share}\n\nDua terdakwa mendengarkan pembacaan putusan di ruang "
        "sidang Pengadilan Negeri Bima, Senin (8/6/2026). (Foto: Gaung NTB)",
        lede_prefix="BIMA–",
    )
    assert article.headline == headline
    assert article.body[0].startswith("Harga beras medium")


@pytest.mark.parametrize(
    ("top", "published", "author"),
    [
        # a row parted by two slashes: the day, the time and the writers (RealEstat.id)
        (
            "RealEstat.id\n\nNews\n\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
            "Senin, 14 September 2026 // 11:15 WIB // Ditulis oleh: Rangga Aditama Siswoyo",
            at(2026, 9, 14, 11, 15),
            "Rangga Aditama Siswoyo",
        ),
        # a writer's name over the page's age (Radar Bone)
        (
            "RADAR BONE\nSelasa, 15 September 2026\n\nTEKNOLOGI\n\n"
            "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nNurfadillah Aswar Rahim\n"
            "3 jam lalu",
            at(2026, 9, 15, zone=timezone(timedelta(hours=8))),  # Bone keeps Makassar's clock
            "Nurfadillah Aswar Rahim",
        ),
    ],
)
def test_writers_in_a_row_of_slashes_and_over_the_pages_age(
    top: str, published: datetime, author: str
) -> None:
    article = page(top)
    assert article.headline == "Harga Beras Naik Lagi di Pasar Induk Cipinang"
    assert (article.published, article.author) == (published, author)
    assert article.body[0].startswith("Harga beras medium")


@pytest.mark.parametrize(
    ("top", "source", "author"),
    [
        # 24.kg: "Bishkek - 24.kg news agency, Aigerim Toktosunova" is the byline, not the lede
        (
            "24.kg\n\nSport\n\nRice Prices Climb Again in Jakarta Markets\n\n"
            "16:42, 19 September 2026\nBishkek - 24.kg news agency, Aigerim Toktosunova",
            "24.kg",
            "Aigerim Toktosunova",
        ),
        # a site's address in lower case, of any country, names the outlet: Latvia's public
        # broadcaster's English site, copied from its mobile page
        (
            "eng.lsm.lv\n☰  LSM+  ENG   🔍\n\nSociety › Education\n\n"
            "Rice Prices Climb Again in Jakarta Markets\n\n16.09.2026 13:41",
            "eng.lsm.lv",
            None,
        ),
    ],
)
def test_outlets_named_by_their_address_and_a_filing_line_over_the_story(
    top: str, source: str, author: str | None
) -> None:
    article = page(top, BODY_EN)
    assert article.headline == "Rice Prices Climb Again in Jakarta Markets"
    assert (article.source, article.author) == (source, author)
    assert article.body[0].startswith("Rice prices in traditional markets")


@pytest.mark.parametrize(
    ("dateline", "told", "hours"),
    [
        # a Makassar paper's zone-less stamp: the story is datelined and told in WITA
        ("RADARSELATAN.CO.ID, BULUKUMBA — ", "sekitar pukul 06.30 Wita", 8),
        ("BIAK — ", "sekitar pukul 06.30 WIT", 9),
        # a time in WIB anywhere, or no dateline: Western Indonesian Time, as before
        ("BULUKUMBA — ", "pukul 06.30 Wita atau 05.30 WIB", 7),
        ("", "sekitar pukul 06.30 Wita", 7),
    ],
)
def test_a_zone_less_stamp_is_the_clock_the_datelined_story_tells(
    dateline: str, told: str, hours: int
) -> None:
    article = parse_text(
        "RADAR SELATAN\n\nHukum\n\nTiga Nelayan Ditangkap Saat Bom Ikan di Perairan Liukang Loe"
        "\n\nLaporan: Andi Nurwahida Bakri Syam\nSabtu, 17 Oktober 2026 10:10\n\n"
        f"{dateline}Polisi menangkap tiga nelayan yang diduga memakai bom ikan, {told}.\n\n"
        "Ketiganya kini ditahan di markas polisi air setempat untuk diperiksa."
    )
    assert article.published == at(2026, 10, 17, 10, 10, zone=timezone(timedelta(hours=hours)))


def test_a_short_last_quote_signed_with_capitalised_initials_is_kept() -> None:
    # PeluangNews: "(Ira/Dim)" after a quote of sixteen words is the desk's, no credit
    last = (
        "“Warung tetap hidup, koperasi jadi grosirnya. Model seperti ini yang ingin kami "
        "perbanyak,” imbuhnya."
    )
    article = parse_text(f"Harga Beras Naik Lagi\n\n{BODY_ID}\n\n{last} (Ira/Dim)")
    assert article.body[-1] == last


def test_a_menu_on_one_line_under_the_logo_is_no_headline() -> None:
    # Otodriver: "Mobil | Motor | Review | …" between the logo and the section
    article = page(
        "OTODRIVER\nMobil | Motor | Review | Komersial | Teknologi | Tips | Video\n\n"
        "Berita Motor\n\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
        "Kamis, 5 November 2026 - 16:05 WIB"
    )
    assert article.headline == "Harga Beras Naik Lagi di Pasar Induk Cipinang"


@pytest.mark.parametrize(
    ("logo", "zone"),
    [
        ("RADARBUTON.ID", WITA),
        ("RADAR BONE", WITA),
        # any regency or seat of central and eastern Indonesia, the paper's word glued or not
        ("alorpos.id", WITA),
        ("Ruteng Pos", WITA),
        ("Tobelo News", WIT),
        ("Suara Asmat", WIT),
        # a western regency's paper keeps Jakarta's clock
        ("Blora Pos", WIB),
        # a paper named for its province after a national outlet's name is its own paper
        (
            "SUARA NTB\nHarian Pagi Terbesar di NTB\nMataram | Lombok Barat | Sumbawa | Bima",
            WITA,
        ),
    ],
)
def test_a_paper_named_for_a_region_of_central_or_eastern_indonesia_keeps_its_clock(
    logo: str, zone: timezone
) -> None:
    # Radar Buton (Wakatobi, Southeast Sulawesi) glues the paper's word to the region's
    article = page(
        f"{logo}\n\nOLAHRAGA\n\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
        "18 November 2026, 21:30\nPenulis: Arsal Mahmud Lakudo"
    )
    assert article.published == at(2026, 11, 18, 21, 30, zone=zone)
    assert article.source == logo.split("\n")[0]


def test_a_regions_name_over_the_date_is_its_page_not_the_headline() -> None:
    # Halloriau: the menu of regions, then "Pelalawan" over the date and the headline
    article = page(
        "HALLORIAU.COM\nPekanbaru | Riau | Pelalawan | Siak | Kampar | Dumai | Nasional\n\n"
        "Pelalawan\nJumat, 04 Juni 2027 09:12\n\nHarga Beras Naik Lagi di Pasar Induk Cipinang"
        "\n\nLaporan: Andi Firmansyah"
    )
    assert article.headline == "Harga Beras Naik Lagi di Pasar Induk Cipinang"
    assert article.published == at(2027, 6, 4, 9, 12)


@pytest.mark.parametrize(
    ("top", "lede_prefix", "source", "dateline"),
    [
        # Radar Madiun: "JawaPos.com | RADAR MADIUN" as the logo, "PACITAN, Radar Madiun –"
        (
            "JawaPos.com  |  RADAR MADIUN\nMadiun  Ngawi  Magetan  Ponorogo  Pacitan  Jatim\n\n"
            "Pacitan\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
            "Penulis: Sugeng Dwi Nurcahyo\n15 Juni 2027, 21:05 WIB",
            "PACITAN, Radar Madiun – ",
            "Radar Madiun",
            "PACITAN",
        ),
        # "SUARA KAYONG" is no edition of Suara.com: its dateline names the paper whole
        (
            "SUARA KAYONG\nKabar dari Tanah Kayong\n\nBERANDA    KAYONG UTARA    KETAPANG\n\n"
            "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\n10 Mar 2029, 08.15 WIB\n"
            "Oleh: Hendri Saputra",
            "SUKADANA, Suara Kayong – ",
            "Suara Kayong",
            "SUKADANA",
        ),
    ],
)
def test_a_networks_name_beside_its_papers_name_gives_way_to_the_paper(
    top: str, lede_prefix: str, source: str, dateline: str
) -> None:
    article = page(top, lede_prefix=lede_prefix)
    assert (article.source, article.dateline) == (source, dateline)


@pytest.mark.parametrize(
    ("top", "source", "author", "published"),
    [
        # the writer between the date and the readers' count (Kabar Cilacap)
        (
            "KABAR CILACAP\nEkonomi\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
            "Sabtu, 30 September 2028 - 07:55 WIB • Oleh Rahmat Nugroho • 1.204 kali dibaca",
            "KABAR CILACAP",
            "Rahmat Nugroho",
            at(2028, 9, 30, 7, 55),
        ),
        # a paper's long name beside its address is no writer; the reporter's label is
        (
            "Singgalang\nHarian Umum Singgalang — hariansinggalang.co.id\n\n"
            "Daerah » Sawahlunto\n\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
            "13 September 2028 09:18\nReporter: Afrizal Dt. Rajo Mudo",
            "Singgalang",
            "Afrizal Dt. Rajo Mudo",
            at(2028, 9, 13, 9, 18),
        ),
        # a byline row of dots with the day is no menu of links (Carmudi)
        (
            "carmudi\nMobil Baru   Mobil Bekas   Jual Mobil   Kredit   Berita\n\n"
            "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
            "Rizky Aditya Pratama · Selasa, 12 Desember 2028 · 10:00 WIB · 4 menit baca",
            "carmudi",
            "Rizky Aditya Pratama",
            at(2028, 12, 12, 10, 0),
        ),
        # the paper, a slash, and the reporter's label (Rakyat Bengkulu)
        (
            "RAKYAT BENGKULU\nrakyatbengkulu.com\n\nHarga Beras Naik Lagi di Pasar Induk "
            "Cipinang\n\n06 Sep 2028, 08:15\nRakyat Bengkulu / Reporter: Welly Saputra",
            "Rakyat Bengkulu",
            "Welly Saputra",
            at(2028, 9, 6, 8, 15),
        ),
    ],
)
def test_a_writer_beside_a_read_count_a_papers_long_name_or_its_slash(
    top: str, source: str, author: str, published: datetime
) -> None:
    article = page(top)
    assert (article.headline, article.source, article.author, article.published) == (
        "Harga Beras Naik Lagi di Pasar Induk Cipinang",
        source,
        author,
        published,
    )


def test_a_row_of_tags_of_several_words_is_not_the_last_paragraph() -> None:
    # Palpos: "#kopi pagar alam   #harga kopi   #gunung dempo" under the story
    article = page(
        "PALPOS.ID\nHarga Beras Naik Lagi di Pasar Induk Cipinang\nSelasa, 21 Okt 2025 20:43 WIB",
        f"{BODY_ID}\n\n#harga beras   #pasar induk cipinang   #operasi pasar\n\n"
        "Bagikan: WhatsApp | Facebook",
    )
    assert article.body[-1].startswith("Pemerintah daerah")


@pytest.mark.parametrize(
    ("top", "lede_prefix", "author", "dateline"),
    [
        # the site's name cut from its address, a slash, the writer (Orbit Digital)
        (
            "orbitdigitaldaily.com\nHOME | MEDAN | SUMUT | NASIONAL\nSUMUT\n\n"
            "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nOrbitdigital/Jekson Ginting\n"
            "Senin, 06 November 2028 - 16:22 WIB | 3 jam yang lalu",
            "Kabanjahe, (Orbit) – ",
            "Jekson Ginting",
            "Kabanjahe",
        ),
        # a caption under the date, credited between dashes, is no headline (Bengkulu Ekspress)
        (
            "BE\nBengkulu Ekspress\nHome  Metropolis  Daerah  Politik\n\n"
            "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nOleh: Deni Saputra\n"
            "Rabu 08-11-2028,20:15 WIB\n\nSuasana pasar induk di Gedung Pasar Cipinang, Rabu 8 "
            "November 2028.-Deni/BE-",
            "MANNA, BE - ",
            "Deni Saputra",
            "MANNA",
        ),
        # three hyphens after the site (Suara Papua)
        (
            "SUARA PAPUA\nBerita | Tanah Papua | Pendidikan\n\n"
            "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
            "Penulis Yosepus Uropmabin - 14 November 2028",
            "OKSIBIL, SUARAPAPUA.com --- ",
            "Yosepus Uropmabin",
            "OKSIBIL",
        ),
        # the site's address in capitals, no dash, then the story (Akurat), or a comma
        (
            "AKURAT.CO\nNews  Politik  Ekonomi  Hukum\nPolitik\n\n"
            "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nPenulis: Rizky Dwi Ananda\n"
            "Rabu, 29 November 2028 19:47 WIB",
            "AKURAT.CO ",
            "Rizky Dwi Ananda",
            None,
        ),
        (
            "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nPenulis: Rizky Dwi Ananda\n"
            "Rabu, 29 November 2028 19:47 WIB",
            "AKURAT.CO, ",
            "Rizky Dwi Ananda",
            None,
        ),
        # an outlet by its initials, then the city in ordinary case (KBR); a paper's name
        # glued in capitals that opens on its word (TIMES Indonesia)
        (
            "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nPenulis: Rizky Dwi Ananda\n"
            "Rabu, 29 November 2028 19:47 WIB",
            "KBR, Jakarta - ",
            "Rizky Dwi Ananda",
            "Jakarta",
        ),
        (
            "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nPenulis: Rizky Dwi Ananda\n"
            "Rabu, 29 November 2028 19:47 WIB",
            "TIMESINDONESIA, PROBOLINGGO – ",
            "Rizky Dwi Ananda",
            "PROBOLINGGO",
        ),
        # a paper's name beside the day, forwarded in a chat's italics (Tangerang Ekspres)
        (
            "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
            "_Tangerang Ekspres | Senin, 11 Juni 2029, 15:20 WIB_\n"
            "Penulis: Rizky Dwi Ananda\nEditor: Dewi Lestari",
            "TANGERANG – ",
            "Rizky Dwi Ananda",
            "TANGERANG",
        ),
        # a town kabar does not know before a paper's name (PBD Post); a city and a bar
        # (Tebingtinggi Pos); a city in capitals and "City" (Panay News)
        (
            "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nPenulis: Rizky Dwi Ananda\n"
            "Rabu, 29 November 2028 19:47 WIB",
            "KUMURKEK, PBD Post - ",
            "Rizky Dwi Ananda",
            "KUMURKEK",
        ),
        (
            "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nPenulis: Rizky Dwi Ananda\n"
            "Rabu, 29 November 2028 19:47 WIB",
            "TEBINGTINGGI | ",
            "Rizky Dwi Ananda",
            "TEBINGTINGGI",
        ),
        (
            "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nPenulis: Rizky Dwi Ananda\n"
            "Rabu, 29 November 2028 19:47 WIB",
            "ILOILO City – ",
            "Rizky Dwi Ananda",
            "ILOILO City",
        ),
        # a browser's print header over a print view (Harian Haluan)
        (
            "07/12/2028 11:02     Harga Beras Naik Lagi di Pasar Induk Cipinang - Harian "
            "Haluan\n\nHARIAN HALUAN\nharianhaluan.com\n\nPENDIDIKAN\n\n"
            "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
            "Reporter: Yuni Marlinda — Editor: Revo Andesta\nKamis, 07 Desember 2028 - 09:47 WIB",
            "PARIAMAN, HARIANHALUAN.COM — ",
            "Yuni Marlinda",
            "PARIAMAN",
        ),
    ],
)
def test_a_writer_after_the_sites_name_a_dashed_credit_and_more_dateline_marks(
    top: str, lede_prefix: str, author: str, dateline: str | None
) -> None:
    article = page(top, lede_prefix=lede_prefix)
    assert article.headline == "Harga Beras Naik Lagi di Pasar Induk Cipinang"
    assert (article.author, article.dateline) == (author, dateline)
    assert article.body == tuple(BODY_ID.split("\n\n"))


@pytest.mark.parametrize(
    ("top", "body", "source", "author"),
    [
        # Opera News: the outlet and its age over the headline, its link to the original under
        # the story, then the app's comments and its pitch
        (
            "Opera News\nUntuk Anda    Lokal    Hiburan    Olahraga\n"
            "Warta Binjai · 5 jam yang lalu\n+ Ikuti\n\n"
            "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nWarta Binjai\n"
            "Selasa, 3 April 2029 - 10:47 WIB\n"
            "Reporter: Rizky Fadillah Nasution | Editor: Hendra Sitepu",
            f"{BODY_ID}\n\n(rfn/hs)\n\nLihat artikel asli di Warta Binjai\n"
            "Suka · 128    Komentar · 37    Bagikan\n\n"
            "Unduh Opera News untuk membaca lebih banyak berita",
            "Warta Binjai",
            "Rizky Fadillah Nasution",
        ),
        # LINE TODAY: the outlet under the headline, over the day; the writer in the foot
        (
            "LINE TODAY\nBeranda   Nasional   Regional   Hiburan   Bola\n\n"
            "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nMercusuar\n29 Apr 2029 · 18.02",
            f"{BODY_ID}\n\n(Reporter: Ikhsan Lamajido/Editor: Nirwansyah)\n\n"
            "Baca di sumber asli\nSukai · Komentar · Bagikan\n\n"
            "Ikuti LINE TODAY untuk berita terbaru",
            "Mercusuar",
            "Ikhsan Lamajido",
        ),
        # Yahoo: the outlet over the headline, the writer under it
        (
            "Yahoo News\nHome  UK  World  Politics  Money  Sport  More\n\n"
            "Manchester Evening News\n\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
            "Helen Ashworth\nTue, 3 April 2029 at 2:14 pm BST\n4 min read",
            f"{BODY_ID}\n\nView comments\n\nRelated Articles\nMetrolink line to get trams",
            "Manchester Evening News",
            "Helen Ashworth",
        ),
        # Google News's viewer: the page's address, and the logo that spells it
        (
            "←  Google News\nwaterford-news.ie\nOpen in Chrome   Share\n\n"
            "Waterford News & Star\nHOME  NEWS  SPORT  LIFESTYLE  PROPERTY  NOTICES\n\nNews\n\n"
            "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nReporter: Aoife Dunphy\n"
            "26 Apr 2029 8:20 AM",
            f"{BODY_ID}\n\nMore from Waterford News & Star on Google News\nFollow",
            "Waterford News & Star",
            "Aoife Dunphy",
        ),
        # an aggregator's link to the original with its arrow, then the app's comments
        (
            "BaBe\n‹ Kembali        Ekonomi        ⋮\n\nWarta Binjai ✓\n96 rb pengikut · Ikuti +"
            "\n\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n\nWarta Binjai · Selasa, "
            "03/04/2029 10:47 WIB\nPenulis: Rizky Fadillah Nasution | Editor: Hendra Sitepu",
            f"{BODY_ID}\n\nLihat berita asli di Warta Binjai ›\n👍 214   💬 37   ↗ Bagikan\n\n"
            "Komentar (37)\nTulis komentar...",
            "Warta Binjai",
            "Rizky Fadillah Nasution",
        ),
        # the app's link with no outlet named, its picks, its pitch to follow the outlet
        (
            "LINE TODAY\nBeranda   Nasional   Regional   Hiburan   Bola\n\n"
            "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nMercusuar\n29 Apr 2029 · 18.02",
            f"{BODY_ID}\n\n(Reporter: Ikhsan Lamajido/Editor: Nirwansyah)\n\n"
            "Baca artikel asli ›\n\nArtikel Rekomendasi\nHarga Cabai Turun di Palu\n\n"
            "Ikuti Mercusuar di LINE TODAY untuk berita Sulawesi terbaru",
            "Mercusuar",
            "Ikhsan Lamajido",
        ),
    ],
)
def test_an_aggregators_copy_names_the_outlet_whose_story_it_shows(
    top: str, body: str, source: str, author: str
) -> None:
    article = page(top, body)
    assert article.headline == "Harga Beras Naik Lagi di Pasar Induk Cipinang"
    assert (article.source, article.author) == (source, author)
    assert article.body == tuple(BODY_ID.split("\n\n"))


@pytest.mark.parametrize(
    "banner",
    [
        "We care about your privacy\nWe and our partners use cookies and similar technologies "
        'to personalize content and ads, and to analyze our traffic. By clicking "Accept All", '
        "you agree to the storing of cookies on your device.\n"
        "Accept All    Manage Preferences    Reject All\n\n",
        "Your privacy\nWe and our 143 partners store and/or access information on a device, such "
        "as cookies, and process personal data for personalised advertising, content "
        "measurement and audience research.\nI Accept    Show Purposes    Reject All\n\n",
        # a heading over a notice of several long paragraphs, its buttons one to a line
        "We value your privacy\nWe and our 912 partners store and/or access information on a "
        "device, such as cookies and process personal data, such as unique identifiers and "
        "standard information sent by a device for personalised advertising and content, "
        "advertising and content measurement, and audience research.\nWith your permission "
        "we and our partners may use precise geolocation data and identification through "
        "device scanning. You may click to consent to our and our partners' processing.\n"
        "MORE OPTIONS\nDISAGREE\nAGREE\n",
    ],
)
def test_a_cookie_banner_copied_with_the_page_is_no_part_of_it(banner: str) -> None:
    lines = BODY_EN.split("\n\n")
    article = page(
        f"Shropshire Star\n\n{banner}News  Sport  Shrewsbury  Telford  Oswestry  Ludlow\n\n"
        "Politics\n\nRice prices rise for a third week in traditional markets\n\n"
        "By Gareth Pennington\nPublished 20 April 2029 at 10:12",
        # a paywall's offer inside the story
        f"{lines[0]}\n\nSubscribe now for just $1 for 6 months.\n\n{lines[1]}\n\n{lines[2]}",
    )
    assert article.headline == "Rice prices rise for a third week in traditional markets"
    assert (article.source, article.author) == ("Shropshire Star", "Gareth Pennington")
    assert article.published == at(2029, 4, 20, 10, 12, zone=timezone(timedelta(hours=1)))
    assert article.body == tuple(lines)


def test_an_amp_viewers_bar_gives_the_address_and_the_logo_spells_it() -> None:
    # Google's AMP viewer: the site's address on its bar, the page's own link, then the page,
    # whose foot says comments live on the full page
    article = page(
        "✕   chicago.suntimes.com   ⓘ   ⋮\n"
        "google.com/amp/s/chicago.suntimes.com/city-hall/2029/4/18/...\n\n"
        "CHICAGO SUN-TIMES\n☰  Subscribe\n\nCity Hall\n\n"
        "Rice prices rise for a third week in traditional markets\n\n"
        "By Marcus Delgado | Staff Reporter\nApr 18, 2029, 6:45pm CDT",
        f"{BODY_EN}\n\nContributing: Alicia Romero\n\nRead more:\n"
        "CTA's 'ghost buses' are back. Here's what riders should know.\n"
        "Chicago's 2030 budget gap already tops $900 million, report finds\n\n"
        "Comments are not available on AMP pages. View the full article.",
    )
    assert article.headline == "Rice prices rise for a third week in traditional markets"
    assert (article.source, article.author) == ("CHICAGO SUN-TIMES", "Marcus Delgado")
    assert article.body == tuple(BODY_EN.split("\n\n"))


@pytest.mark.parametrize(
    ("top", "foot", "author", "clock"),
    [
        # WordPress's print view: its posted line (no time after the @), its foot
        (
            "Garhwal Post\n- https://garhwalpost.in -\n\n"
            "Rice prices rise for a third week in traditional markets\n\n"
            "Posted By Garhwal Post On April 15, 2029 @ In Uttarakhand | No Comments\n\n"
            "By Our Staff Reporter\n\nDEHRADUN, 15 Apr: ",
            "\n\n\nArticle printed from Garhwal Post: https://garhwalpost.in\n\n"
            "URL to article: https://garhwalpost.in/uttarakhand/rice-prices-rise/\n\n"
            "Click here to print.",
            None,
            (0, 0),
        ),
        # The Telegraph (India): "Photo Story / …" over the headline, the writer and who took
        # the pictures on one line, "Published 15.04.29, 06:41 AM"
        (
            "Calcutta Daily\nCalcutta  West Bengal  India  World  Opinion  Sports  Photos\n\n"
            "Photo Story / Poila Baisakh\n\n"
            "Rice prices rise for a third week in traditional markets\n\n"
            "From the queues at the markets before dawn to the ledgers at Burrabazar\n\n"
            "Ritwika Dasgupta, Pictures by Arnab Sengupta\nPublished 15.04.29, 06:41 AM\n\n",
            "",
            "Ritwika Dasgupta",
            (6, 41),
        ),
    ],
)
def test_a_print_view_or_a_photo_storys_top_and_foot(
    top: str, foot: str, author: str | None, clock: tuple[int, int]
) -> None:
    article = parse_text(f"{top}{BODY_EN}{foot}")
    assert article.headline == "Rice prices rise for a third week in traditional markets"
    assert article.author == author
    assert article.published is not None
    assert article.published.date() == datetime(2029, 4, 15).date()
    assert (article.published.hour, article.published.minute) == clock
    assert article.body == tuple(BODY_EN.split("\n\n"))


@pytest.mark.parametrize(
    ("top", "lede_prefix", "source", "author", "published"),
    [
        # a paper's logo over its tagline and its path with slashes
        (
            "ISEN MULANG POS\nKalteng Bersuara\n\nHome / Ekonomi / Bisnis\n\n"
            "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nKamis, 3 Mei 2029 - 13.30 WIB\n"
            "Penulis: Maria Ulfa | Editor: Teguh Santoso",
            "PALANGKA RAYA, IMP – ",
            "ISEN MULANG POS",
            "Maria Ulfa",
            at(2029, 5, 3, 13, 30),
        ),
        # a print view's bar
        (
            "KALTENG TODAY\nVersi Cetak                                  [Cetak] [Tutup]\n\n"
            "Politik & Pemerintahan\n\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
            "Diterbitkan: 24-04-2029 14:08\nPenulis : Yulianus Ngabut / Editor : Rahmat",
            "TAMIANG LAYANG – ",
            "KALTENG TODAY",
            "Yulianus Ngabut",
            at(2029, 4, 24, 14, 8),
        ),
    ],
)
def test_a_logos_tagline_and_path_or_a_print_views_bar_are_no_headline(
    top: str, lede_prefix: str, source: str, author: str, published: datetime
) -> None:
    article = page(top, lede_prefix=lede_prefix)
    assert article.headline == "Harga Beras Naik Lagi di Pasar Induk Cipinang"
    assert (article.source, article.author) == (source, author)
    assert article.published == published


@pytest.mark.parametrize(
    ("stamps", "published"),
    [
        # Kompasiana: the day and the time set apart in one row, then the update
        (
            "Diterbitkan: 09 Juni 2029   20:37   Diperbarui: 09 Juni 2029   22:05",
            at(2029, 6, 9, 20, 37),
        ),
        # a phone's copy: the time first, the update glued to it
        ("14:32, 20 Jun 2029Updated 16:05, 20 Jun 2029", at(2029, 6, 20, 14, 32)),
    ],
)
def test_the_first_of_a_published_and_an_updated_stamp_in_one_row(
    stamps: str, published: datetime
) -> None:
    article = page(
        f"Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nLalu Ahmad Zaini\n{stamps}",
        lede_prefix="MATARAM - ",
    )
    assert (article.author, article.published) == ("Lalu Ahmad Zaini", published)


# An outlet's own app's bar (back, its name, the text size button and icons), and a mobile
# page's sticky header with its ticker of the latest headlines, by the source they name
_APP_TOPS = {
    "Cek&Ricek": "←   Cek&Ricek   Aa   🔖   ⤴\n\nFILM\n\n",
    "Dundalk Democrat": "‹ Back                 Dundalk Democrat                 Aa   ☆   ⇪\n\n",
    "Northampton Chronicle & Echo": "☰  Northampton Chronicle & Echo   Subscribe\n"
    "Sport > Football > Northampton Town\n\n",
    "LAPAGO POS": "☰   LAPAGO POS   🔍\nTERKINI: Jalan Wamena-Tiom Kembali Dibuka  •  Harga Semen "
    "di Tiom Tembus Rp 450 Ribu per Sak  •\n\nPENDIDIKAN\n\n",
}


@pytest.mark.parametrize("source", sorted(_APP_TOPS))
def test_an_apps_bar_or_a_sticky_header_over_the_story(source: str) -> None:
    article = page(
        f"{_APP_TOPS[source]}Harga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
        "Oleh Melkias Tabuni | August 6, 2029 / 14:22  |  3 Comments"
    )
    assert article.headline == "Harga Beras Naik Lagi di Pasar Induk Cipinang"
    assert (article.source, article.author) == (source, "Melkias Tabuni")


def test_a_phones_app_banner_a_ticker_and_the_outlets_name_as_a_dateline() -> None:
    article = page(
        "✕  PRFM News\nBaca lebih cepat di aplikasi PRFM News\n★★★★☆ Gratis di Google Play\n"
        "BUKA\n\n☰   PRFMNEWS   🔍\nIHSG 7.912,44 ▲ +1,21%\n\nRegional\n\n"
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nReporter: Ananda Muhammad Firdaus\n"
        "Selasa, 5 Jun 2029 | 06:14 WIB",
        lede_prefix="PRFMNEWS - ",
    )
    assert article.headline == "Harga Beras Naik Lagi di Pasar Induk Cipinang"
    assert (article.source, article.author, article.dateline) == (
        "PRFM News",
        "Ananda Muhammad Firdaus",
        None,
    )
    assert article.body == tuple(BODY_ID.split("\n\n"))


@pytest.mark.parametrize(
    ("top", "body", "foot", "headline", "source", "dateline", "day"),
    [
        # Kedaulatan Rakyat's e-paper: its edition and page over a print headline in
        # capitals and its deck; the page's other stories under it
        (
            "KR e-Paper\nEdisi: Jumat Pahing, 8 Juni 2029\nHalaman 2 - Kota Yogyakarta\n"
            "◀ Hal. 1   Hal. 3 ▶   Tampilan Koran | Tampilan Teks   A- A+   Unduh PDF\n\n"
            "PENDIDIKAN\n\nHARGA BERAS NAIK LAGI DI PASAR INDUK\n"
            "Pedagang Minta Operasi Pasar Dipercepat\n\nYOGYA (KR) - ",
            BODY_ID,
            "\n\nArtikel lainnya di halaman ini:\n» Jalan Malioboro Steril Kendaraan",
            "HARGA BERAS NAIK LAGI DI PASAR INDUK",
            "KR",
            "YOGYA",
            (2029, 6, 8),
        ),
        # The Hitavada's: the edition, the day and the page in a bar; the town and the day
        # on a line of their own
        (
            "The Hitavada e-Paper\nNagpur City Line | 17 Jun 2029 | Page 1\n"
            "< Prev Page   Next Page >   Page View   Text View   Clip   Share   Download\n\n"
            "Rice prices rise for a third week in traditional markets\n\nStaff Reporter\n"
            "NAGPUR, June 16\n\n",
            BODY_EN,
            "\n\nRelated on this page: Power demand touches record 2,140 MW in city\n"
            "Page 5: Farmers await rain, sowing yet to begin",
            "Rice prices rise for a third week in traditional markets",
            "The Hitavada",
            "NAGPUR",
            (2029, 6, 17),
        ),
    ],
)
def test_an_e_papers_text_view(
    top: str,
    body: str,
    foot: str,
    headline: str,
    source: str,
    dateline: str,
    day: tuple[int, int, int],
) -> None:
    article = parse_text(f"{top}{body}{foot}")
    assert (article.headline, article.source, article.author) == (headline, source, None)
    assert article.dateline == dateline
    assert article.published is not None
    assert article.published.date() == datetime(*day).date()
    assert article.body == tuple(body.split("\n\n"))


def test_a_logos_tagline_over_the_section_and_the_day_with_its_time() -> None:
    # The Visayan Daily Star: "Negros' Leading Newspaper" is no headline; the bar under it
    # holds the section, the day and the time
    article = page(
        "THE VISAYAN DAILY STAR\nNegros' Leading Newspaper\n\n"
        "NEWS | Thursday, April 5, 2029 | 12:05 AM\n\n"
        "Rice prices rise for a third week in traditional markets\n\nBY ROSELLE T. ABELLA",
        BODY_EN,
        lede_prefix="BACOLOD CITY — ",
    )
    assert article.headline == "Rice prices rise for a third week in traditional markets"
    assert (article.source, article.author) == ("THE VISAYAN DAILY STAR", "Roselle T. Abella")
    assert article.published == at(2029, 4, 5, 0, 5, zone=timezone(timedelta(hours=8)))


def test_microsoft_starts_copy_names_its_partner_and_the_day_the_partner_ran_it() -> None:
    # MSN as "Microsoft Start": "2 j" over the story; under it, when the outlet ran it and
    # "Lihat lebih banyak dari Harian Disway"
    article = page(
        "Microsoft Start\nBeranda   Berita   Olahraga   Hiburan\n\nHarian Disway\n"
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\n"
        "Cerita oleh Ahmad Fauzi Ramadhan • 2 j • 3 menit membaca",
        f'{BODY_ID}\n\nArtikel ini telah tayang di disway.id dengan judul "Harga Beras Naik '
        'Lagi di Pasar Induk Cipinang" pada Sabtu, 9 Desember 2028, 21:30\n\n'
        "Lihat lebih banyak dari Harian Disway\nIkuti\n👍 Suka   💬 Komentar   ↗ Bagikan",
    )
    assert (article.source, article.author, article.published) == (
        "Harian Disway",
        "Ahmad Fauzi Ramadhan",
        at(2028, 12, 9, 21, 30),
    )
    assert article.body[-1].startswith("Pemerintah daerah")


def test_a_forwards_link_to_its_source_ends_the_story_and_the_forwarders_note_with_it() -> None:
    article = page(
        "Warta Binjai\n\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
        "Selasa, 3 April 2029 - 10:47 WIB",
        f"{BODY_ID}\n\nSumber: https://wartabinjai.id/ekonomi/2029/04/03/harga-beras-naik-lagi-di"
        "-pasar-induk-cipinang\n\nMohon diteruskan ke grup RT masing-masing ya 🙏",
    )
    assert article.body == tuple(BODY_ID.split("\n\n"))


def test_an_outlet_whose_logo_is_in_capitals_is_named_as_its_page_writes_it() -> None:
    def source(logo: str, credit: str = "Antara", foot: str = "") -> str | None:
        return parse_text(
            f"{logo}\nBeranda   Daerah   Ekonomi\n\nHarga Beras Naik Lagi di Pasar Induk "
            f"Cipinang\nSenin, 25 Maret 2030 15:02 WIB\n\nSUKADANA, {credit} – {BODY_ID}\n\n{foot}"
        ).source

    assert source("SUARA KAYONG", credit="Suara Kayong") == "Suara Kayong"  # the dateline's
    # a whole name in capitals is no network's name ("SUARA") with its edition
    assert source("SUARA MALAMOI") == "SUARA MALAMOI"
    assert source("KABAR MANSEL", foot="Kabar Mansel © 2029 — Redaksi") == "Kabar Mansel"
    assert source("FAJAR", foot="fajar.co.id") == "FAJAR"  # an address is no name written


def test_a_place_and_its_section_over_the_headline_are_the_sites_path() -> None:
    article = page(
        "South China Morning Post\nHong Kong  China  Asia  World  Opinion\n\n"
        "Hong Kong / Health & Environment\n\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
        "Josephine Kwok\nPublished: 9:30pm, 15 Mar 2030"
    )
    assert article.headline == "Harga Beras Naik Lagi di Pasar Induk Cipinang"


@pytest.mark.parametrize(
    ("top", "published"),
    [
        # Instagram's browser over Kabar Labuan Bajo: its times are WITA's, said or not
        (
            "✕   kabarlabuanbajo.id   ⋯\n    Dibuka dari Instagram · @kabarlabuanbajo\n\n"
            "KABAR LABUAN BAJO\n☰  Cari\n\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
            "Fransiska Nggoro - 05/04/2030 11:32",
            at(2030, 4, 5, 11, 32, zone=WITA),
        ),
        # the site's day over its masthead; the story's minute and age under the headline
        (
            "Kamis, 21 Maret 2030\nWARTA BINJAI\nwartabinjai.id\n\n"
            "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nPenulis: Rizky Fadillah Nasution\n"
            "06:55 WIT · 2 jam lalu",
            at(2030, 3, 21, 6, 55, zone=WIT),
        ),
    ],
    ids=["a regional paper under an app's bar", "a bare clock under the headline"],
)
def test_the_clock_a_regional_page_prints_in(top: str, published: datetime) -> None:
    assert page(top).published == published


@pytest.mark.parametrize(
    "foot",
    [
        # an app's comments under the story, the top one first
        "Sumber: wartabinjai.id\n\n👍 86    💬 Komentar (12)    ↗ Bagikan\n\nKomentar teratas\n"
        "Nurul Waelissa · 3 jam\nSemoga harga cepat turun, kasihan pedagang kecil 🙏",
        # a chat's stamp under the forwarded story, then the replies and the message box
        "© 2030 Warta Binjai. All rights reserved.\nFri 3:04 PM  ✓✓\n\nRuthie Nena\n"
        "Thanks, we should ask the market office about the price list.\nFri 3:10 PM",
        "Read more at wartabinjai.id\n9:31 a. m. ✓✓  👍 14  ❤️ 6\n\nKevin Rivers\n"
        "Finally!! no more queues at the market 😂\n9:40 a. m.\n\nEscribe un mensaje…",
    ],
    ids=["app comments", "chat stamp", "chat stamp in Spanish"],
)
def test_what_an_app_or_a_chat_shows_under_a_story_is_not_the_story(foot: str) -> None:
    with_foot("Warta Binjai\nHarga Beras Naik Lagi di Pasar Induk Cipinang", foot)


def test_a_name_over_the_date_gives_way_to_the_writer_a_label_names_under_it() -> None:
    # the outlet and its section over the date, the reporter under it
    article = page(
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nWarta Binjai · Ekonomi\n"
        "Rabu, 17 April 2030 11:20 WIB\nReporter: Rizky Fadillah Nasution | Editor: Hendra Sitepu"
    )
    assert (article.source, article.author) == ("Warta Binjai", "Rizky Fadillah Nasution")
    # a writer over the date keeps the byline when only the editor is labelled under it
    edited = page(
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nRizky Fadillah Nasution\n"
        "Rabu, 17 April 2030 11:20 WIB\nEditor: Hendra Sitepu"
    )
    assert edited.author == "Rizky Fadillah Nasution"


def test_a_documents_page_count_between_paragraphs_is_no_paragraph() -> None:
    body = BODY_ID.replace(
        "\n\nPemerintah daerah", "\n\nHalaman 2 dari 3   Catatan   98%\n\nPemerintah daerah"
    )
    assert page("Warta Binjai\nHarga Beras Naik Lagi di Pasar Induk Cipinang", body).body == tuple(
        BODY_ID.split("\n\n")
    )


@pytest.mark.parametrize(
    ("masthead", "prefix"),
    [
        # an outlet kabar does not know by name, in its own dateline after the city
        ("Tekno Jagat", "Jakarta, Tekno Jagat – "),
        ("BURSA HARIAN", "Jakarta, Bursa Harian - "),  # its logo in capitals
        ("Warta Pasar Tani", "BANDUNG, Warta Pasar Tani — "),
    ],
)
def test_a_dateline_naming_the_pages_own_outlet_is_a_dateline(masthead: str, prefix: str) -> None:
    article = page(
        f"{masthead}\nEkonomi\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
        "Penulis: Kevin Hartanto\nSelasa, 22/10/2030 16:12 WIB",
        lede_prefix=prefix,
    )
    assert article.dateline == prefix.split(",")[0]
    assert article.body == tuple(BODY_ID.split("\n\n"))


@pytest.mark.parametrize(
    "label", ["Kontributor: ", "Wartawan: ", "Jurnalis: ", "Ditulis oleh ", "Contributor: "]
)
def test_a_writers_label_over_the_headline_names_the_writer(label: str) -> None:
    # the date and the byline over the headline, as some regional pages print them
    article = page(
        f"GEMA MAHAKAM\nLingkungan\n21/10/2030 16:40 WITA\n{label}Yosua Pakiding\n"
        "Harga Beras Naik Lagi di Pasar Induk Cipinang"
    )
    assert (article.headline, article.author) == (
        "Harga Beras Naik Lagi di Pasar Induk Cipinang",
        "Yosua Pakiding",
    )


def test_the_sites_title_under_its_logo_is_no_headline() -> None:
    # the logo in capitals, then the site's name and tagline, the section, the headline
    article = page(
        "SELONG EKSPRES\nSelong Ekspres - Berita Lombok Timur Terkini\n\nOlahraga\n\n"
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\n"
        "Sabtu, 17/08/2030 pukul 20.15 WITA\nPenulis : Lalu Muh. Zainuddin",
        # a story of the tagline's own places ("Selong", "Lombok Timur")
        "SELONG - Harga beras di pasar induk Selong, Lombok Timur, naik lagi pekan ini "
        "setelah pasokan dari sentra produksi berkurang sejak awal bulan.\n\n"
        "Pedagang di Lombok Timur menyebut harga beras medium kini mencapai Rp14.000 per "
        "kilogram, naik Rp500 dibanding pekan lalu, seperti di Pasar Induk Cipinang.",
    )
    assert article.headline == "Harga Beras Naik Lagi di Pasar Induk Cipinang"
    assert article.author == "Lalu Muh. Zainuddin"


def test_a_news_apps_channel_beside_its_follow_button_is_the_outlet_and_its_foot_ends() -> None:
    # an aggregator app of its own name: the channel and its button on one line, then its
    # link to the original, its reactions and other outlets' stories of the same news
    card = make_card(
        "Kabarin\nUntuk Anda   Terbaru   Daerah   Olahraga\n← Ekonomi\n"
        "Warta Kapuas  ·  Ikuti +\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
        "Selasa, 11 Maret 2031 - 09:12 WIB\nPenulis: Dedi Kurniawan\n\n"
        f"{BODY_ID}\n\nBaca di situs asli  ›\n"
        "👍 Suka 48   💬 Komentar 5   ↗ Bagikan\nBerita serupa dari sumber lain\n"
        "Harga Gula Pasir Stabil Jelang Ramadan"
    )
    assert card.source == "Warta Kapuas"
    assert not any("situs asli" in p or "serupa" in p for p in card.body)


def test_a_one_word_outlet_over_its_rubric_is_named_when_its_credit_says_it_again() -> None:
    # a feed reader's item over the page it opened: the site's one-word name over the rubric
    # and the headline, said again in the picture's credit
    card = make_card(
        "Feeder\n☰  Sainsora — Semua Berita   ⟳  ⋮\n\n"
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\n"
        "Sainsora — Semua Berita · 11 Mar 2031 09.14\n⭐ Favorit   ↗ Bagikan\n\n"
        "Sainsora\nPangan\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
        "11 Mar 2031 | 09:12 WIB\nPenulis: Dedi Kurniawan\n"
        "Pedagang beras di Pasar Induk Cipinang. (Sainsora/Dedi)\n\n"
        f"{BODY_ID}"
    )
    assert card.source == "Sainsora"


def test_a_writers_name_with_no_label_beside_the_editors_cell_is_the_author() -> None:
    card = make_card(
        "KAPUAS RAYA POS\nBeranda  Kapuas  Sintang  Hukum  Ekonomi\nEkonomi\n"
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\nSelasa, 11 Mar 2031 09:12 WIB\n"
        f"Dedi Kurniawan | Editor: Sri Wahyuni\n\n{BODY_ID}"
    )
    assert card.author == "Dedi Kurniawan"


def test_an_aggregators_verified_channel_with_its_bracketed_button_beats_the_apps_disclaimer() -> (
    None
):
    card = make_card(
        "Kabarin\nUntukmu   Terkini   Daerah   Olahraga\n←      ⋯  Aa\n"
        "Warta Kapuas  ✓   [+ Ikuti]\n3 jam lalu · 3 menit baca\n\n"
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nPenulis: Dedi Kurniawan\n"
        "Selasa, 11 Mar 2031 | 09:12 WIB\n\n"
        "Pontianak, Wartakapuas.com - Harga beras medium di pasar tradisional naik untuk "
        "pekan ketiga berturut-turut, kata para pedagang.\n\n"
        "Pedagang mengatakan pasokan dari sentra produksi berkurang karena panen mundur.\n\n"
        "Lihat artikel asli di wartakapuas.com ›\n"
        "Konten ini disajikan Kabarin dari mitra penerbit. Kabarin tidak bertanggung jawab "
        "atas isi berita."
    )
    assert card.source == "Warta Kapuas"


def test_a_screen_texts_headline_in_large_type_over_several_lines_is_whole() -> None:
    # a phone's text recognition of a page: the body wrapped at the screen's width, the
    # headline in larger type over four short lines
    story = (
        "TAMALE — The Northern Regional Health Directorate has confirmed 96 suspected cases of "
        "meningitis and three deaths in the Tamale Metropolis since the start of the month, "
        "and has opened two isolation wards to ease pressure on the teaching hospital.\n\n"
        "Most of the cases have been recorded in communities where residents sleep in crowded "
        "rooms during the dry season, the directorate said on Tuesday.\n\n"
        "The directorate urged residents to report fever and neck stiffness at the nearest "
        "health facility without delay."
    )
    body = "\n\n".join(textwrap.fill(p, 44) for p in story.split("\n\n"))
    card = make_card(
        "NORTHERN OBSERVER\nHome  News  Regions  Business  Sports\n\nHealth\n"
        "Tamale records 96 meningitis\ncases in three weeks as\nhealth directorate opens\n"
        f"isolation wards\nMar 19, 2031 - 10:26 am  By Abdul-Rahman Issah\n\n{body}"
    )
    assert card.headline == (
        "Tamale records 96 meningitis cases in three weeks as health directorate opens "
        "isolation wards"
    )


def test_a_read_next_list_under_the_story_is_not_the_story() -> None:
    card = make_card(
        "Kosmika\nAntariksa\n\nHujan Meteor Lyrid Terlihat Jelas dari Kupang\n\n"
        "Penulis: Maria Lede | 23 April 2031 21:10 WITA\n\n"
        "KUPANG – Hujan meteor Lyrid terlihat jelas dari Kupang pada Selasa malam karena langit "
        "cerah sejak sore.\n\nPara pengamat mencatat hingga 18 meteor per jam menjelang subuh."
        "\n\nBaca Selanjutnya\nTeleskop Timau Tangkap Citra Nebula Carina\n"
        "Kenapa Bintang Berkelip, Tapi Planet Tidak?\n"
        "Satelit Buatan Mahasiswa Berhasil Mengorbit"
    )
    assert card.body[-1] == "Para pengamat mencatat hingga 18 meteor per jam menjelang subuh."


@pytest.mark.parametrize(
    ("dateline", "hours"),
    [
        # a regional paper's initials: its own region's clock
        ("LEWOLEBA, LT - ", 8),
        # a name spelled out, as a national site signs: Jakarta's
        ("Lewoleba (Kabar Sehat Nusa) - ", 7),
    ],
)
def test_a_regional_papers_initials_after_an_eastern_town_give_its_clock(
    dateline: str, hours: int
) -> None:
    card = make_card(
        "GEMA LAMALERA\ngemalamalera.com\n\nHome   Berita   Sport   Budaya\n\nSport\n\n"
        "Persebata Tekuk Perse Ende 2-1 di Stadion Gelora 99\n\n"
        "Oleh Yosef Hurint | Sabtu, 24/05/2031 20:10\n\n"
        f"{dateline}Persebata Lembata memastikan langkah ke babak delapan besar El Tari "
        "Memorial Cup setelah menaklukkan Perse Ende 2-1, Sabtu sore.\n\n"
        "Ribuan penonton memadati stadion sejak siang."
    )
    assert card.published == datetime(2031, 5, 24, 20, 10, tzinfo=timezone(timedelta(hours=hours)))


def test_a_logos_initials_before_the_papers_name_in_capitals_are_dropped() -> None:
    card = make_card(
        "Bixby Vision\nTeks   ·   Terjemahkan\n\n15.32  📶 4G  🔋 61%\nsinarkapuas.com  🔒\n"
        "SKP  SINAR KAPUAS POS   ☰\nLINGKUNGAN\n\n"
        "Karhutla Mulai Muncul, 14 Hektare Lahan Gambut di Kumai Terbakar\n\n"
        "Wahyu Hidayat\n23 Juni 2031 15:10\n\nKUMAI, SKP – Kebakaran lahan gambut mulai muncul "
        "di Kecamatan Kumai, Senin (23/6), dan menghanguskan sedikitnya 14 hektare lahan.\n\n"
        "Personel Manggala Agni bersama warga memadamkan api hingga malam hari."
    )
    assert card.source is not None and card.source.casefold() == "sinar kapuas pos"


def test_an_aggregators_row_labelling_the_source_beats_the_apps_name_said_again() -> None:
    card = make_card(
        "Kabarin\n☰  Untukmu   Terkini   Kalimantan   Politik               🔍\n\n"
        "Ekonomi · sumber: Warta Kapuas · 2 jam\n\n"
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\n\nSelasa, 11 Maret 2031 | 09:12 WIB\n\n"
        f"{BODY_ID}\n\nBaca di Kabarin: berita pilihan setiap pagi.\n"
        "Konten ini disajikan Kabarin dari mitra penerbit."
    )
    assert card.source == "Warta Kapuas"


def test_a_headline_over_its_day_and_byline_in_a_feed_readers_view_is_no_tagline() -> None:
    # A feed reader's article view: the feed's name, the headline, "day · by writer", the
    # section and the reader's buttons. The dated, signed line makes the headline a headline,
    # not a site's tagline over its date bar and menu.
    card = make_card(
        "Kapuas Herald Online\n"
        "Riverside market to reopen after flood repairs, says council\n"
        "15 Aug 2032 00:03 · by Daniel Wong\nSarawak\nRead later\nShare\n\n"
        "The market hall after the repairs. – Photo courtesy of the council\n\n"
        "SIBU: The riverside market will reopen next month after three months of repairs to "
        "the flood damage, the municipal council said yesterday.\n\n"
        "About 200 traders will return to their stalls once the final safety checks are done."
    )
    assert (card.headline, card.author, card.body[0][:32]) == (
        "Riverside market to reopen after flood repairs, says council",
        "Daniel Wong",
        "The riverside market will reopen",
    )


def test_an_editors_line_said_again_over_the_headline_is_no_outlet() -> None:
    # A clipboard manager lists the clip (its first lines, "Editor: …" among them) over its
    # preview of the whole page: the editor's line is said twice, but a labelled line is no
    # paper's name.
    card = make_card(
        "CopyQ\nFile   Edit   Item   Tabs   Help\n&clipboard   kliping   kerjaan\nSearch...\n"
        "0   Jembatan Gantung Loksado Ditutup Sementara\n    Author: Rina Kartika\n"
        "    Editor: Bambang Susilo\n    ... (+12 lines)\n"
        "1   https://www.wartameratus.com/news-58501-jembatan-gantung-loksado-ditutup.html\n"
        "2   08.30 rapat redaksi\n3   Loksado, Kalimantan Selatan\n"
        "4   ... (image/png 1284x712)\n\nItem Preview\n"
        "Jembatan Gantung Loksado Ditutup Sementara\nAuthor: Rina Kartika\n"
        "Editor: Bambang Susilo\nSenin, 20 Sep 2032 11:05\n"
        "Jembatan gantung Loksado yang kabelnya putus. (Dok. Warga)\n"
        "Kandangan, Wartameratus.com – Pemerintah Kabupaten Hulu Sungai Selatan menutup "
        "sementara jembatan gantung di Loksado setelah dua kabelnya putus, Senin.\n"
        "Warga diminta memakai jalan desa sampai perbaikan selesai pekan depan.\n"
        "Advertisement\nTags: Loksado Jembatan Gantung"
    )
    assert (card.source, card.author) == ("Wartameratus.com", "Rina Kartika")


@pytest.mark.parametrize(
    ("outlet", "hours"),
    [
        # Maluku's own name for itself, as Ambon's paper is called
        ("Siwalima News", 9),
        # a site's name with its region glued last
        ("wartapapua.com", 9),
        ("kabarsumba.id", 8),
        # a regional government's portal
        ("PEMERINTAH PROVINSI GORONTALO", 8),
        # a Jakarta site keeps Jakarta's clock, whatever town its story is from
        ("suarajakarta.com", 7),
    ],
)
def test_a_regional_sites_name_gives_the_clock_of_its_zoneless_stamp(
    outlet: str, hours: int
) -> None:
    card = make_card(
        f"{outlet}\nBeranda\nBerita Utama\nPendidikan\n\n"
        "Ratusan Lulusan SMP Belum Dapat Kursi SMA Negeri\n\nKamis, 22 Juli 2032 09:12\n\n"
        "Sedikitnya 340 lulusan SMP hingga kini belum mendapatkan kursi di SMA negeri, meski "
        "tahun ajaran baru telah dimulai sejak pekan lalu.\n\n"
        "Dinas pendidikan tengah menyiapkan penambahan rombongan belajar di lima sekolah."
    )
    assert card.published == datetime(2032, 7, 22, 9, 12, tzinfo=timezone(timedelta(hours=hours)))


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Oleh: Ratna Wulandari, Ekonom Senior Lembaga Kajian Industri", "Ratna Wulandari"),
        ("Oleh: Bhima Yudhistira, Peneliti Celios", "Bhima Yudhistira"),
        ("By Jane Doe, Senior Economist at Maybank", "Jane Doe"),
    ],
)
def test_an_opinion_writers_role_after_the_name_is_no_second_writer(
    byline: str, author: str
) -> None:
    assert page(f"Harga Beras Naik Lagi\n{byline}\nRabu, 18 Juni 2025 07:30 WIB").author == author


def test_an_outlets_own_initials_after_its_name_are_dropped() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY_ID.split("\n\n"))
    card = make_card(
        '<html><head><meta property="og:site_name" content="Free Malaysia Today (FMT)">'
        "<title>Harga Beras Naik Lagi</title></head><body><article><h1>Harga Beras Naik Lagi"
        f"</h1>{paragraphs}</article></body></html>",
        content_type="text/html",
    )
    assert card.source == "Free Malaysia Today"


def test_the_storys_last_paragraph_under_a_baca_juga_box_near_the_foot_is_kept() -> None:
    # Investor Daily, Alinea: "Baca Juga:" over one headline, then the story's last short
    # paragraph, then the tags; no line under the box runs past twenty words. Paragraphs
    # apart or on lines of their own, as phones and desktops copy them.
    for gap in ("\n\n", "\n"):
        body = make_card(
            f"Investor Daily\nMakro\n\nNeraca Dagang Januari Surplus US$ 2,9 Miliar{gap}"
            f"Oleh Rina Astuti{gap}Senin, 14 Februari 2033 | 13:05 WIB{gap}"
            "JAKARTA, investor.id - Neraca perdagangan Indonesia pada Januari 2033 mencatat "
            f"surplus US$ 2,9 miliar, ditopang ekspor batu bara dan minyak sawit.{gap}"
            "“Kami proyeksikan surplus sepanjang 2033 masih di kisaran US$ 28-32 miliar,” ujar "
            f"ekonom Bank Permata, Joshua Pardede.{gap}Baca Juga:\n"
            f"BI Diperkirakan Tahan Suku Bunga di Level 4,75%{gap}"
            "Surplus Januari 2033 menandai surplus neraca perdagangan selama 153 bulan "
            f"berturut-turut sejak Mei 2020.{gap}Editor: Hendro Prasetyo{gap}"
            "Tag:\nneraca perdagangan\nBPS\nekspor"
        ).body
        assert body[-1].startswith("Surplus Januari 2033 menandai surplus neraca perdagangan")
        assert not any("Suku Bunga" in paragraph for paragraph in body)


@pytest.mark.parametrize(
    ("mark", "zone"),
    [
        # a regional site's address kabar knows no outlet by: its town's clock
        ("Kabartimurnews.com", WIT),
        # a network's site prints Jakarta's time wherever its story is from
        ("KOMPAS.com", WIB),
    ],
)
@pytest.mark.parametrize("bracketed", [False, True])
def test_a_zoneless_stamp_over_an_eastern_dateline_signed_by_an_address(
    mark: str, zone: timezone, bracketed: bool
) -> None:
    # Kabar Timur (Ambon): "21 Maret 2033 20:10" with no zone, "AMBON, Kabartimurnews.com –";
    # kicknews.today (Lombok) writes "Mataram (kicknews.today) –", the address in brackets
    dateline = f"AMBON ({mark})" if bracketed else f"AMBON, {mark}"
    published = make_card(
        "Kabar Timur\nMenu\nHukrim\n"
        "Kejati Maluku Tetapkan Mantan Kadis PUPR Tersangka Korupsi Jalan\n"
        "Oleh Redaksi Kabar Timur\n21 Maret 2033 20:10\n"
        f"{dateline} – Kejaksaan Tinggi Maluku menetapkan mantan Kepala Dinas Pekerjaan "
        "Umum sebagai tersangka kasus dugaan korupsi proyek peningkatan jalan.\n"
        "Penetapan tersangka dilakukan setelah penyidik mengantongi dua alat bukti yang cukup."
    ).published
    assert published == datetime(2033, 3, 21, 20, 10, tzinfo=zone)


def test_a_caption_over_a_photo_label_and_its_credit_is_not_the_lead() -> None:
    # VIVA: the picture's caption, then "Photo :" on a line of its own, then its credit
    lead = (
        "Persib Bandung sukses mengalahkan PSM Makassar dengan skor 2-0 pada pekan ke-27 Super "
        "League. Pertandingan digelar di Stadion Gelora Bandung Lautan Api."
    )
    card = make_card(
        "VIVA\nBola\nLiga Indonesia\n"
        "Persib Bandung Tekuk PSM Makassar 2-0, Kokoh di Puncak Super League\n"
        "Sabtu, 26 Maret 2033 - 22:10\nPenulis : Dedi Kurniawan|Editor : Anton Permana\n"
        "Pemain Persib Bandung merayakan gol ke gawang PSM Makassar.\nPhoto :\n"
        f"VIVA/Dedi Kurniawan\n{lead}\n"
        "Gol kemenangan dicetak oleh penyerang asal Brasil itu pada babak kedua."
    )
    assert card.body[0] == lead


def test_a_byline_broken_into_short_lines_under_the_headline_is_no_menu() -> None:
    # Radar Lampung (Disway), copied on a phone: "Reporter:", the name, "|", "Editor:", …
    # under the headline; it was taken for a tagline over the site's menu, and the story
    # rejected for having no headline
    card = make_card(
        "radarlampung.disway.id\nMenu\nCari\nHome\nBandar Lampung\nMetro\nOtomotif\nIndeks\n"
        "Home\nOtomotif\n"
        "Penjualan Motor Listrik di Lampung Melonjak, Dealer Kewalahan Penuhi Inden\n"
        "Reporter:\nDimas Aryo Saputra\n|\nEditor:\nAgung Budiarto\n|\n"
        "Rabu 13-04-2033,14:20 WIB\n"
        "BANDAR LAMPUNG, RADARLAMPUNG.DISWAY.ID - Penjualan sepeda motor listrik di Provinsi "
        "Lampung melonjak tajam dalam tiga bulan pertama 2033.\n\n"
        "Dukung dakwah dan jurnalisme kami dengan berdonasi. Klik di sini\n\n"
        "Sejumlah dealer mengaku kewalahan memenuhi pesanan inden dari konsumen."
    )
    assert (card.headline, card.author, card.dateline) == (
        "Penjualan Motor Listrik di Lampung Melonjak, Dealer Kewalahan Penuhi Inden",
        "Dimas Aryo Saputra",
        "BANDAR LAMPUNG",
    )
    # Hidayatullah's call for donations under the story is no paragraph of it
    assert card.body[-1].startswith("Sejumlah dealer mengaku kewalahan")
    assert len(card.body) == 2


def test_a_regional_papers_one_word_mark_and_a_site_city_stop_dateline() -> None:
    # Harian Komentar (Manado): "21/04/2033 11:20" with no zone over "MANADO, Komentar –"
    published = make_card(
        "Harian Komentar\nMenu\nBudaya\n"
        "Kolintang Bertemu Jazz, Manado Jazz & Kolintang Festival Hadirkan 40 Musisi\n"
        "21/04/2033 11:20\nOleh: Meiske Pangemanan\n"
        "MANADO, Komentar – Sebanyak 40 musisi dari dalam dan luar negeri dipastikan tampil "
        "dalam festival yang digelar di kawasan Megamas.\n"
        "Ketua panitia mengatakan festival tahun ini menjadi yang terbesar sejak digelar."
    ).published
    assert published == datetime(2033, 4, 21, 11, 20, tzinfo=WITA)
    # Beritabali: "Beritabali.com, Badung. Pemerintah …", the site, the city and a stop
    card = make_card(
        "beritabali.com\nBadung Pasang 180 Kamera CCTV Berbasis AI di Canggu\n"
        "Jumat, 22 April 2033 | 14:25 WITA\nPenulis: Komang Arya Wiguna\n"
        "Beritabali.com, Badung. Pemerintah Kabupaten Badung memasang 180 kamera pengawas "
        "berbasis kecerdasan buatan di kawasan Canggu.\n"
        "Pemasangan kamera dilakukan di 46 titik di ruas jalan yang padat."
    )
    assert (card.dateline, card.lede[:27]) == ("Badung", "Pemerintah Kabupaten Badung")


def test_a_caption_credited_in_square_brackets_over_a_dateline_alone() -> None:
    # Harian Bhirawa: the picture's caption and its "[photographer/paper]" credit, then the
    # city and the paper alone on a line with a full stop, then the story
    article = parse_text(
        "Kasus Campak di Jatim Meningkat\nRedaksi Bhirawa\n15 April 2033 08:10\n"
        "Petugas puskesmas memberikan imunisasi kepada balita di Posyandu Wonokromo, Surabaya, "
        "Kamis (14/4). [gat/bhirawa]\nSurabaya, Bhirawa.\n" + BODY_ID
    )
    assert article.dateline == "Surabaya"
    assert article.body[0].startswith("Harga beras medium")
    assert not any("Posyandu" in p for p in (article.lede or "", *article.body))


def test_a_malay_page_of_malaysia_or_singapore() -> None:
    # Malay chrome beside its Indonesian twins: skip link, reading time, listen button, an AI
    # summary's label, "BACA LAGI:" links, "Artikel Berkaitan" and "Paling Popular" under the
    # story; the paper prints Kuala Lumpur's and Singapore's clock (UTC+8), and "Encik" and
    # "Pengarah" are a courtesy title and a post, not the speaker's name
    sinar = "\n".join(
        [
            "Langkau ke kandungan utama",
            "Sinar Harian",
            "Log Masuk",
            "POLITIK",
            "Had dua penggal Menteri Besar: Selangor bentang pindaan enakmen",
            "Oleh NURUL IZZATI ROSLAN",
            "24 April 2033 09:15am",
            "Masa membaca: 3 minit",
            "Dengar artikel ini",
            "Ringkasan artikel dijana AI",
            "Exco ketika sidang media di Shah Alam pada Sabtu. - Foto Sinar Harian/ROSLI TALIB",
            "SHAH ALAM - Kerajaan Negeri Selangor akan membentangkan pindaan undang-undang tubuh "
            "negeri bagi mengehadkan tempoh jawatan Menteri Besar kepada dua penggal.",
            "“Kuasa tidak boleh dipegang terlalu lama oleh seorang individu,” kata Pengarah "
            "Institut Dasar Negeri, Encik Zulkifli Mohamed Said.",
            "BACA LAGI: Pembangkang Selangor sokong had penggal",
            "Pindaan itu memerlukan sokongan sekurang-kurangnya dua pertiga ahli dewan sebelum "
            "boleh dikuatkuasakan.",
            "Kongsi artikel ini",
            "Artikel Berkaitan",
            "Pulau Pinang lulus pindaan had dua penggal Ketua Menteri",
            "Paling Popular",
            "Banjir kilat di Klang, 14 jalan ditutup",
        ]
    )
    card = make_card(sinar)
    assert card.published == datetime(2033, 4, 24, 9, 15, tzinfo=timezone(timedelta(hours=8)))
    assert card.dateline == "SHAH ALAM"
    first, *_, last = card.body
    assert first.startswith("Kerajaan Negeri Selangor") and len(card.body) == 3
    assert last.startswith("Pindaan itu memerlukan")
    assert card.key_quote is not None and card.key_quote.speaker == "Zulkifli Mohamed Said"


def test_wordpress_share_buttons_in_indonesian_are_no_paragraph() -> None:
    # Beritabeta, Katolikana: Jetpack's share buttons in Indonesian under the story
    last = "Hingga pukul 21.30 WIT, hujan masih mengguyur sebagian wilayah Kota Ambon."
    for button in (
        "Klik untuk berbagi di Facebook(Membuka di jendela yang baru)",
        "Klik untuk berbagi pada WhatsApp (Membuka di jendela yang baru)",
    ):
        article = parse_text(f"Banjir Landa Kota Ambon\n\n{BODY_ID}\n\n{last}\n\n{button}")
        assert article.body[-1] == last


def test_an_indonesian_sites_name_and_tagline_over_the_page_name_the_outlet() -> None:
    # "Metrosulawesi - Media Cetak dan Online Sulawesi Tengah" over its menu; the story never
    # names the paper again (its foot names the company)
    article = parse_text(
        "Metrosulawesi - Media Cetak dan Online Sulawesi Tengah\nBeranda\nPalu\nSigi\nDonggala\n"
        "Beranda › Sigi\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
        "Minggu, 5 Juni 2033 - 08:45 WITA\n\n"
        f"{BODY_ID}\n\n© 2033 PT Metro Sulawesi Media. Hak cipta dilindungi undang-undang."
    )
    assert article.source == "Metrosulawesi"
    assert article.headline == "Harga Beras Naik Lagi di Pasar Induk Cipinang"


def test_a_detik_channels_menu_and_its_path_run_together_over_the_headline() -> None:
    # detikHealth copied whole: the network's brands, the channel's menu, then its path run
    # together ("detikHealth Berita Detikhealth") over the headline
    article = parse_text(
        "detikcom\n"
        "detikNews detikEdu detikFinance detikHot detikInet detikSport detikOto detikTravel\n"
        "Masuk\nDaftar\ndetikHealth\nBerita\nKonsultasi\nDiet\nSehat Jiwa\nFoto\nVideo\nIndeks\n"
        "detikHealth Berita Detikhealth\n"
        "Kasus DBD Melonjak di Tengah Kemarau Basah, Kemenkes Minta Warga Tak Kendur 3M Plus\n"
        "Nafilah Ramadhani - detikHealth\nSelasa, 14 Jun 2033 10:32 WIB\n\n"
        f"Jakarta - {BODY_ID}"
    )
    assert article.headline.startswith("Kasus DBD Melonjak")
    assert article.author == "Nafilah Ramadhani"
    assert article.published == at(2033, 6, 14, 10, 32)


def test_a_match_stats_box_between_the_reports_paragraphs_does_not_end_it() -> None:
    # Sportstars.id: the match's figures in a box under a quote, then the report goes on
    last = "Timnas Indonesia akan menjalani laga terakhir fase grup melawan Jepang, Selasa (14/6)."
    article = parse_text(
        "Timnas Indonesia Tekuk Vietnam 2-1\nSelasa, 7 Juni 2033 21:40 WIB\n\n"
        "Timnas Indonesia menang 2-1 atas Vietnam dalam laga kedua fase grup di Stadion Gelora "
        "Bung Karno, Jakarta, Selasa malam.\n\n"
        '"Babak pertama kami terlalu terburu-buru. Dan gol itu datang," katanya.\n\n'
        "Statistik Pertandingan\nPenguasaan bola 54% - 46%\nTembakan ke gawang 6 - 2\n\n"
        "Rafael Sangaji, yang baru berusia 20 tahun, mendedikasikan gol debutnya di level "
        "senior untuk sang ibu di Ternate.\n\n"
        f"{last}"
    )
    assert article.body[-1] == last


def test_review_cases_a_headline_with_a_dash_a_sentence_with_a_price_and_match_labels() -> None:
    # a headline at the top that holds " - Media …" is no site's title; a story's sentence
    # that gives a subscription's price is the story's; a match's labels are no dateline
    article = parse_text(
        "Kominfo - Media Sosial Wajib Daftar PSE Sebelum 20 Juli\n"
        "Selasa, 5 Juli 2033 10:00 WIB\n\n" + BODY_ID
    )
    assert article.headline == "Kominfo - Media Sosial Wajib Daftar PSE Sebelum 20 Juli"
    priced = (
        "Vidio juga memperbarui paket premiumnya. Berlangganan mulai Rp29.000 per bulan, "
        "pengguna dapat menonton Liga 1 tanpa iklan."
    )
    assert parse_text(f"Harga Beras Naik Lagi\n\n{BODY_ID}\n\n{priced}").body[-1] == priced
    labelled = parse_text(
        "Persija Imbangi Persib\n\nBABAK PERTAMA, MENIT 45\nPersija menyamakan kedudukan lewat "
        "sundulan Marko Simic.\n\n" + BODY_ID
    )
    assert labelled.dateline is None


def test_a_table_of_contents_over_the_story_is_not_its_lede() -> None:
    # detikEdu: "Daftar Isi" over the subheads the story gives below, then the story
    article = page(
        "detikEdu\nHari Pertama MPLS, Kemendikdasmen Minta Sekolah Hapus Tugas Aneh\n"
        "Nadya Kirana Putri - detikEdu\nSenin, 18 Jul 2033 11:20 WIB\nDaftar Isi\n"
        "Larangan tugas yang tidak berkaitan dengan pembelajaran\nCerita siswa baru"
    )
    assert article.body[0].startswith("Harga beras")
    assert not any("Larangan tugas" in p for p in article.body)


@pytest.mark.parametrize(
    "foot",
    [
        # a phone's spec list, each spec and its value on a line (Gizmologi)
        "Spesifikasi Xiaomi 17T Pro\nLayar: AMOLED 6,7 inci, 1.5K, 144 Hz\n"
        "Kamera belakang: 50 MP + 50 MP periskop + 12 MP\nHarga: mulai Rp 10.999.000",
        # a car's, each spec over its value (OTO.com)
        "Spesifikasi Toyota Veloz Hybrid 2034\nMesin\n1.5L Dynamic Force + motor listrik\n"
        "Tenaga gabungan\n140 PS",
    ],
    ids=["a phone's", "a car's"],
)
def test_a_spec_table_under_a_review_is_not_the_story(foot: str) -> None:
    with_foot("Gizmologi\nHarga Beras Naik Lagi di Pasar Induk Cipinang", foot)


def test_a_wordpress_posters_account_under_the_headline_is_neither_headline_nor_writer() -> None:
    # Barito Post (WordPress): "admin" on its own line under the headline, then the stamp
    article = page(
        "BARITOPOST.CO.ID\nPendidikan\n"
        "Siswa SD di Bantaran Sungai Martapura Belajar di Rumah Warga, Gedung Sekolah Miring\n"
        "admin\nSenin, 22 Agustus 2033 | 10:05"
    )
    assert article.headline.endswith("Gedung Sekolah Miring")
    assert article.author is None


def test_a_channels_badge_between_its_name_and_follow_button_is_no_source() -> None:
    # kumparan on a phone: its logo and menu, the channel, its "Verified" badge, "Ikuti"
    article = page(
        "kumparan\nBuka App\nMasuk\nHome\nNews\nBisnis\nBola & Sports\nkumparanNEWS\n"
        "kumparanNEWS\nVerified\nIkuti\nHarga Beras Naik Lagi di Pasar Induk Cipinang\n"
        "18 Agustus 2033 20:15 WIB"
    )
    assert article.source is not None and article.source.casefold().startswith("kumparan")


@pytest.mark.parametrize(
    "headline",
    [
        # a headline that names a region's people or its police is no paper's or command's
        # site: the page stays on Jakarta's clock
        "Rakyat Papua Tolak Pemekaran",
        "Polda Papua Tangkap Penyelundup",
    ],
)
def test_a_headline_naming_an_eastern_region_sets_no_clock(headline: str) -> None:
    article = page(f"{headline}\nSenin, 3 Maret 2033 10:15\nOleh Rina Marlina")
    assert article.published == at(2033, 3, 3, 10, 15)


def test_a_courtesy_calls_heading_is_no_credit_over_the_lede() -> None:
    # "Courtesy Call …" as a subhead: the paragraph over it is the story's lede
    lede = (
        "MAKASSAR - Kapolda Sulawesi Selatan Irjen Pol Rusdi Hartono menerima kunjungan "
        "Pangdam XIV/Hasanuddin di Markas Polda Sulsel, Senin (3/3/2033)."
    )
    article = parse_text(
        f"Kapolda Sulsel Terima Kunjungan Pangdam\n\n{lede}\nCourtesy Call Pangdam XIV "
        "Hasanuddin\nDalam pertemuan itu, kedua pimpinan membahas pengamanan arus mudik."
    )
    assert article.dateline == "MAKASSAR"
    assert article.body[0].startswith("Kapolda Sulawesi Selatan")


def test_a_menus_last_item_over_the_accounts_buttons_is_no_paper() -> None:
    # OTO.com: its menu ends "Simulasi Kredit" over "Masuk / Daftar", and the credit widget
    # under the story says "Simulasi Kredit" again: a menu's item, no paper's name
    article = page(
        "OTO\nMobil Baru\nMobil Bekas\nBerita\nReview\nBandingkan\nSimulasi Kredit\n"
        "Masuk / Daftar\nBeranda\nBerita Mobil\nToyota\nVeloz\n"
        "Harga Beras Naik Lagi di Pasar Induk Cipinang\nOleh Reza Pahlevi\n21 Agu 2033",
        f"{BODY_ID}\n\nSimulasi Kredit\nHitung cicilan mobil impian Anda",
    )
    assert article.source != "Simulasi Kredit"


@pytest.mark.parametrize(
    ("top", "opening", "source"),
    [
        # a section's word over the headline, the site's name in the dateline
        ("Telko\n", "Selular.ID – Kementerian", "Selular.ID"),
        # the network's logo over its paper's address, the paper in the dateline
        (
            "Tribun Network\nserambinews.com\nLogin\nHome\nAceh\n",
            "SERAMBINEWS.COM, BANDA ACEH - Kementerian",
            "serambinews.com",
        ),
    ],
)
def test_the_site_its_dateline_names_beats_a_section_word_or_a_network_over_it(
    top: str, opening: str, source: str
) -> None:
    card = make_card(
        f"{top}Komdigi Tetapkan Tiga Pemenang Seleksi Pita 26 GHz untuk Layanan 5G\n"
        "Anggi Prameswari\n29 September 2033, 15:40 WIB\n"
        f"{opening} Komunikasi dan Digital resmi menetapkan tiga operator seluler sebagai "
        "pemenang seleksi pita frekuensi 26 GHz untuk layanan 5G.\n"
        "Masing-masing operator memperoleh blok selebar 800 MHz dengan harga Rp 2,14 triliun."
    )
    assert card.source == source


def test_a_logos_one_word_in_lower_case_over_the_sites_path_is_the_paper() -> None:
    card = make_card(
        "lombokpost\nHome › Sportainment › MotoGP\n"
        "Delapan Hari Jelang MotoGP Mandalika, Tiket Terjual 68 Persen\n"
        "Sabtu, 24 September 2033 | 10:12 WITA\nReporter: Baiq Nurul Hidayati\n"
        "SIAP DIGUNAKAN: Petugas merapikan area tribun di Sirkuit Mandalika, Jumat (23/9). "
        "(BAIQ NURUL/LOMBOK POST)\n"
        "PRAYA-Delapan hari menjelang balapan di Sirkuit Mandalika, penjualan tiket telah "
        "mencapai 68 persen dari total kapasitas 120 ribu kursi per hari.\n"
        "Seluruh tiket kategori tribun premium sudah habis terjual sejak pekan lalu."
    )
    assert card.source == "Lombok Post"


@pytest.mark.parametrize(
    ("top", "source"),
    [
        # the weather and the site's day (no year) over the Denver Post's name
        ("Skip to content\nAll Sections\nSubscribe Now\n54°F\nTuesday, October 4\n"
         "The Denver Post\ne-Edition\n", "The Denver Post"),
        # the menu's button, then the logo's word in lower case over the account's buttons
        ("Sections\noregonlive\nSubscribe\nSign In\nEducation\n", "OregonLive"),
    ],
)  # fmt: skip
def test_a_day_with_no_year_or_the_menus_button_over_the_logo_is_no_source(
    top: str, source: str
) -> None:
    card = make_card(
        f"{top}Portland Public Schools proposes closing 6 elementary schools\n"
        "By Natalie Brandvold | The Oregonian/OregonLive\n"
        "Oct. 10, 2033, 2:10 p.m.\n"
        "Portland Public Schools would close six elementary schools and redraw boundaries "
        "for nearly a fifth of its students under a plan district leaders released Monday.\n"
        "The board will vote in December."
    )
    assert card.source == source


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        # the site, then the town in capitals (KRjogja)
        ("Krjogja.com - BANTUL - Sebanyak", "BANTUL"),
        # the town, a bar, the story (PBSI)
        ("Odense | Sebanyak", "Odense"),
    ],
)
def test_a_dateline_of_site_then_town_or_of_town_and_a_bar(opening: str, place: str) -> None:
    card = make_card(
        "Festival Dalang Cilik Bantul 2033 Diikuti 46 Peserta\n"
        "Senin, 17 Oktober 2033 | 20:15 WIB\n"
        f"{opening} 46 dalang cilik dari 17 kapanewon unjuk kebolehan dalam festival yang "
        "digelar di Pendapa Parasamya, Senin (17/10/2033).\n"
        "Festival digelar setiap tahun sejak 2019."
    )
    assert card.dateline == place
    assert card.body[0].startswith("Sebanyak 46 dalang cilik")


def test_suaras_read_in_ten_seconds_box_is_no_story() -> None:
    first = (
        "Lembaga Layanan Pendidikan Tinggi Wilayah V meminta 12 perguruan tinggi swasta "
        "berskala kecil di DIY untuk segera melakukan penggabungan."
    )
    card = make_card(
        "LLDIKTI Minta 12 PTS Kecil di DIY Merger\nSenin, 17 Oktober 2033 | 13:05 WIB\n"
        "Baca 10 detik\nLLDIKTI Wilayah V minta 12 PTS kecil di DIY bergabung.\n"
        "Jumlah mahasiswa masing-masing kampus di bawah 500 orang.\n"
        f"SuaraJogja.id - {first}\n"
        "Rata-rata jumlah mahasiswa di 12 PTS itu kurang dari 500 orang."
    )
    assert card.body[0] == first


def test_a_copyright_notice_of_a_private_limited_company_names_the_paper() -> None:
    card = make_card(
        "Centre notifies new rules for online gaming firms\n\n"
        "The Centre on Tuesday notified new rules requiring online gaming companies to verify "
        "the age of every user and to cap daily deposits.\n\n"
        "The rules take effect on January 1.\n\n© The Indian Express Pvt Ltd"
    )
    assert card.source == "The Indian Express"


def test_a_box_of_the_sites_popular_stories_names_the_site() -> None:
    card = make_card(
        "Director Sets Second Feature With CJ ENM\n\nBy Elena Marchetti\n\n"
        "Korean filmmaker Kim Ha-neul will shoot her second feature on the southern island of "
        "Jindo next spring, Variety can reveal.\n\n"
        "CJ ENM is producing and financing the film.\n\nPopular on Variety\n\n"
        "Box office: horror sequel tops the weekend"
    )
    assert card.source == "Variety"


def test_the_sites_own_subscription_pitch_names_the_site() -> None:
    card = make_card(
        "Gene-edited chickens shrug off bird flu in world-first trial\n\n"
        "By Fiona Dalgetty\n\nPublished 7th Oct 2033, 11:30 BST\n\n"
        "Sign up for The Morning Brief newsletter, our daily digest.\n\n"
        "Did you know with a Digital Subscription to The Scotsman, you can get unlimited "
        "access to the website?\n\n"
        "Chickens with a single altered gene did not pass bird flu on to other birds in a "
        "world-first trial, scientists at the Roslin Institute said.\n\n"
        "The birds were bred at the institute's research facility near Edinburgh."
    )
    assert card.source == "The Scotsman"


@pytest.mark.parametrize("word", ["search", "subscribe", "trending"])
def test_a_menus_word_in_lower_case_over_the_sites_path_is_no_source(word: str) -> None:
    card = make_card(
        f"{word}\nHome › News › Politics\nCouncil approves new budget for schools\nBy Jane Doe\n"
        "September 14, 2033\n"
        "The city council on Tuesday approved a new budget for the district's schools, "
        "adding $4 million for teachers' pay.\nThe vote was 7-2."
    )
    assert card.source != word


@pytest.mark.parametrize("label", ["VIRAL", "PSSI"])
def test_a_label_in_capitals_after_the_sites_name_is_no_town(label: str) -> None:
    card = make_card(
        "Video Pengendara Motor Lawan Arah di Jalan Tol Beredar Luas\n"
        "Senin, 17 Oktober 2033 | 20:15 WIB\n"
        f"Krjogja.com - {label} - Sebuah video yang memperlihatkan pengendara sepeda motor "
        "melawan arah di jalan tol beredar luas di media sosial sejak Minggu malam.\n"
        "Polisi masih mencari pengendara tersebut."
    )
    assert card.dateline is None


@pytest.mark.parametrize(
    ("top", "source"),
    [
        # a country's section over the headline names no outlet
        ("Bangladesh\nHealth\n", None),
        # "Headlines" / "Nation" over the headline, the outlet under it as the byline
        ("Headlines\nNation\n", "Philstar.com"),
    ],
)
def test_a_country_or_headlines_over_the_headline_is_a_section(
    top: str, source: str | None
) -> None:
    card = make_card(
        f"{top}Dengue: 14 more deaths in 24 hours as hospitals fill\n"
        + ("Philstar.com\n" if source else "Tasnim Rahman Chowdhury\n")
        + "November 7, 2033 | 9:15pm\n"
        "Fourteen more people died of dengue in the 24 hours to Thursday morning, the health "
        "directorate said, as hospitals reported beds full in their dengue wards.\n"
        "The directorate said 1,204 patients were admitted in the same period."
    )
    assert card.source == source


@pytest.mark.parametrize(
    ("foot", "source"),
    [
        ("Report an error\nWhy you can trust CTV News", "CTV News"),
        (
            "Lorena Vasquez covers technology and energy for The Dallas Morning News. She "
            "joined the paper in 2029.",
            "The Dallas Morning News",
        ),
    ],
)
def test_the_sites_own_notes_under_the_story_name_it(foot: str, source: str) -> None:
    card = make_card(
        "Business\nTechnology\n"
        "County approves tax break for $4.2 billion data center campus\n"
        "By Lorena Vasquez\nNov. 15, 2033 6:00 AM\n"
        "Ellis County commissioners on Tuesday approved a 10-year tax abatement for a $4.2 "
        "billion data center campus south of Waxahachie.\n"
        "The company expects to begin construction in the spring.\n"
        f"{foot}"
    )
    assert card.source == source
