"""Pages saved by a web clipper as Markdown, or passed on in an e-mail, read as the page.

The pages are written for these tests in the shapes Obsidian's web clipper and Gmail save
them; none is copied from an outlet.
"""

import textwrap
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from digest.apps import is_app
from digest.card import make_card
from digest.model import ArticleRejected, Card
from digest.parse import parse_text

WIB = timezone(timedelta(hours=7))

STORY = (
    "Pemerintah resmi mewajibkan platform digital memverifikasi usia penggunanya mulai Juli "
    "2026, lewat peraturan menteri yang diteken pekan lalu.\n\n"
    "“Kami tidak melarang anak memakai internet. Yang kami atur adalah platformnya,” kata "
    "Direktur Tata Kelola Komdigi, Anindito Wirasena Putro.\n\n"
    "Komdigi akan menggelar konsultasi publik mengenai standar teknis verifikasi usia."
)
HEADLINE = "Platform Digital Wajib Verifikasi Usia Pengguna Mulai Juli 2026"
_PARAGRAPHS = STORY.split("\n\n")

CLIPPED = f"""---
title: "{HEADLINE}"
source: "https://asumsi.co/post/110482/platform-digital-wajib-verifikasi-usia/"
author:
  - "[[Asumsi]]"
published: 2025-11-11
created: 2025-11-12
tags:
  - "clippings"
---
# {HEADLINE}

[Beranda](https://asumsi.co/) › [Teknologi](https://asumsi.co/kategori/teknologi/)

Oleh [Dinda Prameswari Kusnadi](https://asumsi.co/author/dinda/) · 11 November 2025, 17.40 WIB

![Ilustrasi anak bermain gawai](https://asumsi.co/wp-content/uploads/ilustrasi.jpg)
*Ilustrasi anak menggunakan gawai. (Foto: Asumsi/Shutterstock)*

{STORY.replace("“Kami", "> “Kami").replace("Komdigi, ", "[Komdigi](https://komdigi.go.id), ")}
"""


def test_a_web_clippers_markdown_reads_as_the_page() -> None:
    card = make_card(CLIPPED)
    assert (card.headline, card.author, card.source) == (
        HEADLINE,
        "Dinda Prameswari Kusnadi",
        "asumsi.co",  # the address the clipper recorded
    )
    assert card.published == datetime(2025, 11, 11, 17, 40, tzinfo=WIB)
    assert card.body[0].startswith("Pemerintah resmi")
    assert not any("](" in p or p.startswith((">", "#", "!")) for p in card.body)
    assert card.key_quote is not None
    assert card.key_quote.speaker == "Anindito Wirasena Putro"


def test_a_front_matter_with_a_day_only_gives_the_day() -> None:
    clipped = CLIPPED.replace(" · 11 November 2025, 17.40 WIB", "")
    assert parse_text(clipped).published == datetime(2025, 11, 11, tzinfo=WIB)


_PAGE_IN_MAIL = (
    "Local News\nCouncil fines builder for taking deposits for jobs he never did\n"
    "By Jonah Whitlock, The Valley Courier\nJul 13, 2032\nUpdated 6 hrs ago\nFacebook\n"
    "Twitter\nEmail\n\nVALLEYTON — A home improvement contractor who took deposits from "
    "dozens of homeowners and never did the work was fined on Tuesday, the council said.\n\n"
    "He must also repay $412,600 to 31 customers within a year, the council added."
)


@pytest.mark.parametrize(
    "note",
    [
        # Outlook: the office's warning on mail from outside, the note, the sender's name,
        # "Sent from Outlook" and the line it draws
        "CAUTION: This email originated from outside of the organization. Do not click links "
        "or open attachments unless you recognize the sender and know the content is safe."
        "\n\nPete – isn't this the same guy who bid on our porch job? Pasted the whole thing "
        "below because the link wants a login.\n\nMo\n\nSent from Outlook\n\n"
        "________________________________",
        # a greeting and a sign-off, then the warning
        "Hi all, FYI on the council's decision this morning.\n\nRegards,\nAisyah\n\n"
        "[External email] This email originated from outside the organisation. Do not click "
        "links or open attachments unless you recognise the sender.",
        "Tolong dibaca sebelum rapat.\n\nSalam,\nBudi\n\nDikirim dari iPhone saya",
    ],
)
def test_a_page_pasted_under_a_mails_note_reads_as_the_page(note: str) -> None:
    mail = (
        "From: Maureen Day <maureen@example.com>\nSent: Tuesday, July 13, 2032 9:02 PM\n"
        f"To: Peter Day <peter@example.com>\nSubject: FW: builder fined\n\n{note}\n\n"
        f"{_PAGE_IN_MAIL}"
    )
    card = make_card(mail)
    assert (card.headline, card.source, card.body[0][:30]) == (
        "Council fines builder for taking deposits for jobs he never did",
        "The Valley Courier",
        "A home improvement contractor ",
    )


def test_a_notes_heading_under_its_front_matter_is_the_headline_and_its_box_no_story() -> None:
    # HackMD: the block's title is the note's own name; the page's title is the heading under
    # it, then the note's tags, an ":::info" box with the address and the clipping's day, and
    # the site's licence at the foot.
    note = (
        "---\ntitle: Asumsi - verifikasi usia\ntags: clippings, teknologi\n---\n\n"
        f"# {HEADLINE}\n\n###### tags: `clippings` `teknologi`\n\n:::info\n"
        "Source: https://asumsi.co/post/110482/platform-digital-wajib-verifikasi-usia/\n"
        "Clipped Nov 14, 2025\n:::\n\n**Oleh DINDA PRAMESWARI**\n**11 November 2025**\n\n"
        f"{STORY}\n\n> Creative Commons License: Asumsi stories are licensed under a Creative "
        "Commons Attribution-NonCommercial 4.0 International License."
    )
    card = make_card(note)
    assert (card.headline, card.source, card.published) == (
        HEADLINE,
        "asumsi.co",
        datetime(2025, 11, 11, tzinfo=WIB),
    )
    assert list(card.body) == _PARAGRAPHS


@pytest.mark.parametrize(
    ("front", "headline"),
    [
        # fields kabar cannot read go with their block; the page under it is read as text
        ("---\ntitle: [not closed\n---\n", HEADLINE),
        ("---\n- a list\n---\n", HEADLINE),
        # a rule over words that are no fields is the page's own text
        ("---\nKabar Pagi\n---\n", "Kabar Pagi"),
    ],
)
def test_a_block_of_fields_kabar_cannot_read_is_dropped_and_the_page_read(
    front: str, headline: str
) -> None:
    assert parse_text(f"{front}{HEADLINE}\n\n{STORY}").headline == headline


FORWARDED = f"""Mas Bayu,

Fyi, ini berita yang kemarin ramai di grup. Tolong dicek lagi sebelum rapat jam 8.30 ya.

Salam,
Rina

---------- Forwarded message ---------
From: Hendra Wiratmaja <hendra@surel-kantor.id>
Date: Wed, Nov 12, 2025 at 7:52 AM
Subject: Verifikasi usia - Asumsi
To: Tim Riset <riset@surel-kantor.id>


Tolong dibaca, nanti kita bahas.

{HEADLINE}

Selasa, 11/11/2025 19:45 WIB
Penulis: Dinda Prameswari Kusnadi

{STORY}

--
Hendra Wiratmaja
Kepala Riset

Email ini beserta lampirannya bersifat rahasia dan hanya ditujukan bagi penerima yang dimaksud.
"""


# Outlook's chain: a forward of a message that pasted the page, each under a rule and a header
FORWARDED_IN_OUTLOOK = f"""From: Wiratama, Hendra <hendra@bprartha.co.id>
Sent: Tuesday, November 11, 2025 7:52 PM
To: Divisi Riset <riset@bprartha.co.id>
Subject: FW: [EXTERNAL] {HEADLINE}

Bapak/Ibu,

FYI untuk rapat hari Kamis.

Hendra Wiratama
Jl. Pemuda No. 118, Semarang

________________________________
From: Anggraini, Putri <putri@bprartha.co.id>
Sent: Tuesday, November 11, 2025 7:50 PM
Subject: [EXTERNAL] {HEADLINE}

CAUTION: This email originated from outside of the organization. Do not click links.

Pak Hendra, berikut artikelnya, saya salin lengkap.

{HEADLINE}{FORWARDED.split(HEADLINE, 1)[1].split(chr(10) + "--" + chr(10), 1)[0]}"""


# Proton Mail's: its folders, the forward's own header and note, then its mark in capitals
# over the newsletter it forwards, whose foot says why it was sent
FORWARDED_IN_PROTON = f"""Proton Mail
New message
Inbox 3
Drafts

Fwd: {HEADLINE}
From: Hendra Wiratmaja <hendra@proton.me>
To: Tim Riset <riset@surel-kantor.id>
Date: Wednesday, November 12th, 2025 at 7:52 AM

Tolong dibaca sebelum rapat.

Sent with Proton Mail secure email.

------- Forwarded Message -------
From: Asumsi <newsletter@asumsi.co>
Date: On Tuesday, November 11th, 2025 at 8:02 PM
Subject: {HEADLINE}

{HEADLINE}{FORWARDED.split(HEADLINE, 1)[1].split(chr(10) + "--" + chr(10), 1)[0]}

You are receiving this because you subscribed to news alerts from Asumsi."""


# Roundcube's, in Indonesian: the window's title, the folders, the mail's header and note,
# then the original message's mark and its own fields ("Judul:") over the page
FORWARDED_IN_ROUNDCUBE = f"""Roundcube Webmail :: Fwd: berita verifikasi usia
Kotak Masuk (14)   Draf   Terkirim   Spam   Sampah
Tulis   Balas   Balas semua   Teruskan   Hapus

Dari: Hendra Wiratmaja <hendra@sekolah.sch.id>
Kepada: guru@sekolah.sch.id
Tanggal: 2025-11-12 07:52
Subjek: Fwd: berita verifikasi usia

Bapak/Ibu, berikut berita dari Asumsi tadi malam. Mohon dibaca sebelum rapat.

-------- Pesan Asli --------
Judul: {HEADLINE}
Tanggal: 11-11-2025 20:02
Dari: Asumsi <newsletter@asumsi.co>

{HEADLINE}{FORWARDED.split(HEADLINE, 1)[1].split(chr(10) + "--" + chr(10), 1)[0]}"""


@pytest.mark.parametrize(
    "mail",
    [FORWARDED, FORWARDED_IN_OUTLOOK, FORWARDED_IN_PROTON, FORWARDED_IN_ROUNDCUBE],
    ids=["gmail", "outlook", "proton", "roundcube"],
)
def test_a_forwarded_email_reads_as_the_page_it_forwards(mail: str) -> None:
    card = make_card(mail)
    assert (card.headline, card.author) == (HEADLINE, "Dinda Prameswari Kusnadi")
    assert card.published == datetime(2025, 11, 11, 19, 45, tzinfo=WIB)
    assert card.body[-1].startswith("Komdigi akan menggelar")  # not the signature or disclaimer


def test_an_email_with_nothing_forwarded_is_rejected_or_read_as_it_is() -> None:
    with pytest.raises(ArticleRejected):
        parse_text("---------- Forwarded message ---------\nFrom: a@b.id\nSubject: x\n")


POST = f"""Kabar Kupang
20 November pukul 18.45 · 🌏

PLATFORM DIGITAL WAJIB VERIFIKASI USIA PENGGUNA ⚠️

{STORY}

✍️ Reporter: Agustinus Nenobais Lopo

Selengkapnya baca di 👇
https://kabarkupang.example.id/2025/11/20/platform-digital-wajib-verifikasi-usia/

KABARKUPANG.EXAMPLE.ID
{HEADLINE}
Pemerintah resmi mewajibkan platform digital memverifikasi usia penggunanya...

👍😮 1,2 rb
218 komentar   96 kali dibagikan

Suka   Komentari   Bagikan

Melki Seran Nahak
Semoga aturannya cepat jalan 🙏
2 j   Suka   Balas   14
"""


def test_an_outlets_post_sharing_its_story_reads_as_the_story() -> None:
    card = make_card(POST)
    assert (card.headline, card.source, card.author) == (
        HEADLINE,  # the link card's title, not the post's words in capitals
        "Kabar Kupang",
        "Agustinus Nenobais Lopo",
    )
    # the post gives no year: the story's address does
    assert card.published is not None
    assert (card.published.year, card.published.month, card.published.day) == (2025, 11, 20)
    assert (card.published.hour, card.published.minute) == (18, 45)
    assert card.body[0].startswith("Pemerintah resmi")
    assert card.body[-1].startswith("Komdigi akan menggelar")  # no card, counts or comments


def test_a_post_with_no_link_card_is_read_as_it_is() -> None:
    text = POST.split("KABARKUPANG.EXAMPLE.ID")[0]
    assert parse_text(text).headline != HEADLINE


NEWSLETTER = f"""From: Kabar Digital <kabar@kabardigital.example.id>
To: pembaca@gmail.com
Date: Fri, Nov 28, 2025, 7:00 AM
Subject: Kabar Pekan Ini: verifikasi usia

Tidak bisa membaca email ini? Lihat di browser

KABAR DIGITAL
Kabar Pekan Ini — Edisi 47/2025
Jumat, 28 November 2025

Halo, Pembaca,
Pekan ini kami membahas aturan baru tentang anak dan platform digital.

DAFTAR ISI
→ Verifikasi usia mulai 2026
→ Lowongan kerja pekan ini

LAPORAN UTAMA

{HEADLINE}

Oleh Dinda Prameswari Kusnadi
Selasa, 11 November 2025 | 17:40 WIB

{STORY}
"""


def _is_the_story(card: Card, source: str) -> None:
    """The card of the story written at 17:40 on 11 November 2025, under its outlet's name."""
    assert (card.headline, card.source, card.author) == (
        HEADLINE,
        source,
        "Dinda Prameswari Kusnadi",
    )
    assert card.published == datetime(2025, 11, 11, 17, 40, tzinfo=WIB)
    assert card.body[0].startswith("Pemerintah resmi mewajibkan")


