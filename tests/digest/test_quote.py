"""Key quotes and their speakers on real text."""

import pytest

from digest.model import ParsedArticle
from digest.parse import parse_article, parse_text
from digest.quote import key_quote
from tests.digest.test_parse import ARTICLES, SEED, indosum_pages


def article(*body: str) -> ParsedArticle:
    return ParsedArticle(headline="Judul", body=body)


def test_seed_quote_and_speaker() -> None:
    quote = key_quote(parse_article(SEED.read_bytes()))
    assert quote is not None
    assert quote.text.startswith("Tekanan politik dan sosial yang belum pernah terjadi")
    assert quote.text.endswith("dengan negara-negara sahabat")
    assert quote.speaker == "Vladimir Putin"


def test_english_speaker_before_told() -> None:
    quote = key_quote(parse_article((ARTICLES / "en_reuters.txt").read_text()))
    assert quote.text == "We will act forcefully if we see more persistent inflationary pressures"
    assert quote.speaker == "Andrew Bailey"


def test_surname_resolves_to_fullest_form_and_titles_are_dropped() -> None:
    quote = key_quote(parse_article((ARTICLES / "id_kompas.txt").read_bytes()))
    assert quote.speaker == "Sri Mulyani Indrawati"


def test_no_quote() -> None:
    assert key_quote(article("Hujan turun deras di Jakarta sejak pagi hari ini.")) is None


def test_scare_quotes_are_not_quotes() -> None:
    body = ('Ia menyebut mereka "kolektif Barat" dalam pidatonya di Moskow kemarin.',)
    assert key_quote(article(*body)) is None


def test_unattributed_quote_keeps_text() -> None:
    quote = key_quote(
        article("“Semua warga harus tetap tenang dan tidak panik menghadapi banjir.”")
    )
    assert quote.text == "Semua warga harus tetap tenang dan tidak panik menghadapi banjir."
    assert quote.speaker is None


def test_nested_quotes_and_nya_form() -> None:
    body = (
        "Gubernur Jawa Barat Ridwan Kamil meninjau lokasi longsor di Sumedang, Sabtu.",
        '“Warga bilang "kami tidak mau pindah" tetapi keselamatan mereka nomor satu,” ujarnya.',
    )
    quote = key_quote(article(*body))
    assert quote.text == 'Warga bilang "kami tidak mau pindah" tetapi keselamatan mereka nomor satu'
    assert quote.speaker == "Ridwan Kamil"


def test_quote_spanning_paragraphs() -> None:
    body = (
        "Menteri Luar Negeri Retno Marsudi menegaskan, “Indonesia tidak akan pernah mengakui "
        "pendudukan itu.",
        "“Kami akan terus bersuara di PBB sampai keadilan ditegakkan bagi rakyat Palestina.”",
    )
    quote = key_quote(article(*body))
    assert quote.text.startswith("Indonesia tidak akan pernah mengakui pendudukan itu. Kami")
    assert quote.text.endswith("bagi rakyat Palestina.")
    assert quote.speaker == "Retno Marsudi"


def test_indosum_quotes_are_found_and_attributed() -> None:
    pages = [p for p in indosum_pages(200) if '"' in p.split("\n", 1)[1]]
    quotes = [key_quote(parse_text(page)) for page in pages]
    found = [q for q in quotes if q]
    assert len(found) >= 0.9 * len(pages)
    assert sum(1 for q in found if q.speaker) >= 0.75 * len(found)
    assert not any(q.text.startswith('"') or q.text.endswith(",") for q in found)


def test_indosum_spot_checked_speaker() -> None:
    first = next(iter(indosum_pages(1)))  # the Zulkifli Hasan transport story
    assert key_quote(parse_text(first)).speaker == "Zulkifli Hasan"


def test_name_with_lower_case_particles_is_kept_whole() -> None:
    quote = key_quote(
        article(
            "BRUSSELS (Reuters) - European Union governments agreed on Friday a seventh package "
            "of sanctions against Russia, diplomats said.",
            '"We are tightening the screws on the Kremlin," said Ursula von der Leyen, the '
            "president of the European Commission, in a statement after the meeting.",
        )
    )
    assert quote is not None
    assert quote.text == "We are tightening the screws on the Kremlin"
    assert quote.speaker == "Ursula von der Leyen"