def test_a_newsletters_lead_story_reads_as_the_story_under_its_masthead() -> None:
    # the e-mail's header, the greeting, the contents and the section label are no story
    _is_the_story(make_card(NEWSLETTER), "KABAR DIGITAL")
    # English, with the date after the byline's slashes
    english = make_card(
        NEWSLETTER.replace(
            "Tidak bisa membaca email ini? Lihat di browser", "View in browser"
        ).replace(
            "Oleh Dinda Prameswari Kusnadi\nSelasa, 11 November 2025 | 17:40 WIB",
            "By Dinda Prameswari Kusnadi // 11 November 2025",
        )
    )
    assert (english.headline, english.author) == (HEADLINE, "Dinda Prameswari Kusnadi")
    assert english.published is not None and english.published.date().day == 11
    # the offer of the web version, the day and the writer's label in one row
    row = make_card(
        NEWSLETTER.replace("Lihat di browser", "Lihat versi web.").replace(
            "Oleh Dinda Prameswari Kusnadi\nSelasa, 11 November 2025 | 17:40 WIB",
            "Selasa, 11 November 2025, 17:40 WIB | Penulis: Dinda Prameswari Kusnadi",
        )
    )
    _is_the_story(row, "KABAR DIGITAL")


@pytest.mark.parametrize(
    ("header", "offer", "item"),
    [
        # Gmail in Indonesian: the subject, the folder, the sender, the day, "kepada saya";
        # the lead story closes on the link to the whole of it
        (
            "Kabar Pekan Ini: verifikasi usia\nKotak Masuk\n\n"
            "Kabar Digital <kabar@kabardigital.example.id>\nJum, 28 Nov 2025 07.00\n"
            "kepada saya\n\n",
            "Lihat versi peramban",
            "Baca selengkapnya di kabardigital.example.id →\n\nLAINNYA PEKAN INI\n"
            "Lowongan kerja pekan ini",
        ),
        # Gmail in English, a numbered newsletter's first item and a picture's credit over
        # its byline (Axios)
        (
            "Kabar Pekan Ini: verifikasi usia\nInbox\n\n"
            "Kabar Digital <kabar@kabardigital.example.id>\nUnsubscribe\n"
            "Fri, Nov 28, 2025, 7:00 AM\nto me\n\n",
            "View in browser",
            "2. 🚌 Lowongan kerja pekan ini\n\nTiga perusahaan membuka lowongan.",
        ),
    ],
)
def test_a_newsletter_a_webmail_shows_reads_as_its_lead_story(
    header: str, offer: str, item: str
) -> None:
    text = NEWSLETTER.split("\n\n", 1)[1].replace(
        "Tidak bisa membaca email ini? Lihat di browser", offer
    )
    if offer == "View in browser":
        text = text.replace(
            f"{HEADLINE}\n\nOleh", f"1 big thing: {HEADLINE}\n\nIllustration: Kabar Visuals\n\nOleh"
        )
    card = make_card(f"{header}{text}\n{item}")
    assert (card.headline, card.source, card.author) == (
        HEADLINE,
        "Kabar Digital",
        "Dinda Prameswari Kusnadi",
    )
    assert card.body == tuple(_PARAGRAPHS)


PAGE = f"""Asumsi
Beranda   Teknologi   Politik

{HEADLINE}

Oleh Dinda Prameswari Kusnadi
Selasa, 11 November 2025 | 17:40 WIB

{STORY}
"""


@pytest.mark.parametrize(
    "toolbar",
    [
        "The Wayback Machine - https://web.archive.org/web/20251114021833/https://asumsi.co/post/1\n"
        "INTERNET ARCHIVE\nWayback Machine\nhttps://asumsi.co/post/1\nGo\n17 captures\n"
        "14 Nov 2025 - 20 Nov 2025\nOCT\tNOV\tDEC\n14\n2024\t2025\t2026\nsuccess\nfail\n"
        "About this capture\nCOLLECTED BY\nCollection: Save Page Now Outlinks\nTIMESTAMPS\n"
        "The Wayback Machine - https://web.archive.org/web/20251114021833/https://asumsi.co/post/1\n",
        "archive.ph\nwebpage capture\nSaved from\nhttps://asumsi.co/post/1\nsearch\n"
        "12 Nov 2025 11:02:45 UTC\nAll snapshots from host asumsi.co\nWebpage    Screenshot\n"
        "share   download .zip   report bug or abuse   Buy me a coffee\n",
    ],
)
def test_a_web_archives_copy_reads_as_the_page_it_keeps(toolbar: str) -> None:
    # the archive's toolbar, its capture time and its counts are no part of the page
    _is_the_story(make_card(f"{toolbar}\n{PAGE}"), "Asumsi")


@pytest.mark.parametrize(
    "above",
    [
        # a WhatsApp channel's post, the rule the reader drew, then the page it links
        "Asumsi ✓\nSaluran • 48,6 rb pengikut\n\nPLATFORM DIGITAL WAJIB VERIFIKASI USIA\n\n"
        "Aturan baru berlaku Juli 2026. Simak 👇\n\nhttps://asumsi.co/post/1\n\n#Komdigi\n19.32\n"
        "👍 214  😢 37\n\n---\n",
        # a LinkedIn post whose link card gives the site's address, not a link
        "LinkedIn\nHome   My Network   Jobs\n\nDimas Arief Kurniawan • 2nd\n3d • 🌐\n\n"
        "Worth a read 👇 #Komdigi\n\nasumsi.co\nAturan baru verifikasi usia\n\n"
        "Like   Comment   Repost   Send\n\n---\n",
        # a Notion database's page: its path, its title, its properties, then the page
        f"Riset / Kliping / {HEADLINE}\n\nShare   ☆   ⋯\n\n{HEADLINE}\nURL\n"
        "https://asumsi.co/post/1\nCreated\nNovember 12, 2025 9:12 PM\nTags\nanak\n"
        "Status\nBelum dibaca\n+ Add a property\n\nAdd a comment...\n\n",
        # the tab's title and the address, as a browser's "copy title and link" pastes them
        f"{HEADLINE} - Asumsi\nhttps://asumsi.co/post/1\n\n",
        # an outlet's app shares the headline, the address and its note (and a rule)
        f"{HEADLINE}\nhttps://asumsi.co/post/1\n\n"
        "Dibagikan dari aplikasi Asumsi. Unduh di Google Play.\n\n─────────────\n\n",
        f"{HEADLINE}\nhttps://asumsi.co/post/1\nShared from the Asumsi app\n\n",
        # a browser's offer to translate the page, and the site's address under it
        "Translate this page?\nIndonesian    English    ⋮\n"
        "Always translate Indonesian   Never translate this site\nasumsi.co\n\n",
        "Deze pagina is in het Indonesisch. Vertalen naar Nederlands?\n"
        "Indonesisch   Nederlands   ⋮\nVertalen   Nooit Indonesisch vertalen   "
        "Nooit deze site vertalen\n\n",
        # Google Translate's bar over the page it translated
        "asumsi-co.translate.goog/post/1?_x_tr_sl=en&_x_tr_tl=id&_x_tr_hl=id\n\n"
        "Google Terjemahan\nAsli    Terjemahan\n"
        "Diterjemahkan oleh Google dari: Inggris ▾   ke: Indonesia ▾\n"
        "Pertahankan terjemahan ini   ✕\n\n",
        # a Google Alerts e-mail, a rule, then the page one of its links opens
        "Google Alert - verifikasi usia\nKotak Masuk\n\nGoogle Alerts "
        "<googlealerts-noreply@google.com>\nRab, 12 Nov, 06.31\nkepada saya\n\n"
        "verifikasi usia\nPembaruan harian ⋅ 12 November 2025\n\nBERITA\n\n"
        f"{HEADLINE} | Asumsi\nAsumsi\nAturan baru berlaku Juli 2026 ...\n"
        "Tandai tidak relevan\n\nLihat semua hasil Anda\n\n"
        "Anda menerima email ini karena Anda berlangganan Google Alerts.\n\n"
        "----------------------------------------\n\n",
        # a class's assignment: the teacher's note naming the source, a rule, the story
        "Google Classroom\n☰   XI IPS 2 – Bahasa Indonesia   Forum   Tugas Kelas   Anggota\n\n"
        "Tugas 3 – Menganalisis Unsur Teks Berita (5W+1H)\nYohana Marlissa Rumbekwan • 9 Mar\n"
        "100 poin   Tenggat: Kamis, 12 Mar, 23.59\n\nSelamat siang anak-anak. Bacalah teks "
        "berita di bawah ini dengan cermat, lalu kerjakan pertanyaan di bagian akhir.\n\n"
        "Sumber: https://asumsi.co/post/1\n\n---------------------------------------------\n\n",
        # an Evernote clipping's header over the page
        f"{HEADLINE}\nClipped from: https://asumsi.co/post/1\n"
        "Created: 25 Nov 2025 08:11   Updated: 25 Nov 2025 08:11\nNotebook: Riset\n"
        "Tags: verifikasi usia, anak\n\n",
    ],
)
def test_a_post_or_a_clipping_header_over_the_page_is_not_the_page(above: str) -> None:
    _is_the_story(make_card(f"{above}{PAGE}"), "Asumsi")
    # a lesson's questions on the story under it are not the story
    card = make_card(
        f"{above}{PAGE}\nPERTANYAAN\n1. Tentukan unsur 5W+1H dalam berita di atas.\n"
        "2. Siapa saja narasumber yang dikutip dalam berita?"
    )
    assert card.body[-1].startswith("Komdigi akan menggelar")


def test_a_media_monitoring_reports_story_with_the_day_it_records() -> None:
    # a PR agency's daily report: its summary, a record of fields, the story under "Naskah
    # Berita:", the analyst's note and the next record. The story prints no zone; the
    # record gives the outlet's (WITA).
    report = (
        "LAPORAN PEMANTAUAN MEDIA HARIAN\nKlien            : Dinas Kominfo\n"
        "Tanggal Pemantauan : Rabu, 12 November 2025\n\nRINGKASAN HARIAN\n"
        "Total pemberitaan : 23 berita (online 19, cetak 4)\n\n" + "-" * 60 + "\n"
        "No. 07/23\nMedia            : asumsi.co\nJenis Media      : Online\n"
        "Tanggal Terbit   : 11/11/2025\nJam Terbit       : 17:40 WITA\n"
        "Wartawan         : Dinda Prameswari Kusnadi\nTone             : Netral\n"
        "Tautan           : https://asumsi.co/post/1\n\nRingkasan Analis:\n"
        "Pemberitaan mengenai aturan verifikasi usia. Klien ditampilkan netral.\n\n"
        f"Naskah Berita:\n\n{HEADLINE}\n\n11 November 2025 | 17:40\n"
        f"Penulis : Dinda Prameswari Kusnadi\n\n{STORY}\n\nCatatan Analis:\n"
        "Pernyataan direktur dapat dijadikan pesan kunci dalam rilis lanjutan.\n\n"
        + "-"
        * 60
        + "\nNo. 08/23\nMedia            : Radar Tarakan\nJudul            : Penumpang "
        "Keluhkan Antrean\n(naskah terlampir pada halaman berikut)\n"
    )
    card = make_card(report)
    assert (card.headline, card.author) == (HEADLINE, "Dinda Prameswari Kusnadi")
    assert card.published == datetime(2025, 11, 11, 17, 40, tzinfo=timezone(timedelta(hours=8)))
    assert list(card.body) == _PARAGRAPHS


def test_a_story_read_in_press_readers_replica_of_the_paper() -> None:
    # the app's bar and the edition's days over the story; the paper, its day and page over
    # it; the record of the article and the app's notice under it
    replica = (
        "PressReader\nCatalog   For You   Asumsi\n\nAsumsi\n10 Nov 2025    11 Nov 2025\n"
        "Sign in    Start free trial\n\nListen   Translate   Share   Comment   Print\n\n"
        f"Asumsi · 11 Nov 2025 · 8\n\nTeknologi\n\n{HEADLINE}\n\n"
        f"DINDA PRAMESWARI KUSNADI\ndinda.kusnadi@asumsi.co\n\n{STORY}\n\n"
        f"Article Name: {HEADLINE}\nPublication: Asumsi\nAuthor: DINDA PRAMESWARI KUSNADI\n"
        "Start Page: 8\n\nPrinted and distributed by PressReader\n\nNext article ›\n"
        "Harga Beras Naik Lagi"
    )
    card = make_card(replica)
    assert (card.headline, card.source, card.author) == (
        HEADLINE,
        "Asumsi",
        "Dinda Prameswari Kusnadi",
    )
    assert card.published == datetime(2025, 11, 11, tzinfo=WIB)
    assert list(card.body) == _PARAGRAPHS


def test_a_page_pasted_into_a_team_chats_channel() -> None:
    # Slack: the workspace and channel, a link with its preview, the page pasted under the
    # sender's word, its thread's count, the replies and the next message
    channel = (
        "Yayasan Sungai Hijau\n# monitoring-media\n12 members  ·  Pantauan berita harian\n\n"
        "Wednesday, November 12th\n\nDimas Arya Pratama  9:58 AM\nPagi semua, ada update 👇\n"
        f"https://asumsi.co/post/1\nAsumsi\n{HEADLINE} | Asumsi\n\n"
        "Dimas Arya Pratama  10:01 AM\nfull text-nya aku tempel di sini ya, webnya lemot\n\n"
        f"{PAGE}\n3 replies\nLast reply today at 11:20 AM\n\n"
        "    Rina Oktaviani  10:14 AM\n    Makasih Dim, aku ambil kutipannya ya\n\n"
        "Dimas Arya Pratama  11:25 AM\n@channel rapat jam 2 siang di ruang tengah\n\n"
        "Message #monitoring-media"
    )
    card = make_card(channel)
    _is_the_story(card, "Asumsi")
    assert list(card.body) == _PARAGRAPHS


def test_a_newsrooms_draft_with_its_header_of_fields() -> None:
    # a draft as the CMS shows it: its fields, a rule, the story with an ad's slot marked,
    # then the desk's tags under a second rule
    draft = (
        "NASKAH BERITA — HARIAN ASUMSI ONLINE\nRubrik: Teknologi\n"
        "Penulis: Dinda Prameswari Kusnadi (dpk)\nEditor: Ruslan Hadi Wibisono\n"
        "Status: SIAP TAYANG\nJadwal tayang: Selasa, 11 November 2025, pukul 17.40 WIB\n"
        "Dibuat: Senin, 10 November 2025 19.47\n\n────────────────────\n\n"
        f"{HEADLINE}\n\n"
        + STORY.replace("\n\n", "\n\n[IKLAN — posisi in-article 1]\n\n", 1)
        + "\n\n────────────────────\n[TAG: verifikasi usia, Komdigi]"
    )
    card = make_card(draft)
    assert (card.headline, card.author) == (HEADLINE, "Dinda Prameswari Kusnadi")
    assert card.published == datetime(2025, 11, 11, 17, 40, tzinfo=WIB)
    assert list(card.body) == _PARAGRAPHS


def test_a_rule_under_a_pages_address_is_not_a_post() -> None:
    # a reader view's address over a rule, with no post's marks: its headline stays
    card = make_card(f"{HEADLINE}\nhttps://asumsi.co/post/1\n---\n\n{STORY}")
    assert card.headline == HEADLINE


@pytest.mark.parametrize(
    ("bar", "source"),
    [
        # a feed reader's bar and folders, the feed's item, its buttons, then the page
        (
            "Inoreader\n+ Add   Dashboard   All articles   Starred   Read later   Search\nFeeds\n"
            "  ▾ Berita (34)\n      Asumsi (7)\n\nAsumsi · 2d\n"
            f"{HEADLINE}\nby Dinda Prameswari Kusnadi\n\n"
            "Mark as read   ☆ Star   Read later   Share   Open in new tab ↗\n\n",
            "Asumsi",
        ),
        # a news app's story card over the page it opens
        (
            "Google News\nFor you   Following   Indonesia   World\n\n← Full coverage\n"
            "Aturan baru verifikasi usia\n\nasumsi.co\n🔒 https://asumsi.co/post/1\n⋮\n\n",
            "Asumsi",
        ),
        # Google Discover's card, then the page in its browser, under its own bar
        (
            "Google\n🔍  Telusuri atau ketik URL     🎙  📷\n\nDiscover\nUntuk Anda\n\nasumsi.co\n"
            'Aturan baru verifikasi usia\n20 j  ·  ♡   ↗   ⋮\n  Tertarik dengan "Komdigi"?   Ya\n\n'
            "──────────────\n✕   asumsi.co   🔒        ↗   ⋮\n\n",
            "Asumsi",
        ),
        # Flipboard: a reader's flip of the page, the outlet and its address over it
        (
            "Flipboard\nFor You   Following   Explore          🔍   🔔\n\n←      ♡   💬   ⤴   ⋯\n\n"
            'Flipped into Tekno by Marcus Tandiono-Reyes\n"Worth reading."\n\n'
            "Asumsi · asumsi.co · 4h\n\n",
            "Asumsi",
        ),
        # feedly's folders, the item with its writer and age, its buttons
        (
            "feedly\n☰  Today   Read Later        🔍  + Follow Sources\n\nFEEDS\n  All\n"
            f"  Teknologi  (24)\n\nAsumsi\n{HEADLINE}\n"
            "Asumsi  /  by Dinda Prameswari Kusnadi  /  2h\n\n"
            "🔖 Read Later    ✉ Share    Visit Website ↗\n\n",
            "Asumsi",
        ),
        # the BaBe app's bar and the channel it follows; Telegram's Instant View; Edge's
        # Immersive Reader
        (
            "←   BaBe      🔊   Aa   ⋮\n\nAsumsi ✓\n3 jam yang lalu · 1,8 rb dibaca\n+ Ikuti\n\n",
            "Asumsi",
        ),
        ("✕        ⚡ Instant View        ⋮\n\n", "Asumsi"),
        (
            "Immersive Reader\n🔊 Read aloud   Aa Text preferences   📖 Reading preferences   ✕"
            "\n\nasumsi.co\n6 min read\n\n",
            "Asumsi",  # the page's address over the page's logo, which spells it
        ),
    ],
)
def test_a_page_seen_in_a_reader_app_reads_as_the_page(bar: str, source: str) -> None:
    page = PAGE if "Asumsi ·" not in bar else PAGE.split("\n", 2)[2]  # the page may name no outlet
    _is_the_story(make_card(f"{bar}{page}"), source)


def test_a_feed_readers_item_over_the_story_and_its_buttons_under_it() -> None:
    # feedly: the feed, its item with the writer and age, the feed's stamps, the story; the
    # buttons, the feed's count and the next item under the story
    card = make_card(
        "feedly\nToday   Read Later   Recently Read   Teknologi   Asumsi\n\nAsumsi\n"
        "Asumsi / by Dinda Prameswari Kusnadi / 4h\n"
        "Published: Tue, 11 Nov 2025 10:40:00 GMT\nReceived: Tue, 11 Nov 2025 10:51:08 GMT\n\n"
        f"{HEADLINE}\n\n{STORY}\n\nVisit Website\nSave to Board   Mark as Read   Share\n"
        "Asumsi · 18 stories today\nNext: Lowongan kerja pekan ini"
    )
    assert (card.headline, card.source, card.author) == (
        HEADLINE,
        "Asumsi",
        "Dinda Prameswari Kusnadi",
    )
    assert list(card.body) == _PARAGRAPHS


def test_a_feed_readers_entry_whose_page_prints_no_headline() -> None:
    # Inoreader: the item's title, feed, writer and stamp in the reader's header; the page
    # under its buttons opens on the day and the story
    card = make_card(
        "Inoreader\nDashboard   All articles   Read later   Teknologi (14)\nAsumsi\n\n"
        f"{HEADLINE}\nAsumsi · by Dinda Prameswari Kusnadi · Nov 11, 2025 17:40\n"
        "★ Read later   ✓ Mark as read   ↗ Visit website   ⋯\n\nSelasa, 11 November 2025\n\n"
        f"{STORY}"
    )
    _is_the_story(card, "Asumsi")


@pytest.mark.parametrize(
    ("post", "source", "published"),
    [
        # an outlet's numbered thread on X under its account and a title
        (
            "X\n← Postingan\n\nAsumsi\n@asumsi_co\nIkuti\n\n"
            f"{HEADLINE}\n\n1/3 {_PARAGRAPHS[0]} 🧵\n\n"
            "17.40 · 11 Nov 2025 · 8.412 Tayangan\n\n💬 46   🔁 312   ♡ 721   🔖 58\n\n"
            f"Asumsi @asumsi_co · 11 Nov\n2/3 {_PARAGRAPHS[1]}\nTampilkan lebih banyak\n\n"
            "💬 8   🔁 97   ♡ 244\n\n"
            f"Asumsi @asumsi_co · 11 Nov\n3/3 {_PARAGRAPHS[2]}\n\n"
            "Liputan: Dinda Prameswari Kusnadi\nBaca laporan lengkap: asumsi.co/post/1\n\n"
            "💬 19   🔁 143   ♡ 402\n\nOrang yang relevan\nAsumsi @asumsi_co — Media digital.\n"
            "Ikuti\n\nApa yang sedang terjadi\nTrending di Indonesia · #Komdigi\n",
            "Asumsi",
            datetime(2025, 11, 11, 17, 40, tzinfo=WIB),
        ),
        # a member's post in a Facebook group, pasting the story under a word of their own
        (
            "facebook\nCari di Facebook\n\nForum Warga Jakarta\nGrup Publik · 184 rb anggota\n"
            "Bergabung ▾    + Undang\n\nDiskusi   Unggulan   Anggota   Acara\n\n"
            "Moh. Rivaldi Katili ▸ Forum Warga Jakarta\nKontributor teratas · 2 j · 🌐\n\n"
            "Penting buat ortu 🙏 sy copy full karena linknya susah dibuka.\n\n"
            f"{HEADLINE}\n\nSelasa, 11 November 2025 | 17:40 WIB\n"
            f"Penulis: Dinda Prameswari Kusnadi\n\nJakarta, Asumsi – {STORY}\n\n"
            "Sumber: asumsi.co\n\n👍😢 1,4 rb   326 komentar   97 kali dibagikan\n\n"
            "👍 Suka     💬 Komentari     ➦ Bagikan\n\nPaling relevan ▾\n\nNurhayati Mooduto\n"
            "Akhirnya diatur juga, semoga ditegakkan.\n1 j   Suka   Balas   12\n\n"
            "Tulis komentar publik...\n",
            "Asumsi",
            datetime(2025, 11, 11, 17, 40, tzinfo=WIB),
        ),
        # a Reddit post: its own title and link, the poster's word, then the story pasted
        (
            "reddit\nCari di r/indonesia\nBuka Aplikasi   Masuk\n\nr/indonesia\nBergabung\n\n"
            "u/sambal_matah • 9 jam lalu\nNews\n\nAnak-anak wajib verifikasi umur, gimana nih?\n\n"
            "asumsi.co/post/1 ↗\n\nCopas full dari Asumsi karena webnya berat.\n\n"
            f"{HEADLINE}\n\nOleh: Dinda Prameswari Kusnadi\nSelasa, 11 November 2025 | 17:40 WIB"
            f"\n\nJakarta, Asumsi – {STORY}\n\nSumber: https://asumsi.co/post/1\n\n"
            "Edit: judul gue yang bikin ya, bukan dari artikelnya. Edit 2: typo\n\n"
            "⬆ 1,4 rb ⬇   💬 212   Bagikan\n\nUrutkan berdasarkan: Terbaik ▾\n\n"
            "u/batagor_kuah • 8 jam lalu\nAkhirnya diatur juga.\n⬆ 287 ⬇   Balas   Bagikan\n",
            "Asumsi",
            datetime(2025, 11, 11, 17, 40, tzinfo=WIB),
        ),
        # a forum thread whose opening post quotes the story (Kaskus)
        (
            "KASKUS\nCari di KASKUS      Masuk | Daftar\n\nFORUM   JUAL BELI   KASKUS TV\n"
            "Home > Forum > News > Berita Dan Politik\n\n[Teknologi] Anak wajib verifikasi umur gan"
            "\n↑ 38  ↓   💬 24 Balasan\n\nagan.jakarta\nKaskuser\n11-11-2025 19:12\n\n"
            "Ane copas lengkap dari Asumsi gan.\n\nQuote:\n"
            f"{HEADLINE}\n\nSelasa, 11 November 2025 | 17:40 WIB\n\nJakarta, Asumsi – {STORY}\n\n"
            "Reporter: Dinda Prameswari Kusnadi\n\nSpoiler for Sumber:\nhttps://asumsi.co/post/1\n\n"
            "Kirim Cendol 🥤   Quote   Balas\n\n#2\npejuang.subuh\nSemoga diterapkan gan\n",
            "Asumsi",
            datetime(2025, 11, 11, 17, 40, tzinfo=WIB),
        ),
        # a member's post in a Facebook group copied from its group's name down: the post's
        # day and time, the member's word, the story between rules, the comments under it
        (
            "Forum Warga Jakarta\nGrup Publik · 184 rb anggota\n\nMoh. Rivaldi Katili\n"
            "11 November pukul 19.02 · 🌏\n\nPenting buat ortu 🙏 sy salin dr Asumsi ya.\n\n"
            f"----------\n\n{HEADLINE}\n\nAsumsi | Selasa, 11 November 2025 - 17:40 WIB\n"
            f"Penulis: Dinda Prameswari Kusnadi\n\nJakarta, Asumsi – {STORY}\n\n"
            "asumsi.co/post/1\n----------\n\n👍❤️ 214\n38 komentar  11 kali dibagikan\n\n"
            "Suka   Komentari   Bagikan\n\nNurhayati Mooduto\nAkhirnya diatur juga.\n"
            "2 j  Suka  Balas\n\nTulis komentar publik…\n",
            "Asumsi",
            datetime(2025, 11, 11, 17, 40, tzinfo=WIB),
        ),
        # a Discord channel: its name and topic, a link with its preview, the page pasted
        # under the sender's word, then the others' replies
        (
            "#ortu-sd\nInfo sekolah dan kebijakan anak. Jangan spam.\n\n"
            "Ferdy Lado — Hari ini pukul 07.12\nhttps://asumsi.co/post/1\nasumsi.co\n"
            f"{HEADLINE}\nVerifikasi usia berlaku Juli 2026.\n\n"
            "Ferdy Lado — Hari ini pukul 07.13\nsa tempel di sini sa kalo yg kuota habis 😂\n\n"
            f"{PAGE}\n\nMaria Tefa — Hari ini pukul 07.31\nAkhirnya diatur juga 🔥\n❤️ 4\n\n"
            "Chris Ndun — Hari ini pukul 08.02\nsetuju\n\nKirim pesan ke #ortu-sd\n",
            "Asumsi",
            datetime(2025, 11, 11, 17, 40, tzinfo=WIB),
        ),
        # a page copied with the browser around it: its tabs, the address bar and the
        # bookmarks bar
        (
            "Kotak Masuk (14) - dewi@gmail.com - Gmail   ×   "
            f"{HEADLINE} - Asumsi   ×   +\nasumsi.co/post/110482/platform-digital\n"
            "Impor bookmark...   YouTube   Google Drive   Dapodik   Semua Bookmark\n\n"
            f"{PAGE}",
            "Asumsi",
            datetime(2025, 11, 11, 17, 40, tzinfo=WIB),
        ),
        # the close button copied as a letter: "… X  +"
        (
            f"{HEADLINE[:30]} X  +\nasumsi.co/post/110482/platform-digital\n{PAGE}",
            "Asumsi",
            datetime(2025, 11, 11, 17, 40, tzinfo=WIB),
        ),
        # and read off the screen by a text extractor, one space apart: "… X +"
        (
            f"{HEADLINE[:30]} X +\nasumsi.co/post/110482/platform-digital\n{PAGE}",
            "Asumsi",
            datetime(2025, 11, 11, 17, 40, tzinfo=WIB),
        ),
        # one tab under a Mac's window buttons, the bar's buttons before the address
        (
            f"● ● ●   {HEADLINE[:30]}... ×  +\n<  >  C   asumsi.co/post/110482/platform-digital\n"
            f"{PAGE}",
            "Asumsi",
            datetime(2025, 11, 11, 17, 40, tzinfo=WIB),
        ),
        # an outlet's caption on Instagram: the account's handle is all that names it
        (
            "Instagram\n🔍 Cari\n\nasumsi.co ✓ • Ikuti\nJakarta, Indonesia\n"
            '♫ Audio asli · asumsi.co\n\n[Carousel 1/6]  "VERIFIKASI USIA" — geser ➡️\n\n'
            f"asumsi.co ✓\n{HEADLINE}\n\n{STORY}\n\n"
            "Bagaimana menurut kalian? Tulis di kolom komentar ya! 👇\n\n"
            "Teks: Dinda Prameswari Kusnadi\nFoto: Dok. Komdigi\n\nSelengkapnya di link bio 🔗\n\n"
            "#Komdigi #VerifikasiUsia #Anak\n\n11 November 2025\n\n♡  💬  ➤      🔖\n"
            "Disukai oleh rina.ptr dan 12.408 lainnya\n\nLihat semua 214 komentar\n"
            "ndari.wulan Akhirnya diatur juga 🙏\n",
            "asumsi.co",
            datetime(2025, 11, 11, tzinfo=WIB),
        ),
    ],
)
def test_an_outlets_post_on_a_social_network_reads_as_its_story(
    post: str, source: str, published: datetime
) -> None:
    card = make_card(post.encode())
    assert (card.headline, card.source, card.author) == (
        HEADLINE,
        source,
        "Dinda Prameswari Kusnadi",
    )
    assert card.published == published
    assert list(card.body) == _PARAGRAPHS