@pytest.mark.parametrize(
    ("page", "speaker"),
    [
        (  # a Portuguese name after a doctor's title (Tatoli)
            "Timor-Leste steps up dengue checks as cases climb in Dili\n\n"
            "DILI (TATOLI) - Health teams began checking homes across Dili on Monday as dengue "
            "cases rose for the third week running.\n\n"
            "“We are asking every family to check their house and their yard every week,” said "
            "the National Director of Public Health, Dr. Ana Maria da Costa Soares.\n\n"
            "Teams will visit schools and markets in Dili until the end of the month.",
            "Ana Maria da Costa Soares",
        ),
        (  # called by the first of two family names (The Tico Times)
            "Rincón de la Vieja erupts again, park trails stay closed\n\n"
            "SAN JOSÉ, June 18 — The Rincón de la Vieja volcano erupted twice on Thursday "
            "morning, sending a column of steam and ash two kilometres into the sky.\n\n"
            "OVSICORI volcanologist Rodrigo Alfaro Villalobos said the eruption was phreatic, "
            "driven by the sudden heating of water inside the volcano.\n\n"
            "“This type of eruption happens with little or no warning. That is why we insist "
            "that nobody should be near the crater,” Alfaro said.\n\n"
            "The park's trails will stay closed until further notice.",
            "Rodrigo Alfaro Villalobos",
        ),
        (  # a Palembang noble's "Kemas", the story calling him by his given name
            "Kejari OKI Tahan Dua Tersangka Korupsi Dana Desa\n\n"
            "KAYUAGUNG - Kejaksaan Negeri Ogan Komering Ilir menahan dua tersangka korupsi dana "
            "desa, Senin.\n\n"
            "Kepala Seksi Tindak Pidana Khusus Kejari OKI, Kemas Arief Fadillah, mengatakan "
            "penahanan dilakukan setelah penyidik mengantongi dua alat bukti.\n\n"
            "“Kerugian negara mencapai Rp1,2 miliar,” kata Arief.\n\n"
            "Kedua tersangka ditahan di Rutan Kayuagung selama 20 hari.",
            "Kemas Arief Fadillah",
        ),
        (  # a descendant's "Sayed" opening an Afghan's four names (Tolo News)
            "Pomegranate exports to India rise by a third\n\n"
            "KABUL - Exports of Kandahar pomegranates to India rose by a third this season, "
            "traders said on Sunday.\n\n"
            "“Afghanistan can earn much more from pomegranates if it invests in packaging,” said "
            "economic analyst Sayed Masood Hashimi Rahimi.\n\n"
            "Traders said most fruit still leaves the country by road.",
            "Sayed Masood Hashimi Rahimi",
        ),
        (  # a Minangkabau's customary title after his given name (Universitas Andalas)
            "Bunga Rafflesia Mekar di Palupuh\n\n"
            "PADANG - Tim peneliti mencatat 29 knop Rafflesia di Batang Palupuh tahun ini.\n\n"
            "Ketua tim peneliti, Prof. Dr. Syafrimen Datuak Bandaro Kuniang, M.Si., mengatakan "
            "jumlah knop meningkat.\n\n"
            "“Peningkatan ini terkait kondisi inang yang lebih terjaga,” ujar Syafrimen.\n\n"
            "Tim akan menerbitkan hasilnya tahun depan.",
            "Syafrimen Datuak Bandaro Kuniang",
        ),
        (  # a Turkish given name that ends as an Indonesian verb does ("-kan")
            "Marble head found at Aizanoi\n\n"
            "KÜTAHYA - Archaeologists have found a marble head at Aizanoi.\n\n"
            "Excavation head Professor Serkan Yazıcıoğlu Demir said it dated to the second "
            "century.\n\n"
            '"The quality of the workmanship is very high," Demir said.\n\n'
            "The head will go on show in Kütahya next year.",
            "Serkan Yazıcıoğlu Demir",
        ),
        (  # a scientist's trade before her name is a title (Andina)
            "New rain frog described in Peru\n\n"
            "Lima, Oct. 14 (ANDINA). Researchers have described a new species of rain frog.\n\n"
            "Biologist Renzo Cárdenas Villanueva, who led the field work, explained that the "
            "team first heard its call in 2024.\n\n"
            "“It was a short, metallic whistle that none of us recognized,” Cárdenas stated.\n\n"
            "The species is named after the park where it was found.",
            "Renzo Cárdenas Villanueva",
        ),
        (  # a Mongolian's father's initial glued to his name with a stop is part of it
            "Mongolia signs copper deal\n\n"
            "ULAANBAATAR, Dec. 2 (MONTSAME). Minister of Mining Ch.Batsaikhan met investors "
            "on Tuesday.\n\n"
            "“We are ready to sign this deal before the winter,” said Ch.Batsaikhan.\n\n"
            "Prime Minister L.Oyun-Erdene welcomed the agreement.",
            "Ch.Batsaikhan",
        ),
    ],
)
def test_a_speaker_is_named_in_the_fullest_form_the_story_gives(page: str, speaker: str) -> None:
    quote = key_quote(parse_article(page))
    assert quote is not None
    assert quote.speaker == speaker