@pytest.mark.parametrize(
    ("copied", "source"),
    [
        # read in Telegram's own browser: its bar and its offer to open the page elsewhere
        ("✕  asumsi.co  🔒\nTelegram · Buka di browser\n" + PAGE, "Asumsi"),
        # a search engine's cached copy: its banner, its views, its tip
        (
            "Ini adalah cache Google dari https://asumsi.co/post/1. Ini adalah snapshot halaman "
            "seperti yang ditampilkan pada 11 Nov 2025 12:47:12 GMT. Pelajari lebih lanjut.\n"
            "Versi lengkap\tVersi teks saja\tLihat sumber\nTips: Untuk menemukan kata kunci "
            "penelusuran Anda di halaman ini dengan cepat, tekan Ctrl+F.\n\n" + PAGE,
            "Asumsi",
        ),
        # "select all" with a screen reader's labels: skip links, landmarks, buttons, links
        (
            "Lompat ke konten utama\nLompat ke navigasi\nTautan: Logo Asumsi, kembali ke "
            "beranda\nTombol: Buka menu\nTombol: Cari\nNavigasi utama\nBeranda\nTeknologi\n"
            f"Navigasi remah roti\nTeknologi\n{HEADLINE}\nOleh Dinda Prameswari Kusnadi\n"
            "Selasa, 11 November 2025 | 17:40 WIB\nTombol: Dengarkan artikel ini\n"
            f"Gambar: Ilustrasi anak bermain gawai.\n\n{STORY}\n\nBagikan artikel\n"
            "Tombol: Salin tautan\nLompat ke atas\nFooter\nTautan: Redaksi",
            "Asumsi",
        ),
        # saved to a reading list: the app's name and bar, the site's address under the
        # headline, the app's foot under the story
        (
            "Daftar Bacaan\n‹ Kembali        Aa        Bagikan        Arsipkan\n\n"
            f"{HEADLINE}\nasumsi.co\nDinda Prameswari Kusnadi · 11 Nov 2025 17.40 · 4 menit "
            f"baca\n\n{STORY}\n\nLihat aslinya di asumsi.co ↗\n\nTag: #komdigi\n"
            "Ditambahkan ke Daftar Bacaan 12 Nov 2025\nTandai sudah dibaca",
            "asumsi.co",
        ),
        # sent to a Kindle: its app's bar, its stamp, its place in the document, its foot
        (
            f"Kindle\nLibrary   {HEADLINE} - Asumsi\nAa   Go to   Notes   Bookmark\n\n"
            f"{HEADLINE}\nAsumsi\nOleh Dinda Prameswari Kusnadi · Selasa, 11 November 2025 "
            "17:40 WIB\nSumber: asumsi.co · Sent to Kindle on Nov 12, 2025\n\n"
            + STORY.replace("\n\nKomdigi", "\n\nLocation 18 of 64 • 28%\n\nKomdigi")
            + "\n\nDikirim dari Send to Kindle\nDinda Prameswari Kusnadi. Platform Digital "
            "(Kindle Location 3-41). asumsi.co. Kindle Edition.\n\nEnd of document",
            "Asumsi",
        ),
        # a news app's notification over the story it opened
        (
            "Asumsi · sekarang\nPlatform digital wajib verifikasi usia\nBerlaku Juli 2026. "
            "Ketuk untuk membaca selengkapnya.\n\n" + PAGE.replace("Asumsi\n", "", 1),
            "Asumsi",
        ),
        # a feed reader's full text (Miniflux): its bar, the item's feed, writer and day
        (
            "Miniflux\nUnread (214)  Starred  History  Feeds  Categories  Settings  Logout\n\n"
            f"{HEADLINE}\nAsumsi · by Dinda Prameswari Kusnadi · November 11, 2025 5:40 PM · "
            "4 min read\nMark as unread   Star   Save   Fetch original content   Share   Open "
            f"original link\nTeknologi  Kebijakan\n\n{STORY}",
            "Asumsi",
        ),
        # Reeder: its name and filters, the feed and its section over the day
        (
            "Reeder.\nAll Unread · Today · Starred\n\nAsumsi › Teknologi\n"
            f"Selasa, 11 November 2025 | 17:40 WIB\n\n{HEADLINE}\nOleh Dinda Prameswari "
            f"Kusnadi\n\n{STORY}",
            "Asumsi",
        ),
        # Raindrop.io's reader: its bar and buttons, the site's address over the headline
        (
            "Raindrop.io\n◂ Unsorted\n☆ Favorite    🏷 Add tags    ✎ Add note    ⤴ Share\n"
            "Saved 12 Nov 2025 · Article · asumsi.co\nReader   Web page   Preview\n\nasumsi.co\n"
            f"{HEADLINE}\nOleh Dinda Prameswari Kusnadi\nSelasa, 11 November 2025 | 17:40 WIB\n\n"
            f"{STORY}\n\nHighlights (0)\nAdd note",
            "asumsi.co",
        ),
        # the tab strip, the address bar with its buttons, the bookmarks bar
        (
            "Inbox (3) - niamh.k@eircom.net   ×   Platform Digital Wajib Verifi…   ×   +\n"
            "←  →  ⟳   🔒 asumsi.co/post/110482/platform-digital\n"
            "▤ Revenue myAccount   ▤ RTÉ News   ▤ Irish Rail   »   ▤ Other bookmarks\n" + PAGE,
            "Asumsi",
        ),
        # clipped into Logseq: its properties, the page's blocks, the reader's own notes
        (
            f"title:: {HEADLINE}\ntype:: [[web-clip]]\nsource:: https://asumsi.co/post/1\n"
            "site:: Asumsi\nauthor:: Dinda Prameswari Kusnadi\n"
            "published:: 2025-11-11T17:40:00+07:00\nclipped:: [[Nov 12th, 2025]]\n\n"
            f"- # {HEADLINE}\n- ![Ilustrasi anak bermain gawai](gawai.jpg)\n"
            + "".join(f"- {paragraph}\n" for paragraph in _PARAGRAPHS)
            + "- ---\n- Bagikan: Facebook · X · WhatsApp\n- ## Catatan saya\n"
            "\t- bahas di rapat komite sekolah\n",
            "Asumsi",
        ),
        # a phone's notification shade over the story the app opened: the shade's clock and
        # its buttons, the app's bar and the section over the headline
        (
            "Sel, 11 Nov                                   17.52\n──────────────\n"
            "📰 Asumsi · 2 mnt\nPlatform digital wajib cek usia pengguna ⚠️\nMulai Juli 2026 "
            "anak tak bisa daftar sendiri. Ketuk untuk baca 👉\n[Balas]   Tandai dibaca   "
            "Bisukan\n──────────────\n\n‹   Asumsi                      🔖  ↗\n\nTEKNOLOGI\n\n"
            + PAGE.split("\n\n", 1)[1],
            "Asumsi",
        ),
        # a phone page under the app's install banner; the writer's desk after the name
        (
            "✕  Asumsi\n    Baca lebih nyaman di aplikasi\n    ★★★★★ Gratis – App Store"
            "              BUKA\nasumsi.co\n☰  ASUMSI                          🔍\n"
            "Berita   Teknologi   Politik   Opini\n\nTeknologi\n"
            + PAGE.split("\n\n", 1)[1].replace(
                "Oleh Dinda Prameswari Kusnadi", "Dinda Prameswari Kusnadi - Teknologi"
            ),
            "Asumsi",
        ),
        # a screen reader that says a label after the words, and a heading's level
        (
            "Lewati ke konten utama, tautan\nNavigasi utama, landmark\nBeranda Asumsi, tautan, "
            "gambar: Logo Asumsi\nBuka menu, tombol\nTeknologi, tautan, halaman saat ini\n"
            "Jalur navigasi: Beranda, Teknologi\n"
            f"Judul tingkat 1: {HEADLINE}\nOleh Dinda Prameswari Kusnadi, tautan\n"
            "Selasa, 11 November 2025 | 17:40 WIB\nDengarkan artikel, tombol\n\n"
            f"{STORY}\n\nBagikan ke WhatsApp, tombol\nSalin tautan, tombol\n"
            "Langganan buletin, wilayah\nMasukkan email Anda, kolom edit",
            "Asumsi",
        ),
        # a notes app's Markdown clip: its fields over the title heading, whose "Created:"
        # is the day it was clipped
        (
            "Notebook: 📁 Bacaan / Kebijakan\nTags: komdigi, anak\nCreated: 12/11/2025 08:17"
            "   Updated: 12/11/2025 08:20\nSource: https://asumsi.co/post/110482/platform\n\n"
            f"# {HEADLINE}\n\n[Beranda](https://asumsi.co/) › [Teknologi]"
            "(https://asumsi.co/teknologi/)\n\n**Selasa, 11 November 2025 | 17:40 WIB** · "
            "Oleh Dinda Prameswari Kusnadi\n\n![Ilustrasi anak bermain gawai](https://asumsi.co"
            f"/gawai.jpg)\n\n{STORY}\n\nBaca juga: [Harga beras naik](https://asumsi.co/beras)",
            "asumsi.co",  # the address the note keeps is all that names the outlet
        ),
        # a Kindle's library over a document whose title block repeats the headline
        (
            f"Kindle Library › Docs\n{HEADLINE}\nAsumsi\nasumsi.co\nSent from Chrome with "
            f"Send to Kindle\n{HEADLINE}\nDinda Prameswari Kusnadi\nSelasa, 11 November 2025 "
            f"| 17:40 WIB\n\n{STORY}\n\nLocation 64 of 64 · 100%",
            "Asumsi",
        ),
        # Miniflux: the feed, its category and the item's age; its bar's other buttons
        (
            "Miniflux\nUnread (214)   Starred   History   Feeds   Categories   Settings   Logout"
            f"\n\n{HEADLINE}\nAsumsi · Teknologi · 2 hours ago · 4 minutes read\n"
            "Mark as unread   Star   Save   Fetch original content   Share   Open link in new "
            "tab\n\nSelasa, 11 November 2025 | 17:40 WIB\nOleh Dinda Prameswari Kusnadi\n\n"
            + STORY,
            "Asumsi",
        ),
        # a notes app: its labels, the note's own title, the page pasted under it with the
        # stamp over the headline
        (
            "Keep\nTelusuri\nCatatan\nPengingat\nEdit label\nArsip\n\nBahan rapat komite "
            "sekolah\n\nAsumsi\nTEKNOLOGI\nSelasa, 11/11/2025 - 17:40 WIB\n\n"
            f"{HEADLINE}\n\nOleh Dinda Prameswari Kusnadi\n\n{STORY}",
            "Asumsi",
        ),
        # an aggregator's item: its bar, the outlet and the stamp over its follow button
        (
            "Kurio\nUntuk Anda\nTerkini\nLokal\n‹ Kembali   Simpan   Bagikan\nAsumsi\n"
            f"11 Nov 2025, 17.40 · 4 menit baca\n+ Ikuti\n\n{HEADLINE}\n"
            f"Penulis: Dinda Prameswari Kusnadi | Editor: Rina Sari\n\n{STORY}",
            "Asumsi",
        ),
        # a notes app's page titled as the tab was, the site's name after a bar
        (
            "Buku Catatan Riset ▸ Kebijakan\nBeranda   Sisipkan   Gambar   Tampilan\n\n"
            f"{HEADLINE} | Asumsi\nRabu, 12 November 2025    08.02\n\n" + PAGE,
            "Asumsi",
        ),
        # a browser window's title (the site's name, then the browser's) over its address
        (
            f"{HEADLINE} - Asumsi - Brave\nasumsi.co/post/110482/platform-digital\n\n"
            + PAGE.split("\n\n", 1)[1],
            "Asumsi",
        ),
        # a journal app's entry: its fields, whose date is the entry's, over the page
        (
            "Date:\t12 November 2025 at 08:17:33 GMT+7\nLocation:\tMenteng, Jakarta\n"
            "Weather:\t29°C Berawan\nTags:\tkomdigi, anak\n\n" + PAGE,
            "Asumsi",
        ),
        # a lock screen's feed (Glance): the section and its age over the item, then the page
        # opened under the outlet's name
        (
            f"Glance\nTeknologi · 2 jam lalu\n{HEADLINE}\nKetuk untuk membaca selengkapnya\n\n"
            "asumsi.co\nDibuka melalui Glance  ✕\n\n" + PAGE,
            "Asumsi",
        ),
        # a phone's address bar over a page whose logo stands between its menu's icons
        (
            "asumsi.co/post/110482/platform-digital-wa...   ⋮\n≡   ASUMSI   Q\nIKLAN\n"
            f"TEKNOLOGI\n{HEADLINE}\nSelasa, 11 November 2025 | 17:40 WIB\n"
            f"Oleh Dinda Prameswari Kusnadi\n\n{STORY}",
            "ASUMSI",
        ),
    ],
    ids=[
        "in-app browser",
        "search cache",
        "screen reader",
        "reading list",
        "kindle",
        "notification",
        "miniflux",
        "reeder",
        "raindrop",
        "tab strip with buttons",
        "logseq",
        "notification shade",
        "app banner",
        "screen reader, labels after",
        "notes app markdown",
        "kindle title block",
        "miniflux with a category",
        "notes app with the stamp over the headline",
        "aggregator item",
        "notes app titled as the tab",
        "browser window's title",
        "journal entry's fields",
        "lock screen feed",
        "address bar over a logo between icons",
    ],
)
def test_a_page_copied_through_a_readers_tool_reads_as_the_page(copied: str, source: str) -> None:
    card = make_card(copied.encode())
    _is_the_story(card, source)
    assert list(card.body) == _PARAGRAPHS


@pytest.mark.parametrize(
    "archive",
    [
        # a site's archive of its newsletter's issues
        "Asumsi\nBerita   Opini   Newsletter   Tentang Kami\nBeranda › Newsletter › Arsip\n\n"
        "Arsip Newsletter\nAsumsi Mingguan #212 — Jumat, 14 November 2025\nDikirim pukul "
        "07.00 WIB · Lihat edisi sebelumnya · Lihat edisi berikutnya\n\nHalo, Sahabat Asumsi!"
        "\nEdisi kali ini kami buka dengan aturan baru soal usia pengguna.\n\nSOROTAN PEKAN INI"
        "\n\n{HEADLINE}\nOleh Dinda Prameswari Kusnadi · 11 November 2025 17:40 WIB\n\n"
        "{STORY}\n\nBaca selengkapnya di situs →\n\nJUGA DI EDISI INI\n"
        "1. Harga beras naik lagi di Cipinang",
        # Mailchimp's page of a campaign, with its past issues
        "Asumsi – Morning Briefing\nmailchi.mp/asumsi/morning-briefing-11-november-2025\n\n"
        "View this email in your browser\n< Previous Campaign   Past Issues   Next Campaign >\n"
        "Subscribe\n\nASUMSI\nMorning Briefing · Tuesday 11 November 2025\n\nGood morning."
        "\n\nTOP STORY\n\n{HEADLINE}\nBy Dinda Prameswari Kusnadi\nPublished 11 November "
        "2025, 17:40 WIB\n\n{STORY}\n\nRead on our website →\n\nALSO IN THE NEWS\n"
        "• Harga beras naik lagi di Cipinang\n\nWant to change how you receive these emails?",
    ],
    ids=["site archive", "mailchimp"],
)
def test_a_newsletters_issue_on_its_archive_page_reads_as_its_lead_story(archive: str) -> None:
    card = make_card(archive.format(HEADLINE=HEADLINE, STORY=STORY).encode())
    _is_the_story(card, "Asumsi")
    assert list(card.body) == _PARAGRAPHS


def test_a_long_screenshots_text_reads_as_the_page_wrapped_at_the_phones_width() -> None:
    # the phone's status bar and the browser's address bar over the page; every paragraph,
    # the headline and the byline wrapped at the screen's width; the stamp ends its line
    story = "\n".join(textwrap.fill(paragraph, 36) for paragraph in _PARAGRAPHS)
    screen = (
        "10.41 ◷ ⓦ •                    ⁴ᴳ⁺ ▮ 62%\n🔒 asumsi.co/post/110482/platform-digital\n"
        "ASUMSI                              ☰  🔍\nTeknologi  Politik  Ekonomi  Hiburan  Viral\n"
        "ADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT\nTeknologi\n"
        f"{textwrap.fill(HEADLINE, 36)}\nOleh Dinda Prameswari Kusnadi\n"
        f"Selasa, 11 November 2025 | 17:40 WIB\n{story}\n"
        "   ⌂         ▤         ▶         ☺\nBeranda   Terpopuler   Video   Akun"
    )
    card = make_card(screen.encode())
    _is_the_story(card, "ASUMSI")
    assert card.url == "https://asumsi.co/post/110482/platform-digital"


def test_a_page_pasted_from_its_headline_into_a_chat_takes_the_outlet_its_link_shows() -> None:
    # Discord in English: the link's preview names the paper; the page pasted from its
    # headline down names none
    chat = (
        "#general\nreading fest 29 | camping at Brown\n\njas_wh — Today at 11:02\n"
        "https://www.readingchronicle.co.uk/news/25184412.reading-festival/\nReading Chronicle\n"
        "Reading Festival 2029: Police make 27 arrests on first night\n"
        "Thames Valley Police say most arrests were for drug offences.\n\n"
        "jas_wh — Today at 11:03\nfor the people on roaming, here's the whole thing:\n\n"
        "Reading Festival 2029: Police make 27 arrests on first night\n\nBy Oliver Hathaway\n"
        "Reporter\n\nPublished: 25th August 2029 10:15am\n\n"
        "POLICE made 27 arrests during the first night of Reading Festival, with the majority "
        "linked to drug offences and thefts from tents at the Richfield Avenue site.\n\n"
        "Thames Valley Police said 14 people were arrested on suspicion of possession with "
        "intent to supply, eight for theft and five for public order offences.\n\n"
        '"Our message is simple: come and enjoy the music and look after your mates," said '
        "Superintendent Claire Whitfield.\n\n"
        "mossy_b — Today at 11:06\n27 is nothing compared to leeds last year tbh\n👍 3\n\n"
        "Tom R — Today at 11:15\non it. also hide ur phones apparently 😭\n\nMessage #general\n"
    )
    card = make_card(chat.encode())
    assert (card.headline, card.source, card.author) == (
        "Reading Festival 2029: Police make 27 arrests on first night",
        "Reading Chronicle",
        "Oliver Hathaway",
    )
    assert card.body[0].startswith("POLICE made 27 arrests")
    assert card.body[-1].startswith('"Our message is simple')


def test_a_text_browsers_dump_reads_without_its_link_numbers_and_references() -> None:
    dumped = (
        "   #[1]Asumsi - Home [2]alternate\n\n   [3]Skip to content\n   [4]Asumsi Logo\n\n"
        "     * [5]Beranda\n     * [6]Teknologi\n     * [7]Politik\n\n"
        f"{HEADLINE}\n\n   Oleh [8]Dinda Prameswari Kusnadi\n"
        "   Selasa, 11 November 2025 | 17:40 WIB\n\n   [9][IMG] Ilustrasi anak bermain gawai.\n\n"
        + STORY
        + "\n\n   [10]Comments are closed on this story.\n\nReferences\n\n"
        + "".join(f"  {n}. https://asumsi.co/{n}\n" for n in range(1, 11))
    )
    card = make_card(dumped.encode())
    _is_the_story(card, "Asumsi")
    assert card.body[-1].startswith("Komdigi akan menggelar")


def test_a_readers_export_with_highlights_reads_as_the_page_under_them() -> None:
    exported = (
        f"# {HEADLINE}\n\n![rw-book-cover](https://asumsi.co/cover.jpg)\n\n## Metadata\n"
        "- Author: [[Dinda Prameswari Kusnadi]]\n"
        f"- Full Title: {HEADLINE}\n- Category: #articles\n"
        "- Document Tags: [[anak]] [[bahan-liputan]]\n- URL: https://asumsi.co/post/1\n"
        "- Published Date: 2025-11-11\n- Saved Date: 2025-11-12 21:47\n\n## Highlights\n"
        "- Komdigi akan menggelar konsultasi publik. ([View Highlight](https://read.readwise.io/x))\n"
        "    - Note: minta data per provinsi ke Komdigi\n\n## Full Document\n"
        f"{PAGE}\nLiputan ini didukung oleh Dana Liputan Asumsi 2025.\n"
    )
    card = make_card(exported.encode())
    _is_the_story(card, "asumsi.co")  # the page's address, from the export's metadata
    assert card.body[-1].startswith("Komdigi akan menggelar")  # not the grant's note


def test_an_ai_digests_summary_points_over_the_page_are_not_its_story() -> None:
    # Particle's digest: its own title and points, the sources it read, then the page
    card = make_card(
        "Particle\n‹ For You\nAnak tak bisa daftar medsos sendiri tahun depan\n3 sumber · "
        "Diperbarui 6 jam lalu\n• Pemerintah mewajibkan platform digital memverifikasi usia "
        "penggunanya mulai Juli 2026 lewat peraturan menteri.\n• Konsultasi publik soal "
        "standar teknis akan digelar Komdigi dalam waktu dekat ini.\nSumber\n"
        "Asumsi · Dinda Prameswari Kusnadi\nKabar Digital\n\n" + PAGE
    )
    assert (card.headline, card.author) == (HEADLINE, "Dinda Prameswari Kusnadi")
    assert card.published == datetime(2025, 11, 11, 17, 40, tzinfo=WIB)
    assert card.body[0].startswith("Pemerintah resmi mewajibkan")


@pytest.mark.parametrize(
    ("name", "app"),
    [
        ("Ditto - Clip 1,284", True),  # a clipboard manager's window
        ("UC Browser 🔒 lensawaingapu.com/hukum/2030", True),
        ("Ground News", True),
        # a browser's reading mode, in English and in the browser's Indonesian
        ("Immersive Reader", True),
        ("Pembaca Imersif", True),
        ("Tampilan Pembaca", True),
        ("Mail & Guardian", False),
        ("The Edge Malaysia", False),
        ("Daily Mail", False),
    ],
)
def test_an_apps_name_and_its_window_are_told_from_a_papers(name: str, app: bool) -> None:
    assert is_app(name) is app


def test_a_diarists_sentences_over_the_pasted_page_are_not_its_headline() -> None:
    # a journal's entry: the diarist's own words, then the page from its logo down
    card = make_card(
        "Hari yang panjang. Rapat komite bahas gawai anak lagi. Simpan berita Asumsi ini buat "
        f"bahan rapat minggu depan\n\nASUMSI\nTeknologi\n{HEADLINE}\nSelasa, 11 November 2025 | "
        f"17:40 WIB\nOleh Dinda Prameswari Kusnadi\n\n{STORY}"
    )
    assert (card.headline, card.author) == (HEADLINE, "Dinda Prameswari Kusnadi")
    assert card.published == datetime(2025, 11, 11, 17, 40, tzinfo=WIB)


@pytest.mark.parametrize(
    "copied",
    [
        # a news downloader's page list over the page: its item is the headline's first words
        "Koran Digital — Berita (2025-11-12)\nNews Downloader\n\n  Platform Digital Wajib "
        "Verifikasi Usia\n  Page 3 | 2025-11-12 08:14:02\n\nASUMSI\nTeknologi\n"
        f"{HEADLINE}\nSelasa, 11 November 2025 | 17:40 WIB\nOleh Dinda Prameswari Kusnadi\n\n"
        f"{STORY}",
        # a bookmark app's title block, its AI summary (a sentence), then the page's own top
        f"Bookmarks\nHome   Lists   Tags\n\n{HEADLINE} | Asumsi\nasumsi.co · Saved Nov 12, 2025\n"
        "Summary (AI): Pemerintah mewajibkan platform digital memverifikasi usia pengguna mulai "
        "Juli 2026 dan akan menggelar konsultasi publik soal standar teknisnya.\n\n"
        f"ASUMSI\nTeknologi\n{HEADLINE}\nOleh Dinda Prameswari Kusnadi\n"
        f"Selasa, 11 November 2025 | 17:40 WIB\n\n{STORY}",
        # a blog's repost: the poster's own words in lower case over the page they pasted
        "tumblr\nHome   Explore   Inbox\n\nkabarkota  Follow\nini berita yang aku ceritain "
        "kemarin. situsnya minta langganan jadi aku salin semua ya 🙏\n\nASUMSI\nTeknologi\n"
        f"{HEADLINE}\nOleh Dinda Prameswari Kusnadi\nSelasa, 11 November 2025 | 17:40 WIB\n\n"
        f"{STORY}",
        # a wiki's bar of menus, its page's path and fields, then the page pasted in it
        "Confluence   Spaces ▾   People   Create   ···                  🔍 Search\n"
        "Spaces / Riset / Kliping Media\nKliping — Asumsi — verifikasi usia (11 Nov)\n"
        "Created by Hannah Kerr, last modified on Nov 12, 2025\n\n" + PAGE,
        # a team chat's channel path, its tabs, the poster's stamp and words, then the page
        "Microsoft Teams\nCari\nAktivitas   Obrolan   Tim   Kalender\n\n"
        "Divisi Fleet & Pengadaan  >  Umum\nPostingan   File   Catatan   +\n\n"
        "Hendra Wibisono   Jumat 15.22\nRekan-rekan, info buat kajian penggantian armada "
        "operasional semester II. Saya tempel lengkap ya karena situsnya sering lambat dibuka "
        "dari kantor.\n\nAsumsi | Teknologi\nBerita › Teknologi\n\n"
        f"{HEADLINE}\n\nOleh Dinda Prameswari Kusnadi\n11 November 2025, 17:40 WIB\n\n{STORY}",
        # a chat's export: its row of fields, a poster's message, then the page
        "Ruang Kerja  ›  Yayasan Sungai Hijau  ›  ~pantauan-media\n"
        "Channel export · 12/11/2025 · Requested by m.fernandes · Times shown in (UTC+07:00) "
        "Jakarta\n\nm.fernandes  7:02 PM\nFYI tim, artikelnya di bawah ya.\n\n"
        "m.fernandes  7:03 PM\n" + PAGE,
        # a browser's reading mode: its bar's words are common ones the story has too
        "Mode Baca aktif · Ketuk untuk kembali ke tampilan asli\nAa 🔊 Dengarkan ☆ Favorit\n"
        + PAGE,
    ],
    ids=[
        "a list's item cut short",
        "a bookmark's title block and summary",
        "a poster's chatter",
        "a wiki's bar",
        "a team channel's path",
        "a chat export's fields",
        "a reading mode's bar",
    ],
)
def test_an_apps_item_over_the_page_gives_way_to_the_pages_own_top(copied: str) -> None:
    card = make_card(copied)
    assert (card.headline, card.author) == (HEADLINE, "Dinda Prameswari Kusnadi")
    assert card.published == datetime(2025, 11, 11, 17, 40, tzinfo=WIB)
    assert card.body[0].startswith("Pemerintah resmi mewajibkan")