def test_a_participle_opening_the_sentence_is_not_its_speaker() -> None:
    quote = key_quote(
        article(
            "Jake Pendleton, 27, was travelling at 48mph when his car struck a cyclist near the "
            "junction on the evening of October 12, a court heard.",
            'Sentencing, Judge Catherine Rawlinson told Pendleton: "You chose to look at your '
            'phone rather than at the road ahead. That choice cost a good man his life."',
        )
    )
    assert quote is not None and quote.speaker == "Catherine Rawlinson"


def test_a_witness_the_story_never_names_is_not_the_last_person_named() -> None:
    # "the witness told the court": a woman the story never names, not the accused named
    # just before her; the key quote is the named lawyer's, without his title
    article = parse_text(
        "Man freed after State's witness recants\n\n"
        "PORT OF SPAIN — A Chaguanas mechanic who spent three years in jail awaiting trial "
        "walked free on Wednesday after the State's main witness told the court she had lied.\n\n"
        "Rickey Sookdeo, 41, was charged with the murder of a taxi driver in 2027. The case "
        "rested on a woman who had told police she saw Sookdeo with a gun.\n\n"
        '"I did not see anything that night. I was home," the witness told the court.\n\n'
        "His attorney, Senior Counsel Marlon Baptiste-Rowe, said outside the court that his "
        "client had lost three years of his life.\n\n"
        '"My client has always maintained his innocence, and today the truth came out," he '
        "said."
    )
    quote = key_quote(article)
    assert quote is not None
    assert quote.speaker == "Marlon Baptiste-Rowe"


def test_a_resident_the_story_names_beside_the_noun_is_the_speaker() -> None:
    article = parse_text(
        "Floodwater reaches homes along the river\n\n"
        "Floodwater reached dozens of homes along the river on Sunday, officials said.\n\n"
        "Anna Whitlock, a resident of Mill Lane for 30 years, said the water came in fast.\n\n"
        '"We moved everything upstairs in an hour, and it still was not enough," the resident '
        "said."
    )
    quote = key_quote(article)
    assert quote is not None and quote.speaker == "Anna Whitlock"


def test_a_speaker_after_the_town_and_the_trade_that_describe_him() -> None:
    article = parse_text(
        "Dried grape growers brace for tighter water\n\n"
        "Dried grape growers across the region are bracing for a tougher season after water "
        "allocations stalled at 62 per cent.\n\n"
        '"We can get this crop off, but spring worries me," said Mildura grower Sam Pettigrew, '
        "who runs 40 hectares of sultanas."
    )
    quote = key_quote(article)
    assert quote is not None and quote.speaker == "Sam Pettigrew"


@pytest.mark.parametrize(
    "sentence",
    [
        "Wakil Bupati Manggarai, Fransiskus Dapur, yang dihubungi Warta Flores pada malam "
        "harinya mengatakan, “Kami meminta semua pihak menahan diri dan menunggu dialog.”",
        "The deputy mayor, Fransiskus Dapur, who spoke to the Flores Herald on Monday, said: "
        "“We ask everyone to stay calm and wait for the talks.”",
    ],
)
def test_the_one_an_outlet_reached_speaks_not_the_outlet(sentence: str) -> None:
    article = parse_text(
        "Warga Kembali Hadang Tim Pengukuran Lahan\n\n"
        "Ratusan warga adat kembali menghadang tim pengukuran lahan pada Kamis pagi.\n\n"
        f"{sentence}"
    )
    quote = key_quote(article)
    assert quote is not None and quote.speaker == "Fransiskus Dapur"


@pytest.mark.parametrize(
    ("office", "minister"),
    [
        ("Menkes", "Menteri Kesehatan"),
        ("Menpora", "Menteri Pemuda dan Olahraga"),
        ("Menag", "Menteri Agama"),
    ],
)
def test_a_ministers_short_title_before_a_name_is_a_title(office: str, minister: str) -> None:
    # "kata Menkes Ahmad": the minister the story named in full above
    article = parse_text(
        "Kasus Campak Melonjak di Sejumlah Daerah\n\n"
        f"{minister} Ahmad Fauzi Hasibuan mengatakan lonjakan kasus berkaitan dengan rendahnya "
        "cakupan imunisasi rutin.\n\n"
        "“Cakupan imunisasi kita turun sejak beberapa tahun terakhir. Ini yang membuat wabah "
        f"mudah terjadi,” kata {office} Ahmad di Jakarta, Jumat (19/11)."
    )
    quote = key_quote(article)
    assert quote is not None and quote.speaker == "Ahmad Fauzi Hasibuan"


def test_an_offices_acronym_used_as_a_title_resolves_to_the_person_named_after_it() -> None:
    # "Dirresnarkoba Polda Sulteng Kombes Pol. I Ketut Adnyana" once, then the acronym alone
    # as the last one named before "tegasnya"
    article = ParsedArticle(
        headline="Polda Sulteng Gagalkan Penyelundupan 12 Kilogram Sabu",
        body=(
            "Polda Sulawesi Tengah menggagalkan penyelundupan 12 kilogram sabu dari Nunukan.",
            "Hal tersebut disampaikan Dirresnarkoba Polda Sulteng Kombes Pol. I Ketut Adnyana "
            "saat konferensi pers di Mapolda Sulteng, Jumat (23/9/2033).",
            "Dirresnarkoba menjelaskan, pengungkapan berawal dari informasi masyarakat.",
            "“Kami masih melakukan pengembangan untuk mengejar pengendali jaringan di Nunukan,” "
            "tegasnya.",
        ),
    )
    quote = key_quote(article)
    assert quote is not None and quote.speaker == "I Ketut Adnyana"


def test_a_description_closed_by_ini_is_the_person_just_named() -> None:
    # "ujar dosen Fakultas Biologi UGM ini": the lecturer named above, not "Biologi UGM"
    article = ParsedArticle(
        headline="Peneliti UGM Temukan Bakteri Pengurai Mikroplastik",
        body=(
            "Tim peneliti Universitas Gadjah Mada menemukan bakteri pengurai mikroplastik.",
            "Ketua tim peneliti, Dr. Lintang Ayuningtyas, menuturkan strain bakteri itu "
            "ditemukan setelah timnya menguji lebih dari 300 sampel sedimen.",
            "“Bakteri ini hidup di lingkungan yang sudah lama terpapar sampah plastik,” ujar "
            "dosen Fakultas Biologi UGM ini, Kamis (1/9).",
        ),
    )
    quote = key_quote(article)
    assert quote is not None and quote.speaker == "Lintang Ayuningtyas"


@pytest.mark.parametrize("title", ["captain", "skipper"])
def test_the_captain_said_is_the_captain_named_in_lower_case_before_the_quote(title: str) -> None:
    article = ParsedArticle(
        headline="Knight Riders win the title at the Oval",
        language="en",
        body=(
            "Trinbago Knight Riders captain Kieron Mohammed-Ali hit an unbeaten 96 as his side "
            "won the final by six wickets.",
            "Mohammed-Ali walked in with his side struggling at 38 for three.",
            "“We are not leaving this pitch until it’s done,” the "
            f"{title} said at the post-match presentation.",
            "Warriors captain Romario Bissoondath admitted his side had been 20 runs short.",
        ),
    )
    quote = key_quote(article)
    assert quote is not None and quote.speaker == "Kieron Mohammed-Ali"


def test_a_title_and_a_given_name_resolve_to_the_name_with_bin() -> None:
    # "Prince Turki said": the prince named whole above, "Turki bin Mishaal" (not "Mishaal")
    article = ParsedArticle(
        headline="Saudi Arabia urges recognition of Palestinian state",
        language="en",
        body=(
            "NEW YORK: Saudi Foreign Minister Prince Turki bin Mishaal on Saturday urged the "
            "international community to move from statements to concrete action.",
            "“The world has spent decades managing this conflict instead of ending it,” Prince "
            "Turki said.",
        ),
    )
    quote = key_quote(article)
    assert quote is not None and quote.speaker == "Turki bin Mishaal"


def test_a_bystander_met_this_morning_is_not_the_official_named_before() -> None:
    # "kata seorang warga yang ditemui pagi ini": "ini" after a time is no pointer back
    article = ParsedArticle(
        headline="Banjir Rendam Ratusan Rumah di Bandung",
        body=(
            "Kepala Pelaksana BPBD Kabupaten Bandung Asep Sukmana mengatakan, sebanyak 400 rumah "
            "terendam banjir.",
            "“Air sudah masuk rumah sejak subuh, kami belum sempat menyelamatkan barang,” kata "
            "seorang warga yang ditemui pagi ini.",
        ),
    )
    quote = key_quote(article)
    assert quote is not None and quote.speaker != "Asep Sukmana"


@pytest.mark.parametrize(
    "body",
    [
        # the vice-captain is no captain
        (
            "Knight Riders captain Kieron Ali hit an unbeaten 96, with vice-captain Ravi Singh "
            "making 40.",
            "“We are not leaving this pitch until it’s done,” the captain said.",
        ),
        # the other side's captain named after the quote in its paragraph
        (
            "Knight Riders captain Kieron Ali hit an unbeaten 96 in the final.",
            "“We are not leaving this pitch until it’s done,” the captain said, while "
            "Tallawahs captain Rovman Joseph said his side were outplayed.",
        ),
    ],
)
def test_the_captain_is_not_the_vice_captain_or_the_other_sides(body: tuple[str, ...]) -> None:
    quote = key_quote(
        ParsedArticle(headline="Knight Riders win the title", language="en", body=body)
    )
    assert quote is not None and quote.speaker == "Kieron Ali"