@pytest.mark.parametrize(
    ("above", "foot"),
    [
        # a browser's or a feed reader's note on whose content it shows, and its buttons
        (
            "",
            "Konten ini disediakan oleh Asumsi. Browser hanya menampilkan ulang.\n"
            "👍 Suka 128   💬 Komentar 14   ↗ Bagikan",
        ),
        (
            "",
            "Artikel ini disediakan melalui umpan RSS. Beberapa elemen mungkin tidak tampil.\n"
            "[ Buka di browser ]   [ Tandai belum dibaca ]",
        ),
        (
            "",
            "This content is from Asumsi. Lintas is not responsible for its accuracy.\n"
            "Read original article ›",
        ),
        # a print tool's note on what it cut, and the file it made
        ("", "PageTrim · Edited: removed 4 elements (ads, comments) · Saved as PDF"),
        # a reader's own note under the copy they keep
        ("", "Catatan Humas: Perlu rilis pendamping soal anggaran Rp6,8 miliar (Dinas PMD)."),
        (
            "",
            "Secretary's note: contact details on file. Suggest inviting the operator to the "
            "next meeting.",
        ),
        # a chat's replies under the page its poster pasted, each under the poster's stamp
        (
            "Rahmat Hidayat, Jum 09.53\nIsi lengkapnya saya tempel di sini ya:\n\n",
            "Sri Wahyuni, Jum 10.07\nAngka 17 sekolah sudah sesuai rekap kita. Aman.\n\n"
            "Balas di rangkaian pesan",
        ),
        (
            "Daniel Hooper  7/22/2030 12:42 PM\nCopied the text for Dad, he can't open links\n\n",
            "Mei Lin Zhou  7/22/2030 12:50 PM\n[Thumbs Up] Dad will be so happy\n\n"
            "Mei Lin Zhou  7/22/2030 12:51 PM\nWhich Willis is that, Kerry's boy?",
        ),
        # a messenger's senders in brackets, one of them the reader ("Saya")
        (
            "[Toko Maju Jaya] 17:31\nIni beritanya pak, pas buat bahan rapat 👇\n\n",
            "[Saya] 17:40\noke pak, besok pagi saya baca lengkap sebelum rapat dengan tim gudang\n"
            "[Toko Maju Jaya] 17:41\nsiap 🙏",
        ),
        # an aggregator's counts beside their icons and its share button
        ("", "👍 1,2 rb   💬 348   ⤴ Bagikan\n\nKirim masukan"),
        # a health page's sources
        ("", "Referensi: Kementerian Kesehatan RI; BPJS Kesehatan."),
        # a messenger's status, a reaction to the message and a reply
        (
            "",
            "Delivered\n\n👍 Tita Marites liked “Tita this is the one i told u about, pls read "
            "before we book the tour 😅”\nTita Marites: Ok anak, will book online na lang 😊",
        ),
        # a chat export whose messages stand under their senders' lines
        (
            "[12/06/2031 12:49] Tomas Lindqvist:\n",
            "[12/06/2031 12:51] Amina Farah:\nthanks – adding these numbers to the deck for the "
            "meeting on Monday with the port people\n\n[12/06/2031 12:52] Tomas Lindqvist:\n"
            "📎 dpfza_may_stats.pdf (184 KB)",
        ),
        (
            "",
            "Do you have a story for us? Contact the newsdesk.\n\n"
            "2 comments · 1 like · Shared with: Community Health Forum",
        ),
        ("", "Like this: Loading...\n\nHal. 4 / 6   Sisa 2 menit di bab ini"),
    ],
    ids=[
        "a browser's note on the content",
        "a feed reader's note",
        "an aggregator's disclaimer",
        "a print tool's note",
        "a reader's note",
        "a secretary's note",
        "a chat's replies",
        "a chat's replies in English",
        "a chat's bracketed senders",
        "an aggregator's counts",
        "a health page's sources",
        "a messenger's status and reaction",
        "a chat export's senders over their messages",
        "a paper's call for tips and a shared document's counts",
        "a blog's like button and an e-reader's page count",
    ],
)
def test_an_apps_or_a_readers_foot_under_the_page_is_not_the_story(above: str, foot: str) -> None:
    card = make_card(f"{above}{PAGE}\n{foot}\n")
    assert card.headline == HEADLINE
    assert list(card.body) == _PARAGRAPHS


@pytest.mark.parametrize(
    ("chrome", "masthead", "source"),
    [
        # an e-reader's bar, the file and the library's path over the page it opened
        (
            "Baca Nanti\nberita-asumsi.txt\nPerpustakaan › Unduhan › Artikel\n\n",
            "Asumsi Daily",
            "Asumsi Daily",
        ),
        # a notes app's bar and the note's title, the page pasted under it
        (
            "Notely\n☰  Catatan  🔍  ⋮\n[Kuning] bahan rapat - verifikasi usia\n"
            "Diedit: 12/11/2025 21:40\n\n",
            "Warta Pesisir",
            "Warta Pesisir",
        ),
        # a feed app's tabs, then the channel's item and its button over the page
        ("Lintas\nFor you   Local   Jakarta ▾\n\nAsumsi · 5h\nFollow\n\n", "", "Asumsi"),
        ("Kabarku\nAsumsi · 2 jam\nIkuti\n\n", "", "Asumsi"),
        # a student's clipping: the slide's label names the source over the pasted page
        (
            "Kliping Kelas VIII\nSumber: Warta Pesisir (wartapesisir.id) – rubrik Teknologi\n\n",
            "",
            "Warta Pesisir",
        ),
        # a notes app's note: the paper's name over its menu and section under it
        (
            "‹  Catatan                 ↶  ↷  ✓\nbuat rapat komite sekolah hari sabtu\n"
            "9 Agustus 2030 07.51   |   3.412 karakter\n\ntolong dibaca ya, ini beritanya 👇\n\n",
            "Kalianda Pos\nBerita Utama | Lampung Selatan | Ekonomi | Hukum\nTeknologi",
            "Kalianda Pos",
        ),
        # a note's title and time over the site's address in its own case, its menu split
        # a word a line, and its section
        (
            "Catatan\nKliping Rohil\n3 Juli 2030 pukul 08.12\n\n",
            "WartaPesisir.id\nBeranda   Rohil   Riau   Ekonomi   Indeks\nRohil",
            "WartaPesisir.id",
        ),
        # a clipper's note titled with the story's own headline, then the page's top
        (
            f"Nimbus Note\nWorkspace: Kantor  ›  Folder: Bahan Rapat\n{HEADLINE}\n"
            "Clipped from: https://kaliandapos.com/teknologi/verifikasi-usia\n"
            "Created: Nov 12, 2025 12:15 PM   ·   Updated: Nov 12, 2025 12:15 PM\n"
            "Tags: rapat\n───────────────\n",
            "KALIANDA POS\nBerita Lampung Selatan dan Sekitarnya\nTeknologi",
            "KALIANDA POS",
        ),
        # a chat's window named twice over the post that pasted the page
        (
            "< Chat History                    ···\nChat History of Rina and Dimas\n\n"
            "Dimas Arya  11/12/2025 9:58 AM\nfull text-nya aku tempel di sini ya\n\n",
            "Warta Pesisir",
            "Warta Pesisir",
        ),
        # a paper's name over the section stays the source under no app
        ("", "Hereford Times", "Hereford Times"),
    ],
    ids=[
        "an e-reader's file",
        "a note's title",
        "a feed's item",
        "a feed's item, in Indonesian",
        "a clipping's label",
        "a note over the paper's menu",
        "a site's address over its menu",
        "a note titled with the headline",
        "a chat's window",
        "no app",
    ],
)
def test_the_name_over_the_section_and_headline_is_the_outlet_under_an_apps_chrome(
    chrome: str, masthead: str, source: str
) -> None:
    # the paper's name over the section, or its name, menu and section given whole
    section = "" if "\n" in masthead else "TEKNOLOGI\n"
    top = f"{masthead}\n{section}" if masthead else ""
    page = PAGE.replace("Asumsi\nBeranda   Teknologi   Politik\n", top)
    card = make_card(f"{chrome}{page}")
    assert (card.headline, card.source) == (HEADLINE, source)
    assert list(card.body) == _PARAGRAPHS


def test_a_menus_words_over_the_section_are_no_outlet() -> None:
    # "Public Notices" is the menu's item over the section, under the paper's own name
    page = PAGE.replace(
        "Asumsi\nBeranda   Teknologi   Politik\n", "Hereford Times\nPublic Notices\nTEKNOLOGI\n"
    )
    assert make_card(page).source == "Hereford Times"


def test_a_poster_named_again_in_the_comments_is_no_outlet() -> None:
    # a group's post: the poster's name over its age, the page pasted, the poster again in
    # the comments under it
    post = (
        "INFO SEPUTAR ASUMSI\nGrup Publik · 18,4 rb anggota\n\nYance Sondegau\n"
        "Kontributor yang sedang naik daun · 5 j · 🌐\n\nSa share berita dari Asumsi ya.\n\n"
        f"{HEADLINE}\nOleh Dinda Prameswari Kusnadi\nSelasa, 11 November 2025 | 17:40 WIB\n\n"
        f"{STORY}\n\nFrans Tabuni\nTerima kasih infonya\nSuka  Balas  4 j\n\n"
        "Yance Sondegau\nFrans Tabuni sama-sama\nSuka  Balas  3 j"
    )
    assert make_card(post).source != "Yance Sondegau"


def test_a_clippers_title_over_the_pages_own_top_keeps_that_top() -> None:
    # a read-later app's Markdown: its fields and the title as a heading, then the page as
    # saved, with its own headline over its byline and date
    saved = (
        f'---\ntitle: "{HEADLINE}"\nsiteName: "Asumsi"\n'
        'url: "https://asumsi.co/post/1"\nstate: ARCHIVED\n---\n\n'
        f"# {HEADLINE}\n\n[Read original](https://asumsi.co/post/1) · 5 min read · Omnivore\n\n"
        "ASUMSI DAILY\nNews | Teknologi | Politik | Opini\n\nTEKNOLOGI\n\n"
        f"{HEADLINE}\n\nBy Dinda Prameswari Kusnadi\nPublished: 11 November 2025, 5:40 PM\n\n"
        f"{STORY}"
    )
    card = make_card(saved)
    assert (card.headline, card.author) == (HEADLINE, "Dinda Prameswari Kusnadi")
    assert card.published == datetime(2025, 11, 11, 17, 40, tzinfo=WIB)
    assert list(card.body) == _PARAGRAPHS


_KPBN_HEADLINE = "Harga CPO Tender KPBN Naik Tiga Hari Beruntun, Petani Sawit Mulai Tahan Panen"
_KPBN_PAGE = (
    f"{_KPBN_HEADLINE}\n\nJumat, 19 Juli 2030 15:02 WIB\nReporter: Nadia Kusuma Dewi\n\n"
    "JAKARTA, WARTAKOMODITAS – Harga minyak sawit mentah (CPO) dalam tender KPBN kembali naik "
    "pada perdagangan Jumat, tiga hari beruntun.\n\nKenaikan harga di tingkat tender mulai "
    "dirasakan petani sawit. Sebagian petani memilih menahan panen beberapa hari untuk "
    "menunggu harga pasar komoditas lebih tinggi."
)


# A feed reader's item: the feed's title shares a few of the story's words ("pasar", "harga",
# "komoditas") and has its own stamp
_FEED_ITEM = (
    "←  Feeder                                    ⤴  ⋮\nWarta Komoditas — Pasar & Harga\n"
    "19 Jul 2030 16.02 · Warta Komoditas\n\n"
)
# A notes app's note: its folder, its title, its stamp and a row of its tags, then where the
# page came from
_NOTE_ITEM = (
    "UpNote\n📁 Buku Catatan › Riset › Sawit\nHarga sawit – bahan rapat (pasar & petani)\n"
    "Dibuat: 19 Jul 2030 21.02  ·  Diubah: 19 Jul 2030 21.06  ·  412 kata\n"
    "🏷 sawit  🏷 harga  🏷 petani\n─────────────\nSumber: https://wartakomoditas.id/pasar\n\n"
)


def test_an_items_title_over_its_own_stamp_gives_way_to_the_pages_headline() -> None:
    cards = [make_card(item + _KPBN_PAGE) for item in (_FEED_ITEM, _NOTE_ITEM)]
    for card in cards:
        assert (card.headline, card.author) == (_KPBN_HEADLINE, "Nadia Kusuma Dewi")
        assert card.published == datetime(2030, 7, 19, 15, 2, tzinfo=WIB)


def test_a_kakaotalk_exports_chatter_and_replies_around_the_pasted_page_are_no_story() -> None:
    # KakaoTalk's export: each message under its sender and time in brackets; the chatter
    # over the page pasted in one message, the replies under it
    export = (
        "Obrolan KakaoTalk dengan Grup Riset 🍿\nTanggal disimpan : 2025-11-12 21:47:03\n\n"
        "--------------- Selasa, 11 November 2025 ---------------\n"
        "[Tiara] [19.02] eh udah pada baca belum\n[Dimas] [19.10] belum, situsnya lambat\n"
        f"[Tiara] [19.15] nih aku copas aja biar kalian ga usah buka\n{PAGE}\n"
        "[Dimas] [19.21] gila, wajib verifikasi 😱\n[Tiara] [19.26] oke siap"
    )
    card = make_card(export)
    assert (card.headline, card.author) == (HEADLINE, "Dinda Prameswari Kusnadi")
    assert list(card.body) == _PARAGRAPHS


def test_a_notes_title_over_the_link_it_keeps_gives_way_to_the_pages_own_top() -> None:
    # a phone's notes app: its folder path, the note's stamp and the reader's own title over
    # the link, then the page; the app's share mark at the foot names the app again
    headline = "Banjir Rob Rendam 12 Desa di Pesisir Pekalongan, Ribuan Warga Mengungsi"
    card = make_card(
        "Catatan\nSemua catatan > Liputan\nSen, 10 Mar 2031 21.47 | 1.904 karakter\n\n"
        "Banjir rob 12 desa Pekalongan — bahan liputan lanjutan minggu depan\n"
        "https://kabarpantura.co.id/peristiwa/2031/03/10/banjir-rob\n\n"
        f"KABARPANTURA\nPERISTIWA & BENCANA\n{headline}\nOleh Rina Kartika\n"
        "10 Maret 2031 - 15:12 WIB\n\n"
        "Pekalongan, Kabarpantura.co.id — Banjir rob merendam 12 desa di pesisir Kabupaten "
        "Pekalongan sejak Minggu malam, memaksa sekitar 2.300 warga mengungsi ke balai desa.\n\n"
        "Ketinggian air di permukiman mencapai 60 sentimeter. Badan Penanggulangan Bencana "
        "Daerah mendirikan dapur umum di tiga titik pengungsian.\n\n"
        '"Air laut pasang lebih tinggi dari biasanya, dan tanggul di dua desa jebol," kata '
        "Kepala Pelaksana BPBD Kabupaten Pekalongan, Budi Santoso.\n\n"
        "Dibagikan dari Catatan · realme"
    )
    assert card.headline == headline
    assert card.published == datetime(2031, 3, 10, 15, 12, tzinfo=WIB)
    assert card.source != "Catatan"


def test_a_scanners_text_of_a_printed_paper_names_the_paper_and_its_issues_day() -> None:
    # a scanning app's OCR of a regional daily's page: the app's bar, the paper's name in
    # capitals over its tagline and its issue's day, number and price; the app's mark at the
    # foot names the app again
    headline = "Kasus Diare di Sumba Barat Melonjak, Puskesmas Waikabubak Buka Posko"
    card = make_card(
        "PindaiPro\nDokumen: Kliping SB 120331 (1 halaman)  ·  Hasil OCR\n"
        "Salin teks   Edit   Ekspor .txt\n\nSUARA MARAPU\n"
        "HARIAN UMUM SUMBA BARAT - SUMBA TENGAH\n"
        "Rabu, 12 Maret 2031 | Tahun IX No. 2210 | Rp4.000\n\nKESEHATAN\n\n"
        f"{headline}\n\nOLEH YOHANA LEDE\n\n"
        "WAIKABUBAK, SM — Jumlah kasus diare di Kabupaten Sumba Barat sepanjang Februari "
        "mencapai 164 kasus, dua kali lipat dibanding bulan sebelumnya.\n\n"
        "Dinas Kesehatan membuka posko di Puskesmas Waikabubak dan membagikan tablet "
        "penjernih air kepada warga di tiga kecamatan.\n\nDipindai dengan PindaiPro"
    )
    assert card.headline == headline
    assert card.source is not None and card.source.casefold() == "suara marapu"
    assert card.published is not None and card.published.date() == date(2031, 3, 12)


def test_an_office_memos_clipping_names_its_outlet_and_the_memos_closing_ends_it() -> None:
    # an e-office system's memo that sends the day's clippings: the system's name over it
    # and in its copyright, the item naming the outlet, the memo's closing and signature
    headline = "Harga Cengkih di Minahasa Naik, Petani Mulai Panen Raya"
    card = make_card(
        "ARSIPKU\nSistem Naskah Dinas Elektronik\nNaskah Masuk › Detail Naskah\n"
        "Hal            : Kliping Berita Media Daring Senin, 10 Maret 2031\n\n"
        "Isi Naskah:\nBersama ini kami sampaikan kliping berita media daring.\n\n"
        "[1] Warta Minahasa — wartaminahasa.id\nEkonomi\n"
        f"{headline}\n10/03/2031 09:48 WITA\nPenulis: Jeane Mamahit\n\n"
        "TONDANO, wartaminahasa.id – Harga cengkih kering di tingkat petani Minahasa naik "
        "menjadi Rp120 ribu per kilogram pekan ini, tertinggi dalam dua tahun.\n\n"
        "Petani di Kecamatan Tompaso mulai memanen lebih awal karena cuaca cerah sejak awal "
        "Maret, kata Kepala Dinas Pertanian Minahasa, Ronald Lengkong.\n\n"
        "Demikian disampaikan, atas perhatian Bapak diucapkan terima kasih.\n\n"
        "Ditandatangani secara elektronik oleh:\nKepala Dinas Komunikasi dan Informatika\n\n"
        "© 2031 ARSIPKU v2.1"
    )
    assert card.headline == headline
    assert card.source == "Warta Minahasa"
    assert card.body[-1].startswith("Petani di Kecamatan Tompaso")


def test_an_org_mode_capture_of_a_page_reads_as_the_page() -> None:
    # Emacs's org-capture of a page read in eww: the heading with its tags, the capture's
    # properties, the page's links as [[address][words]]
    headline = "Larne harbour dredging to start in May after two-year delay"
    card = make_card(
        f"* {headline} :harbour:ni:\n:PROPERTIES:\n:CAPTURED: [2031-03-06 Thu 21:14]\n"
        ":SOURCE:   eww (org-eww-copy-for-org-mode)\n"
        ":URL:      https://www.larnerecord.co.uk/news/harbour-dredging-4471032\n:END:\n\n"
        "[[https://www.larnerecord.co.uk/][Larne Record]]\n"
        "[[https://www.larnerecord.co.uk/news][News]] [[https://www.larnerecord.co.uk/sport]"
        "[Sport]] [[https://www.larnerecord.co.uk/whats-on][What's On]]\n\n"
        "[[https://www.larnerecord.co.uk/news/local][Local]]\n\n"
        f"{headline}\n\nBy Conor Quigley\nPublished 6th Mar 2031, 16:48 GMT\n\n"
        "Dredging of Larne harbour will start in May, two years later than planned, the "
        "harbour authority said on Thursday.\n\n"
        "The work was delayed by a dispute over where the dredged silt would be dumped."
    )
    assert (card.headline, card.source) == (headline, "Larne Record")
    assert card.published == datetime(2031, 3, 6, 16, 48, tzinfo=UTC)
    assert card.url == "https://www.larnerecord.co.uk/news/harbour-dredging-4471032"


def test_an_e_readers_issue_line_with_dots_gives_the_storys_day() -> None:
    # a digital newsstand's text view of a paper's page: the issue's day, number and pages
    # in cells parted by dots, over the section and the headline
    headline = "Bahasa Batak Toba Jadi Muatan Lokal Wajib di 214 SD Mulai Juli"
    card = make_card(
        "BacaKios\n‹ Kembali ke Rak\nHarian Tapanuli Raya\n"
        "Kamis, 13 Maret 2031 · Edisi No. 4127 · 16 halaman\n"
        "Halaman 3 / 16   |   Mode Teks   |   Aa   |   Tandai\n\nPENDIDIKAN\n\n"
        f"{headline}\n\nLaporan: Rudolf Situmeang\n\n"
        "TARUTUNG (TR) – Mulai tahun ajaran baru Juli 2031, seluruh 214 sekolah dasar di "
        "Tapanuli Utara wajib mengajarkan Bahasa Batak Toba sebagai muatan lokal.\n\n"
        "Sebanyak 380 guru sudah mengikuti pelatihan tahap pertama sejak Januari."
    )
    assert card.headline == headline
    assert card.published is not None and card.published.date() == date(2031, 3, 13)


def test_a_notes_colour_labelled_title_over_its_stamp_gives_way_to_the_page() -> None:
    # a notes app's note: its colour label and the reader's title in lower case, sharing two
    # of the story's words, over the note's own stamp, then the page
    headline = "DLH Temukan 14 Hektare Mangrove Sungai Cerucuk Rusak, Diduga Akibat TI Apung"
    card = make_card(
        "CatatWarna\n☰  Catatan   🔍  ⋮\n[Hijau] mangrove cerucuk - bahan rapat\n"
        "Diedit: 08/07/2030 21:40\n\nKabar Belitung\nLINGKUNGAN\n"
        f"{headline}\nOleh Yuliana Putri · Senin, 8 Jul 2030 19:05 WIB\n\n"
        "TANJUNGPANDAN – Dinas Lingkungan Hidup (DLH) Kabupaten Belitung mencatat sedikitnya "
        "14 hektare hutan mangrove di sepanjang aliran Sungai Cerucuk mengalami kerusakan.\n\n"
        "Kerusakan itu diduga berkaitan dengan aktivitas tambang TI apung yang marak dalam "
        "setahun terakhir di sepanjang aliran tersebut, kata para relawan yang ikut memantau."
    )
    top = (card.headline, card.source, card.published)
    assert top == (headline, "Kabar Belitung", datetime(2030, 7, 8, 19, 5, tzinfo=WIB))


def test_a_search_engines_cache_in_indonesian_under_its_bar_is_unwrapped() -> None:
    card = make_card(
        "Cariin.id  |  Tembolok\n"
        "Ini adalah salinan tembolok dari https://asumsi.co/post/verifikasi-usia\n"
        "Salinan ini diambil pada 12 Nov 2025 02:14:09 GMT. Halaman saat ini mungkin sudah "
        "berubah.\nVersi lengkap   Versi teks saja   Lihat sumber\n"
        "Istilah penelusuran berikut telah disorot: verifikasi usia\n\n"
        f"ASUMSI\nTeknologi\n\n{HEADLINE}\n\nDinda Prameswari Kusnadi · 11/11/2025, 17:40 WIB"
        f"\n\n{STORY}"
    )
    top = (card.headline, card.url, card.published)
    assert top == (
        HEADLINE,
        "https://asumsi.co/post/verifikasi-usia",
        datetime(2025, 11, 11, 17, 40, tzinfo=WIB),
    )


def test_a_documents_file_name_is_no_outlet() -> None:
    # a word processor's window titled by the file, its ribbon and a reviewer's comment over
    # the pasted page; a reader app's bar naming the PDF over a printed page
    document = make_card(
        "ringkasan pasar 12 nov.docx - Penulis Dokumen\n"
        "Beranda   Sisipkan   Tata Letak Halaman   Tinjau\nHalaman 1 / 2\n\n"
        "[Komentar — Dimas: masukkan ke laporan mingguan]\n\nAsumsi.co\n"
        f"Market  |  Teknologi  |  Makro\nTeknologi\n\n{HEADLINE}\n\n"
        f"Oleh Dinda Prameswari Kusnadi\nSelasa, 11 November 2025 | 17:40 WIB\n\n{STORY}"
    )
    printed = make_card(
        "Buku   ‹ Perpustakaan        kliping-verifikasi-usia.pdf        Aa  🔍  🔖\n"
        f"Hlm. 1 dari 3\n\nASUMSI\nCerdas · Kritis · Berimbang\nTEKNOLOGI\n\n{HEADLINE}\n\n"
        f"Selasa, 11 November 2025 17:40 WIB\n\n{STORY}"
    )
    assert document.source == "Asumsi.co"
    assert printed.source != "kliping-verifikasi-usia.pdf"


def test_a_print_head_under_a_pdf_readers_bar_gives_way_to_the_pages_headline() -> None:
    card = make_card(
        "PDF Baca — cetak-asumsi.pdf\nBeranda   Alat   cetak-asumsi.pdf ×\n1 / 2\n\n"
        f"11/11/2025 18.03          {HEADLINE} | Asumsi\n\nASUMSI\nTEKNOLOGI\n\n{HEADLINE}\n\n"
        f"11 November 2025 | 17.40 WIB\nOleh: Dinda Prameswari Kusnadi\n\n{STORY}"
    )
    assert (card.headline, card.published) == (
        HEADLINE,
        datetime(2025, 11, 11, 17, 40, tzinfo=WIB),
    )


def test_a_source_label_that_names_the_apps_share_gives_the_address_beside_it() -> None:
    card = make_card(
        "Suara Baca\n⏮  ⏪  ▶  ⏩  ⏭      1.2x\n"
        "Sumber: dibagikan dari browser  ·  asumsi.co\nKalimat 1/46\n\n"
        f"{HEADLINE}\n\nOleh Dinda Prameswari Kusnadi\nSelasa, 11 November 2025 | 17:40 WIB\n\n"
        f"{STORY}"
    )
    assert card.source == "asumsi.co"


def test_a_chats_copy_opening_on_a_bracketed_time_is_no_json() -> None:
    # "[14.52]" could open a JSON array of one number; the rest is a chat's messages
    card = make_card(
        "[14.52] Dimas Prasetyo: ini beritanya guys 🔥\n[14.52] Dimas Prasetyo: ASUMSI\n"
        f"Teknologi\n\n{HEADLINE}\n\nOleh Dinda Prameswari Kusnadi\n"
        f"Selasa, 11 November 2025 | 17:40 WIB\n\n{STORY}"
    )
    assert card.headline == HEADLINE


def test_a_to_do_apps_task_and_subtasks_around_the_page_are_not_the_story() -> None:
    card = make_card(
        "Tugasku\nKotak Masuk  ›  Baca nanti\n\n"
        "[ ] Artikel verifikasi usia medsos (buat bahan kelas TIK)\n"
        "    📅 Hari ini   🔔 19:00   # bacaan\n\n"
        f"ASUMSI\nTeknologi\n\n{HEADLINE}\n\nOleh Dinda Prameswari Kusnadi\n"
        f"Selasa, 11 November 2025 | 17:40 WIB\n\n{STORY}\n\n───────────────\n"
        "Subtugas 0/2\n[ ] Bikin ringkasan satu halaman untuk kelas besok pagi\n"
        "[ ] Cari data pengguna internet terbaru dari asosiasi penyelenggara"
    )
    assert (card.headline, list(card.body)) == (HEADLINE, _PARAGRAPHS)


def test_a_forum_posts_site_title_and_teachers_note_over_the_page_give_way() -> None:
    card = make_card(
        "e-Learning SMP Negeri 4 Salatiga\n"
        "Beranda  ›  Kursus saya  ›  TIK Kelas IX-B  ›  Forum Berita  ›  Bacaan minggu ini\n\n"
        "Forum Berita\nBacaan minggu ini: media sosial\n"
        "oleh Sri Handayani, S.Pd. - Kamis, 13 November 2025, 07:12\n\n"
        "Anak-anak, silakan baca artikel di bawah ini sebelum pertemuan Senin. Tuliskan tiga "
        "pertanyaan kalian di kolom balasan.\n\n"
        f"ASUMSI\nTeknologi\n\n{HEADLINE}\n\nSelasa, 11 November 2025 | 17:40 WIB\n"
        f"Penulis: Dinda Prameswari Kusnadi\n\n{STORY}"
    )
    assert (card.headline, card.author) == (HEADLINE, "Dinda Prameswari Kusnadi")


def test_a_clipboard_apps_title_gives_way_to_the_papers_name_in_capitals() -> None:
    card = make_card(
        "Riwayat Salinan\nRiwayat papan klip · 23 item\n\n────────────────────────\n"
        "📋 Disalin 18/08/2031 20.14 · dari Chrome\n────────────────────────\n"
        f"KABAR KAPUAS\nBerita Kapuas Hulu Terkini\n\nTeknologi\n\n{HEADLINE}\n\n"
        f"Senin, 18 Agustus 2031 - 17:31 | Dibaca: 1.208 kali\n\n{STORY}"
    )
    assert card.source is not None and card.source.casefold() == "kabar kapuas"


def test_a_printed_pages_count_between_paragraphs_does_not_end_the_story() -> None:
    first, *rest = _PARAGRAPHS
    card = make_card(
        f"{HEADLINE}\n\nOleh Dinda Prameswari Kusnadi\nSelasa, 11 November 2025 | 17:40 WIB\n\n"
        f"{first}\n\nHalaman 1 / 2\n\n" + "\n\n".join(rest)
    )
    assert list(card.body) == _PARAGRAPHS


def test_a_paragraph_opening_like_this_colon_is_the_storys() -> None:
    first, *rest = _PARAGRAPHS
    line = "Like this: users show an ID card before they sign up."
    card = make_card(
        f"{HEADLINE}\n\nOleh Dinda Prameswari Kusnadi\nSelasa, 11 November 2025 | 17:40 WIB\n\n"
        f"{first}\n\n{line}\n\n" + "\n\n".join(rest)
    )
    assert list(card.body) == [first, line, *rest]


@pytest.mark.parametrize(
    "header",
    [
        # a feed reader's article view: its title line, then the feed's fields
        "newsboat 2.38 - Article '{h}' (1 unread, 1 total)\nFeed: Kabar Pesisir - Berita\n"
        "Title: {h}\nAuthor: Rini Astuti\nLink: https://kabarpesisir.id/berita/pelabuhan\n",
        # a read-later app's fields
        "Title: {h}\nURL: https://kabarpesisir.id/berita/pelabuhan\nSaved: 14/02/2031\n",
        # a mail's, and an Indonesian app's
        "Subject: {h}\nFrom: Rini <rini@example.com>\nDate: Fri, 14 Feb 2031 08:00:00 +0000\n",
        "Judul: {h}\nTautan: https://kabarpesisir.id/berita/pelabuhan\n",
    ],
)
def test_a_header_of_fields_naming_the_title_over_the_page_is_the_apps(header: str) -> None:
    headline = "Dermaga Baru Pelabuhan Tanjung Api Mulai Dibangun Bulan Depan"
    card = make_card(
        header.format(h=headline) + f"\nKABAR PESISIR\nEkonomi\n{headline}\n"
        "Penulis: Rini Astuti | Jumat, 14 Februari 2031 08:15 WIB\n\n"
        "PALEMBANG, Kabar Pesisir – Pembangunan dermaga baru di Pelabuhan Tanjung Api akan "
        "dimulai bulan depan setelah lelang proyek rampung pekan ini.\n\n"
        "“Kami menargetkan dermaga selesai akhir tahun,” kata Kepala Dinas Perhubungan, Hendra "
        "Saputra."
    )
    assert card.headline == headline
    assert card.source.casefold() == "kabar pesisir"
    assert card.published == datetime(2031, 2, 14, 8, 15, tzinfo=WIB)


def test_a_page_pasted_line_by_line_into_a_chats_log_is_read_without_the_chatter() -> None:
    headline = "Harbour ferry timetable cut to four sailings a day over winter"
    said = [
        "The Harbour Sentinel | News | Sport | What's On | Community | Jobs",
        "Transport",
        headline,
        "By Owen Pryce",
        "Published: 16:35, 23 October 2031",
        "The island ferry will run four sailings a day instead of six from November, the "
        "operator confirmed on Thursday, blaming a shortage of crew.",
        "Councillors said the cut would hit families who travel to the mainland for hospital "
        "appointments hardest, and asked for the timetable to be reviewed in January.",
        '"We cannot run a service we cannot crew safely," said operations director Ruth Bain.',
        "The operator said it was recruiting and hoped to restore the full timetable by spring.",
        "Share this article  Facebook  X  Email",
    ]
    log = "\n".join(
        [
            "**** BEGIN LOGGING AT Thu Oct 23 19:02:11 2031",
            "Oct 23 19:02:11 *\tNow talking on #island-news",
            "Oct 23 19:03:40 <kirsty_g>\tevening all",
            "Oct 23 19:04:31 <alasdair>\tpaywalled, pasting it",
            *(f"Oct 23 19:05:{41 + n // 3:02d} <alasdair>\t{line}" for n, line in enumerate(said)),
            "Oct 23 19:06:20 <kirsty_g>\tthat's us sorted for winter then",
            "Oct 23 19:06:52 <ewan_b>\tnice one",
        ]
    )
    card = make_card(log.encode())
    assert (card.headline, card.source, card.author) == (
        headline,
        "The Harbour Sentinel",
        "Owen Pryce",
    )
    assert card.body[0].startswith("The island ferry will run")
    assert card.body[-1].startswith("The operator said it was recruiting")


def test_a_readers_window_titled_by_its_file_is_no_headline() -> None:
    # an e-book made of the page (percollate's: the title, the source, the day it was made)
    read = {
        (card.headline, card.author, card.body[0])
        for window in (
            "Foliate — Verifikasi usia platform digital.epub",
            "Platform digital wajib verifikasi.pdf",
        )
        if (
            card := make_card(
                f"{window}\n☰  Aa  ⌕  🔖     Kliping — 12% · 5 menit lagi\n\n{HEADLINE}\n"
                "Source: https://asumsi.co/post/110482/platform-digital\n"
                "Generated by percollate on 12/11/2025\n\nASUMSI\nTeknologi\n\n"
                f"{HEADLINE}\n\nPenulis: Dinda Prameswari | Selasa, 11 November 2025 17:40 WIB"
                f"\n\n{STORY}"
            )
        )
    }
    assert read == {(HEADLINE, "Dinda Prameswari", _PARAGRAPHS[0])}


def test_a_printed_pages_head_gives_the_issues_day() -> None:
    # a scan's text: the paper's name and the issue's day on one line, far apart
    card = make_card(
        "SUARA PESISIR                              SELASA, 11 NOVEMBER 2025\n"
        "TEKNOLOGI                                              Halaman 5\n\n"
        f"{HEADLINE}\n\nOleh Dinda Prameswari\n\n{STORY}"
    )
    assert (card.published, card.source) == (datetime(2025, 11, 11, tzinfo=WIB), "SUARA PESISIR")


def test_a_page_nested_in_an_outliners_note_is_its_longest_run_of_blocks() -> None:
    # Roam's or Workflowy's note: the reader's blocks, the page's properties, then the page
    # a block each under the block the reader nested it in
    page = [
        "Teknologi",
        HEADLINE,
        "Penulis: Dinda Prameswari",
        "Selasa, 11 November 2025 17:40 WIB",
        *_PARAGRAPHS,
        "Aturan teknis verifikasi usia akan diumumkan setelah konsultasi publik selesai pada "
        "akhir bulan ini, kata kementerian.",
        "Bagikan: Facebook | X | WhatsApp",
    ]
    note = "\n".join(
        [
            "November 11th, 2025",
            "- Rapat redaksi — bahan #[[Kebijakan Digital]]",
            "    - source:: [[Asumsi]]",
            "    - url:: https://asumsi.co/post/110482/platform-digital",
            "    - {{[[TODO]]}} tanya Komdigi soal jadwal konsultasi",
            "    - Artikel (disalin)",
            *(f"        - {block}" for block in page),
            "    - Linked References",
            "        - [[Kebijakan Digital]] — [[November 4th, 2025]]: draf permen",
        ]
    )
    # Workflowy's copy opens on the first block itself, with no day's title over it
    for copied in (note, note.split("\n", 1)[1]):
        card = make_card(copied)
        assert (card.headline, card.author, card.source) == (
            HEADLINE,
            "Dinda Prameswari",
            "Asumsi",
        )
        assert card.body[0] == _PARAGRAPHS[0]
        assert card.published == datetime(2025, 11, 11, 17, 40, tzinfo=WIB)


def test_an_address_field_over_a_page_that_names_no_outlet_gives_its_site() -> None:
    card = make_card(
        "Riwayat Papan Klip — 1.284 klip\nJenis: teks   Dibuat: 11.11.2025 21:36\n"
        "URL: https://asumsi.co/post/110482/platform-digital\n────────────\n\n"
        f"{HEADLINE}\n\nSelasa, 11 November 2025 17:40 WIB\n\n{STORY}"
    )
    assert (card.headline, card.source) == (HEADLINE, "asumsi.co")


def test_a_page_forwarded_by_apple_mail_is_read_under_its_mark() -> None:
    card = make_card(
        "From: Rina <rina@example.com>\nSubject: Fwd: " + HEADLINE + "\n"
        "Date: November 11, 2025 at 6:02:51 PM GMT+7\nTo: Tim <tim@example.com>\n\n"
        "Untuk rapat Kamis, berita lengkapnya di bawah.\n\nBegin forwarded message:\n\n"
        "From: Asumsi <newsletter@asumsi.co>\nSubject: " + HEADLINE + "\n"
        "Date: November 11, 2025 at 5:40:12 PM GMT+7\nTo: rina@example.com\n\n"
        f"ASUMSI\nTeknologi\n\n{HEADLINE}\n\nSelasa, 11 November 2025 17:40 WIB\n\n{STORY}"
    )
    assert (card.headline, card.body[0]) == (HEADLINE, _PARAGRAPHS[0])


def test_a_feed_readers_fields_under_its_menus_give_way_to_the_page() -> None:
    # Akregator: its title, menu bar and feeds' list over the article's fields
    card = make_card(
        "Akregator - Pembaca Umpan\nBerkas  Sunting  Tampilan  Buka  Umpan  Artikel  Bantuan\n"
        "Semua Umpan (37)\n  Asumsi (5)\n  Kabar Pesisir (12)\n\n"
        f"Judul: {HEADLINE}\nPenulis: Dinda Prameswari\nTanggal: Selasa, 11 November 2025 17.40\n"
        "Tautan lengkap: https://asumsi.co/post/110482/platform-digital\n\n"
        f"ASUMSI — Teknologi\n{HEADLINE}\n\nSelasa, 11 November 2025 17:40 WIB\n\n{STORY}"
    )
    assert (card.headline, card.body[0]) == (HEADLINE, _PARAGRAPHS[0])


def test_a_markdown_export_of_a_page_reads_its_heading_and_its_bold_dateline() -> None:
    # a notes app's export: the note's title, then the page with its headline a level-two
    # heading and its dateline in bold
    read = {
        (card.headline, card.dateline, card.body[0])
        for mark in ("##", "#")  # (a level-one heading under the paper's name is the page's)
        if (
            card := make_card(
                "# Verifikasi usia — Asumsi\nDibuat 11 Nov 2025 · Diekspor dari Craft\n\n"
                f"**ASUMSI**\n\n**TEKNOLOGI**\n\n{mark} {HEADLINE}\n\n**Dinda Prameswari**\n"
                f"Selasa, 11 November 2025 17:40 WIB\n\n**JAKARTA —** {STORY}"
            )
        )
    }
    assert read == {(HEADLINE, "JAKARTA", _PARAGRAPHS[0])}


def test_a_news_apps_row_of_section_outlet_and_age_is_no_headline() -> None:
    card = make_card(
        "Kabar Ringkas — Berita Singkat\nUntukmu   Terkini   Teknologi   Bisnis   Bola\n\n"
        f"Teknologi · Asumsi · 2 jam lalu\n\n{HEADLINE}\n\n"
        "✨ Ringkasan AI (dapat keliru)\n• Platform wajib memverifikasi usia pengguna.\n\n"
        "▼ Baca artikel lengkap dari Asumsi\n\nASUMSI\nTeknologi\n"
        f"Selasa, 11 November 2025 17:40 WIB\nPenulis: Dinda Prameswari\n\n{STORY}"
    )
    # (the paper's name in capitals, named as the outlet over it, is no writer)
    assert (card.headline, card.author, card.body[0]) == (
        HEADLINE,
        "Dinda Prameswari",
        _PARAGRAPHS[0],
    )


def test_a_news_apps_link_to_the_whole_story_names_its_outlet() -> None:
    # "▼ Baca artikel lengkap dari Asumsi" over the outlet's own top, its name in capitals
    card = make_card(
        "Kabar Ringkas — Berita Singkat\nUntukmu   Terkini   Teknologi   Bisnis   Bola\n\n"
        f"Teknologi · Asumsi · 2 jam lalu\n\n{HEADLINE}\n\n"
        "▼ Baca artikel lengkap dari Asumsi\n\nASUMSI\nTeknologi\n"
        f"Selasa, 11 November 2025 17:40 WIB\nPenulis: Dinda Prameswari\n\n{STORY}"
    )
    assert (card.author, card.source) == ("Dinda Prameswari", "Asumsi")


@pytest.mark.parametrize(
    "window", ["*kliping usia online.txt - Notepad", "QuickNote.md                ✎  👁  ⋮"]
)
def test_a_file_name_in_an_editors_window_is_no_address(window: str) -> None:
    # the file's name ends like an address ("online.txt"): the page's own address names it
    card = make_card(
        f"{window}\nFile   Edit   Lihat\n\nKliping untuk rapat\n\n---\n\nasumsi.co\n"
        f"Lensa Asumsi\nTeknologi\n{HEADLINE}\nSelasa, 11 November 2025 17:40 WIB\n"
        f"Penulis: Dinda Prameswari\n\n{STORY}"
    )
    assert card.source == "Lensa Asumsi"


def test_a_mails_own_date_over_a_forwarded_page_is_not_the_pages_time() -> None:
    # NeoMutt: the mail's header (its "Date:" to the second), the note, the forward's own
    # header, then the page with its byline and stamp
    mail = (
        "i:Exit  -:PrevPg  <Space>:NextPg v:View Attachm.  d:Del  r:Reply  j:Next ?:Help\n"
        "Date: Thu, 23 Dec 2032 09:14:02 +0800\nFrom: Lalu Fauzi <lf@example.ac.id>\n"
        "To: dosen@example.ac.id\nSubject: Fwd: [Warta Rinjani] Angka putus sekolah turun\n\n"
        "Bapak/Ibu yth.,\n\nBerikut saya teruskan berita pagi ini.\n\nWassalam,\nLalu Fauzi\n\n"
        "----- Forwarded message from Redaksi <redaksi@example.ac.id> -----\n\n"
        "Date: Thu, 23 Dec 2032 08:52:40 +0800\nFrom: Redaksi <redaksi@example.ac.id>\n"
        "Subject: [Warta Rinjani] Angka putus sekolah turun\n\n"
        "Angka Putus Sekolah SMA di NTB Turun, Lombok Timur Masih Tertinggi\n"
        "Oleh: Rusdi Hamzah\n23 Desember 2032 08:30 WITA\n\n"
        "MATARAM—Angka putus sekolah jenjang SMA di Nusa Tenggara Barat turun dari 1,9 persen "
        "pada 2031 menjadi 1,4 persen pada 2032.\n\n"
        "Data tersebut dipaparkan dalam rapat evaluasi akhir tahun di Mataram, Rabu (22/12)."
    )
    assert make_card(mail).published == datetime(
        2032, 12, 23, 8, 30, tzinfo=timezone(timedelta(hours=8))
    )
