"""Topics, categories and the topic key subscriptions match on."""

import pytest

from digest.card import make_card
from digest.model import ParsedArticle
from digest.names import article_names
from digest.parse import parse_article
from digest.tag import tag, topic_key
from digest.topic_words import followable
from tests.digest.test_parse import ARTICLES, SEED
from tests.digest.test_topics import _tagged


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
    # An English story keeps English spellings, matched to the Indonesian ones by key.
    assert "Britain" in topics and "Inggris" not in topics
    assert topic_key("Britain") == topic_key("Inggris")
    assert "Reuters" not in topics
    assert category == "economy" and topic_key(category) == topic_key("ekonomi")


def test_the_worlds_countries_and_regions_are_places_in_both_languages() -> None:
    english = make_card(
        "Norway and Chile sign a fisheries pact\n\n"
        "Norway's fisheries minister, Marianne Sivertsen Naess, met her counterpart from Chile "
        "in Oslo on Tuesday, as NHS Scotland and the Scottish government watched the talks.\n\n"
        "Norway buys a third of Chile's salmon feed, Marianne Sivertsen Naess said, and "
        "Scotland will join the talks next year."
    )
    assert {"Norway", "Chile", "Scotland", "Marianne Sivertsen Naess"} <= set(english.topics)
    assert "NHS Scotland" not in english.topics
    assert topic_key("Norway") == topic_key("Norwegia") and topic_key("Chile") == topic_key("Chili")
    indonesian = make_card(
        "Presiden Kolombia bertemu Prabowo\n\n"
        "Presiden Kolombia Gustavo Petro tiba di Jakarta pada Selasa. Gustavo Petro membahas "
        "kopi dengan Prabowo Subianto.\n\nKolombia dan Indonesia, kata Gustavo Petro, sama-sama "
        "pengekspor kopi."
    )
    assert {"Kolombia", "Gustavo Petro"} <= set(indonesian.topics)
    assert "Kolombia Gustavo Petro" not in indonesian.topics


def test_html_topics_merge_short_names() -> None:
    topics, _ = tag(parse_article((ARTICLES / "id_detik.html").read_text()))
    assert "Jawa Tengah" in topics and "Basuki Hadimuljono" in topics
    assert "Basuki" not in topics


def test_topic_key_matches_variants() -> None:
    assert topic_key("putin") == topic_key("Putin") == topic_key("PUTIN ")
    assert topic_key("Russia") == topic_key("rusia")
    assert topic_key("Türkiye") == topic_key("Turki")
    assert topic_key("  Vladimir   Putin.") == "vladimir putin"
    assert topic_key("jokowi") == topic_key("Joko Widodo") == "joko widodo"
    assert topic_key("SBY") == topic_key("Susilo Bambang Yudhoyono")
    assert topic_key("Ahok") == topic_key("basuki tjahaja purnama")
    # An apostrophe is part of the name, not a break in it
    assert topic_key("Abdul Mu'ti") == topic_key("abdul muti") == topic_key("Abdul Mu’ti")


ALIAS_ARTICLE = """Jokowi dan SBY Bertemu di Istana Bogor

Bogor, CNN Indonesia -- Presiden Jokowi menerima mantan Presiden SBY di Istana Bogor, Jawa Barat,
pada Kamis (27/7). Pertemuan itu berlangsung tertutup selama dua jam.

Usai pertemuan, SBY mengatakan keduanya membahas situasi politik menjelang pemilu. "Kami sepakat
bahwa pemilu harus berjalan jujur dan adil bagi semua pihak," kata SBY kepada wartawan.

Jokowi menambahkan pertemuan dengan para mantan presiden akan dilakukan secara rutin.
Ketua Umum Gerindra Prabowo juga dijadwalkan bertemu Jokowi pekan depan, sementara Gubernur DKI
Jakarta Anies Rasyid Baswedan disebut akan hadir dalam pertemuan berikutnya.

Menurut Anies, pertemuan para tokoh itu penting untuk menjaga suasana tetap sejuk."""


def _headline_and_body() -> tuple[str, tuple[str, ...]]:
    article = parse_article(ALIAS_ARTICLE)
    return article.headline, article.body


def test_nicknames_map_to_full_names() -> None:
    topics, _ = tag(parse_article(ALIAS_ARTICLE))
    assert "Joko Widodo" in topics and "Jokowi" not in topics
    assert "Susilo Bambang Yudhoyono" in topics and "SBY" not in topics
    # A nickname merges with the fullest form the article itself prints.
    assert "Anies Rasyid Baswedan" in topics and "Anies Baswedan" not in topics
    named = [m.name for found in article_names(*_headline_and_body()).paragraphs for m in found]
    assert "Prabowo Subianto" in named and "Prabowo" not in named
    assert "Usai" not in named  # a sentence opener ("Usai pertemuan, ...") is not a name


def test_nickname_speaker_is_the_full_name() -> None:
    from digest.quote import key_quote

    quote = key_quote(parse_article(ALIAS_ARTICLE))
    assert quote is not None
    assert quote.text.startswith("Kami sepakat bahwa pemilu")
    assert quote.speaker == "Susilo Bambang Yudhoyono"


def test_a_full_name_that_starts_with_a_nickname_is_kept() -> None:
    text = (
        "Prabowo Subianto Djojohadikusumo Dilantik\n\n"
        "Jakarta - Prabowo Subianto Djojohadikusumo dilantik di Gedung MPR pada Minggu pagi.\n\n"
        "Prabowo kemudian menyampaikan pidato pertamanya di hadapan anggota MPR."
    )
    topics, _ = tag(parse_article(text))
    assert topics[0] == "Prabowo Subianto Djojohadikusumo"
    assert "Prabowo Subianto" not in topics


def test_a_body_spelled_out_is_followed_by_its_short_name() -> None:
    assert topic_key("Bank Indonesia") == topic_key("BI") == "bi"
    assert topic_key("Komisi Pemberantasan Korupsi") == topic_key("KPK")
    assert topic_key("Corruption Eradication Commission") == topic_key("kpk")
    assert topic_key("Perserikatan Bangsa-Bangsa") == topic_key("United Nations") == "pbb"
    assert topic_key("Badan Meteorologi, Klimatologi, dan Geofisika") == topic_key("BMKG")
    # A name other countries share keeps its own key.
    assert topic_key("Supreme Court") != topic_key("MA")
    # In one article the two are one topic, shown as readers follow it.
    topics, _ = _tagged(
        "Kejaksaan Agung Periksa Saksi Kasus Timah",
        "Kejaksaan Agung memeriksa tiga saksi kasus korupsi timah, Senin.",
        "Penyidik Kejagung menyebut pemeriksaan berlanjut pekan depan di Kejagung.",
    )
    assert "Kejagung" in topics and "Kejaksaan Agung" not in topics
    # Spelled out with no brackets, in either language: the body, not a word and a place
    topics, _ = _tagged(
        "Bank Indonesia unexpectedly cuts rates",
        "Bank Indonesia cut its benchmark rate by 25 basis points on Wednesday.",
        "Governor Perry Warjiyo said Bank Indonesia would keep the rupiah stable.",
        language="en",
    )
    assert "BI" in topics and "Indonesia" not in topics
    named = [
        (m.name, m.kind)
        for found in article_names(
            "Sidang", ("Gubernur Bank Indonesia Perry Warjiyo dan Mahkamah Agung Venezuela.",)
        ).paragraphs
        for m in found
    ]
    assert ("Perry Warjiyo", "person") in named and ("Mahkamah Agung", "org") not in named


def test_an_environment_story_is_in_its_section_and_a_word_of_it_alone_is_not() -> None:
    haze = parse_article(
        "Kabut Asap Kembali Selimuti Pekanbaru\n\n"
        "Kabut asap dari kebakaran lahan gambut kembali menyelimuti Pekanbaru, Senin. Kualitas "
        "udara di kota itu masuk kategori tidak sehat.\n\n"
        "Walhi Riau mencatat karhutla tahun ini menghanguskan 1.200 hektare lahan gambut dan "
        "meminta perusahaan pemegang konsesi ikut memadamkan api.\n\n"
        "Emisi karbon dari gambut yang terbakar jauh lebih besar daripada dari hutan mineral."
    )
    assert tag(haze)[1] == "lingkungan"
    holiday = parse_article(
        "Tips Aman Meninggalkan Rumah Saat Libur Natal\n\n"
        "Sebelum berangkat, buang sampah dari dapur agar rumah tidak berbau. Sampah basah cepat "
        "membusuk bila ditinggal lama.\n\n"
        "Matikan aliran listrik yang tidak perlu dan titipkan kunci kepada tetangga. Jangan lupa "
        "membawa sampah ke tempat pembuangan sebelum pergi."
    )
    assert tag(holiday)[1] != "lingkungan"


def test_electricity_is_the_economys_and_an_electric_car_the_car_sections() -> None:
    grid = parse_article(
        "Pulau Jawa Tak Lagi Surplus Listrik\n\n"
        "Kementerian ESDM menyebut pasokan listrik di Pulau Jawa tak lagi surplus tahun ini. "
        "Konsumsi listrik industri naik lebih cepat dari pembangkit baru.\n\n"
        "PLN diminta mempercepat pembangunan transmisi agar listrik dari Sumatera bisa mengalir "
        "ke Jawa sebelum beban puncak tahun depan."
    )
    assert tag(grid)[1] == "ekonomi"
    car = parse_article(
        "Penjualan Mobil Listrik Naik Dua Kali Lipat\n\n"
        "Penjualan mobil listrik di Indonesia naik dua kali lipat dibanding tahun lalu. Dealer "
        "menyebut konsumen tertarik pada mobil listrik karena bebas ganjil-genap.\n\n"
        "Gaikindo mencatat mobil listrik kini menyumbang lima persen penjualan kendaraan baru."
    )
    assert tag(car)[1] == "otomotif"


def test_an_english_body_named_with_of_is_one_topic_and_its_head_before_a_name() -> None:
    names = [
        [(m.name, m.kind) for m in found]
        for found in article_names(
            "Rates",
            (
                "A survey by the Department of Conservation found 38,000 adult toheroa.",
                "Bank of England Governor Andrew Bailey and the Reserve Bank of India met.",
                "Ministry of Foreign Affairs Retno Marsudi spoke at the University of Oxford.",
            ),
        ).paragraphs
    ]
    assert names == [
        [("Department of Conservation", "org")],
        [("Bank of England", "org"), ("Andrew Bailey", "person"), ("Reserve Bank of India", "org")],
        [
            ("Ministry of Foreign Affairs", "org"),
            ("Retno Marsudi", "person"),
            ("University of Oxford", "org"),
        ],
    ]


def test_english_topics_are_names_not_words_peoples_or_money() -> None:
    card = make_card(
        "Thailand's deputy interior minister backs casino bill\n\n"
        "Deputy Interior Minister Anurak Thongchai said on Monday that the casino bill would bring "
        "Rs 2,000 crore in investment and P16 billion in taxes, according to Asian investors.\n\n"
        "Indonesians and Asian visitors made up a third of arrivals last year, Deputy Interior "
        "Minister Anurak Thongchai told reporters in Bangkok.\n\n"
        "The Labour opposition in Britain and Labour lawmakers in Australia watched the vote, "
        "Anurak Thongchai said, as Indonesians queued at the border."
    )
    assert "Anurak Thongchai" in card.topics and "Labour" in card.topics
    for junk in ("Interior", "Deputy Interior", "Asian", "Indonesians", "Rs", "P16"):
        assert junk not in card.topics
    plural = make_card(
        "Dubai's driverless taxis carry paying passengers\n\n"
        "Residents in Jumeirah can now book a driverless taxi, the Roads and Transport "
        "Authority said.\n\nResidents who want to ride must register in the app, and one "
        "resident, Priya Raghunathan, said she booked a ride on Monday."
    )
    assert "Residents" not in plural.topics
    named = make_card(
        "Council approves budget\n\nDan Smith, the council leader, said taxes would not rise. "
        "Yang Dong-hoon, a researcher, agreed.\n\nDan Smith added that the vote was close, "
        "and Yang Dong-hoon said the budget was fair."
    )
    assert {"Dan Smith", "Yang Dong-hoon"} <= set(named.topics)


def test_a_law_or_a_pact_is_one_topic_not_a_person() -> None:
    card = make_card(
        "EU lawmakers back changes to the AI Act\n\n"
        "European Union lawmakers on Wednesday backed changes to the AI Act, the bloc's law on "
        "artificial intelligence, and asked how the US CHIPS Act and the Paris Agreement fit.\n\n"
        '"We have listened to the industry," said Brando Benifei, who steered the AI Act. '
        "Nathan Law, an activist, said the Geneva Convention was older than both.\n\n"
        "The AI Act now waits for the member states; Nathan Law said they would sign it."
    )
    assert "AI Act" in card.topics and "Nathan Law" in card.topics
    assert "Act" not in card.topics
    names = {
        m.name: m.kind
        for found in article_names(card.headline, card.body).paragraphs
        for m in found
    }
    assert names["US CHIPS Act"] == names["Paris Agreement"] == "org"
    assert names["Geneva Convention"] == "org"
    assert card.key_quote is not None and card.key_quote.speaker == "Brando Benifei"


@pytest.mark.parametrize(("name", "kept"), [("P16", None), ("P3K", "P3K"), ("P2G", "P2G")])
def test_a_peso_amount_is_no_topic_but_an_acronym_with_a_digit_is(
    name: str, kept: str | None
) -> None:
    assert followable(name, "en") == kept


def test_an_indonesian_hospitals_rs_stays_in_its_name() -> None:
    topics, _ = tag(
        parse_article(
            "Korban Dirawat di RS Bhayangkara\n\nKorban dibawa ke RS Bhayangkara Jayapura pada "
            "Senin malam. Dokter RS Bhayangkara menyebut kondisinya stabil.\n\nPolisi masih "
            "memeriksa saksi di sekitar RS Bhayangkara."
        )
    )
    assert any(t.startswith("RS Bhayangkara") for t in topics)


def test_a_posts_short_name_is_no_topic_and_a_bodys_is() -> None:
    post = make_card(
        "Kejati DKI Usut Korupsi Mesin Pencacah Sampah\n\n"
        "Kepala Seksi Penerangan Hukum (Kasipenkum) Kejati DKI Jakarta, Syahrul Ramadhan, "
        "menjelaskan pengadaan dilakukan pada 2022 dan 2023.\n\n"
        "“Mesin yang dikirim kapasitasnya jauh di bawah spesifikasi,” kata Kasipenkum di "
        "Kantor Kejati DKI, Senin.\n\n"
        "Syahrul Ramadhan menambahkan penyidik sudah memeriksa 14 saksi."
    )
    assert "Syahrul Ramadhan" in post.topics and "Kasipenkum" not in post.topics
    body = make_card(
        "Pemprov DKI Gelar Nikah Massal\n\n"
        "Perencanaan teknis masih dirumuskan oleh Kepala Biro Tata Pemerintahan (Tapem) DKI "
        "Premi Lasari.\n\n"
        "Pemprov DKI akan bersinergi dengan Biro Tapem DKI dan Dukcapil, kata Premi Lasari."
    )
    assert "Biro Tapem" in body.topics


def test_a_given_name_with_a_word_glued_before_it_is_the_person_and_an_office_alone_is_none() -> (
    None
):
    card = make_card(
        "Aurelia Juara Indonesia Masters\n\n"
        "Tunggal putri Indonesia, Aurelia Kinanti Putri, menjadi juara Indonesia Masters di "
        "Istora Senayan, Minggu. Departemen Luar Negeri dan Biro Humas PBSI mengucapkan "
        "selamat.\n\n"
        "Aurelia menang atas unggulan kedua dalam tiga gim. Targetnya Aurelia bisa menembus "
        "sepuluh besar dunia tahun ini, kata pelatih.\n\n"
        "Pelatih menyebut Aurelia tampil tenang."
    )
    assert "Aurelia Kinanti Putri" in card.topics and "Aurelia" not in card.topics
    office = make_card(
        "Wawancara Visa Pelajar AS Dibuka Lagi\n\n"
        "WASHINGTON DC — Departemen Luar Negeri Amerika Serikat (AS) kembali membuka jadwal "
        "wawancara visa pelajar.\n\nDalam keterangan tertulis, Departemen Luar Negeri AS "
        "menyatakan pemeriksaan daring berlaku untuk semua pemohon."
    )
    assert "Departemen" not in office.topics
    # "AS" (Amerika Serikat) three times does not make the story English
    assert (office.language, office.category) == ("id", "internasional")


def test_an_initial_stays_in_a_topic_and_a_quizs_answer_letters_are_none() -> None:
    card = make_card(
        "Court quashes eviction of vendors\n\nThe Madras High Court set aside the eviction of 42 "
        "vendors from the plaza in T. Nagar, said senior counsel K. Ilango Selvaraj.\n\n"
        "Vendors in T. Nagar had traded there for decades, K. Ilango Selvaraj told the court."
    )
    assert {"T. Nagar", "K. Ilango Selvaraj"} <= set(card.topics) and "Nagar" not in card.topics
    quiz = make_card(
        "Soal Agama Kelas 5\n\n1. Sikap kasih terhadap sesama adalah …\nA. Marah saat teman "
        "meminjam alat tulis\nB. Menolong teman yang jatuh\nC. Mengejek teman\nD. Membiarkan "
        "teman kesulitan\n\nKunci jawaban: B\n\n2. Tugas utama manusia adalah …\nA. Marah "
        "pada alam\nB. Menjaga ciptaan-Nya\nC. Menguasai alam\nD. Membanggakan diri\n\n"
        "Kunci jawaban: B. Guru meminta siswa membaca ulang materi sebelum ujian pekan depan."
    )
    assert not any(t.endswith(".") for t in quiz.topics)


@pytest.mark.parametrize(
    ("body", "category"),
    [
        (
            "BMKG memprakirakan puncak musim hujan di Jawa Timur terjadi pada Januari. Prakiraan "
            "cuaca BMKG menyebut curah hujan tinggi, dan BMKG meminta warga mewaspadai cuaca "
            "ekstrem.",
            "sains",
        ),
        (
            "Puncak hujan meteor Leonid terjadi Senin dini hari. Komunitas astronomi mencatat 31 "
            "meteor per jam, termasuk dua bola api terang yang membuat warga mengira ada bola "
            "jatuh. Bola api itu terlihat dari Kota Batu, dan teleskop tidak diperlukan.",
            "sains",
        ),
        (
            "Hujan deras dua jam membuat 14 titik di Surabaya tergenang. Genangan setinggi 40 cm "
            "membuat motor mogok, dan warga menyebut saluran drainase tersumbat sampah.",
            "lingkungan",
        ),
        (
            "BYD menjual satu juta unit Seagull dalam dua tahun. Mobil listrik BYD itu kini "
            "dirakit di Subang, dan Chery menyiapkan pesaingnya.",
            "otomotif",
        ),
        (
            "Petarung UFC itu menang angka atas lawannya. Laga tinju itu ditonton ribuan "
            "penggemar, dan petinju muda Indonesia ikut bertanding.",
            "olahraga",
        ),
        (
            "Desainer asal Prancis memamerkan busana tenun Sumba di Jakarta Fashion Week. "
            "Peragaan itu menutup hari kedua, dan desainer Paris itu memuji perajin Sumba.",
            "hiburan",
        ),
        (
            "Polisi membongkar komplotan curanmor yang mencuri 27 sepeda motor. Para pelaku "
            "pencurian motor itu kini ditahan di Polresta.",
            "hukum",
        ),
        (  # a drought story, though water comes by truck ("mobil tangki")
            "Kemarau panjang membuat sumur warga kering. Warga membeli air dari mobil tangki, "
            "dan kekeringan diperkirakan berlangsung hingga Desember karena kemarau.",
            "lingkungan",
        ),
        (  # a tidal flood, though a school and a clinic are under water
            "Banjir rob setinggi 60 sentimeter merendam tiga kelurahan. Sekolah diliburkan dan "
            "puskesmas pindah ke balai warga karena rob belum surut, dan banjir diperkirakan "
            "datang lagi saat purnama.",
            "lingkungan",
        ),
        (  # the stage, though its players are students ("pelajar", "sekolah")
            "Pementasan ludruk itu dipenuhi pelajar. Para pemain muda dari sekolah dan kampus "
            "ikut dalam pertunjukan, dan lakon itu akan dipentaskan lagi; penari remo membuka "
            "pementasan.",
            "hiburan",
        ),
        (  # one environment word again and again: a city's rubbish crisis, though by truck
            "Sampah menumpuk di depo karena truk sampah antre berjam-jam. Sampah rumah tangga "
            "tidak terangkut, warga mengeluhkan bau sampah, dan petugas memilah sampah. Pemkot "
            "meminta warga mengurangi sampah dari rumah.",
            "lingkungan",
        ),
        (  # a research team's boat, not a sports team's match
            "Tim mahasiswa merancang perahu nelayan bertenaga surya. Tim itu menguji mesin "
            "listrik perahu di Kenjeran, dan mahasiswa tim tersebut akan membawa hasil riset "
            "ke lomba. Tim pembimbing dari kampus ikut mendampingi mahasiswa.",
            "pendidikan",
        ),
        (  # mosques' solar panels cut their power bills: an energy story, not a trade one
            "Ratusan masjid memasang panel surya di atap. Tagihan listrik masjid turun hingga 60 "
            "persen, dan pengurus masjid menyebut panel surya itu dibeli dari infak jemaah. "
            "Dewan masjid menargetkan seribu masjid beralih ke energi terbarukan.",
            "lingkungan",
        ),
        (  # a village reached by the phone signal at last
            "Sebanyak 23 desa terpencil kini terjangkau sinyal 4G. Warga bisa mengakses internet "
            "untuk sekolah, dan menara telekomunikasi baru membuat sinyal 4G stabil.",
            "teknologi",
        ),
        (  # pilot whales stranded on a beach ("paus" alone is as often the Pope)
            "Sembilan paus pilot terdampar di Pantai Oeseli. Warga dan petugas konservasi "
            "mendorong tiga paus pilot kembali ke laut, dan mamalia laut lain diperiksa dokter "
            "hewan.",
            "lingkungan",
        ),
        (  # a regatta of the regions, though its boats draw tourists from abroad
            "Festival pacu jalur tahun ini diikuti 250 jalur. Juara pacu jalur tahun lalu "
            "kembali turun, dan pacu jalur itu ditonton ribuan wisatawan dari Malaysia.",
            "olahraga",
        ),
        (  # a crop's trade resumed, though ministers and a party speak of it
            "Banana shipments to the UK will resume next month, the minister said. Exporters "
            "expect weekly shipments of 40 tonnes, and the opposition party welcomed the "
            "shipments.",
            "ekonomi",
        ),
        (  # mudflows down the mountain after the snow melts
            "Mudflows triggered by heavy rain and rapid snowmelt blocked the road. Rescuers "
            "cleared two mudflows by evening, and more mudflows are expected this week.",
            "lingkungan",
        ),
        (  # a whirlwind tearing roofs off: a disaster of the weather
            "Angin puting beliung merusak 12 rumah di Cicurug. Atap rumah warga terbang, dan "
            "BPBD mendata kerusakan akibat puting beliung itu. Ini puting beliung kedua yang "
            "melanda kecamatan itu bulan ini.",
            "lingkungan",
        ),
        (  # bottled gas run short at its depots
            "Elpiji 3 kilogram langka di pangkalan. Warga antre elpiji sejak pagi, dan "
            "Disperindag memantau penyaluran elpiji bersubsidi.",
            "ekonomi",
        ),
        (  # a court's fine in English
            "The operator was fined HK$120,000 after pleading guilty at the magistrates' court "
            "to six offences. The magistrate said the offences had hurt vulnerable workers.",
            "hukum",
        ),
        (  # a levy on foreign tourists: the tourism trade, though they come from abroad
            "Pungutan wisatawan mancanegara baru terkumpul Rp318 miliar. Pemprov Bali menyebut "
            "pelaku pariwisata belum patuh; dana untuk pariwisata itu dipakai menata destinasi "
            "pariwisata di Bali.",
            "ekonomi",
        ),
        (  # a new air route: "Kuala Lumpur" is no mud, an airport's name no world story
            "Maskapai membuka rute Bandara Internasional Kertajati ke Kuala Lumpur mulai Juli. "
            "Tiket penerbangan ke Kuala Lumpur sudah terjual 70 persen, dan Dinas Pariwisata "
            "berharap wisatawan Malaysia datang dan mendorong ekonomi daerah; Bandara "
            "Internasional Kertajati juga melayani umrah.",
            "ekonomi",
        ),
        (  # a fishery's season and its catch
            "The first squid season closed with the strongest catch in a decade, the Fisheries "
            "Department said. Licensed vessels landed 48,000 tonnes, and fishery licence "
            "revenue rose; the fisheries director said the second season opens in July.",
            "ekonomi",
        ),
        (  # a blizzard and its snow shutting a highway
            "A blizzard shut the interstate as 20 inches of snow were forecast. Snowfall rates "
            "of two inches an hour made roads impassable, and the blizzard warning runs until "
            "Friday, when more snow is expected.",
            "lingkungan",
        ),
        (  # a crater lake turning colour, measured by the volcanologists
            "Air danau kawah Kelimutu berubah warna menjadi hijau toska. Petugas PVMBG mengukur "
            "suhu air kawah naik dua derajat, dan PVMBG meminta wisatawan tidak mendekati kawah. "
            "Peneliti menyebut perubahan itu dipicu gas vulkanik.",
            "sains",
        ),
        (  # a crop's planting failed in a drought: the farmers' trade
            "Ribuan hektare jagung terancam gagal tanam karena hujan tak kunjung turun. Petani "
            "sudah dua kali menanam benih, dan Dinas Pertanian menyiapkan cadangan benih bagi "
            "petani. Kekeringan membuat petani menunda tanam, dan Dinas Pertanian mendata "
            "petani yang merugi.",
            "ekonomi",
        ),
        (  # a volcano's cold lava down the rivers
            "Banjir lahar dingin Marapi menerjang dua nagari. Lahar membawa batu besar, dan "
            "banjir lahar kembali datang saat hujan deras malam harinya.",
            "lingkungan",
        ),
        (  # a wildfire on a hillside
            "A wildfire spread through pine woodland overnight. It was the largest wildfire on "
            "the island since 2013, and crews expect more wildfires as the heat goes on.",
            "lingkungan",
        ),
        (  # archaeologists digging a temple's site
            "Tim arkeolog menemukan struktur bata dalam ekskavasi di kompleks candi. Ekskavasi "
            "tahap kedua dilakukan balai pelestarian cagar budaya, dan arkeolog menduga bata "
            "itu bekas asrama biksu.",
            "sains",
        ),
        (  # the grid's power supply and its fuel, though a minister announces it
            "The utility will raise electricity supply to ten hours a day, the minister said. "
            "A new fuel deal covers the power stations, and electricity tariffs stay unchanged.",
            "ekonomi",
        ),
        (  # officials sworn into new posts, though one of them ran the flood office
            "Wali kota melantik 64 pejabat eselon II dan III. Pelantikan itu merotasi kepala "
            "dinas, termasuk kepala dinas yang menangani banjir, dan pejabat eselon yang "
            "dinonjobkan diminta menerima keputusan.",
            "politik",
        ),
        (  # a port's loading of containers, though trucks carry them out of the gate
            "Terminal mulai menguji bongkar muat peti kemas otomatis pada malam hari. Antrean "
            "truk di gerbang berkurang, dan bongkar muat peti kemas naik 18 persen; truk "
            "pengangkut kini menunggu kurang dari satu jam.",
            "ekonomi",
        ),
        (  # an airport's runway is no fashion show's
            "The runway will be extended by 240 metres after a vote. Airlines say the longer "
            "runway secures the island's air links, and businesses back the runway plan for "
            "its economic case.",
            "ekonomi",
        ),
        (  # streets flooded by a downpour, though the schools shut for it
            "Streets were flooded after a record downpour, and schools closed for two days. "
            "Floodwaters inundated homes in the east of the city, and schools will reopen when "
            "the downpour ends.",
            "lingkungan",
        ),
        (  # a commission's vote on elk hunts: the wildlife's story
            "The commission voted to tighten elk hunts along the river breaks. Elk numbers fell "
            "in the counts, and hunters and ranchers disagree on where the elk and deer winter.",
            "lingkungan",
        ),
        (  # a pier for cruise ships: the island's trade, though it is built on a reef
            "The pier opens for the cruise season as cruise ships return. Cruise passengers "
            "spend in shops, though environmental groups worry about the coral and the reef.",
            "ekonomi",
        ),
        (  # a no-hitter, though the fans filled the stands for the series
            "The pitcher threw a no-hitter, striking out 11 in nine innings. The shortstop made "
            "the final out, and fans cheered the series win; the next hitter never came.",
            "olahraga",
        ),
        (  # a cliff eaten by the sea, and a lake's algae
            "Coastal erosion has taken four metres of cliff a year, and erosion will reach the "
            "road by 2030. Blue-green algae closed the lake, and the algae bloom may last weeks.",
            "lingkungan",
        ),
        (  # a festival's tribute to a poet, though students read at it
            "The festival closed with a tribute to the poet. Her poetry was read by students, "
            "and poets from three counties joined the tribute to the poet's work.",
            "hiburan",
        ),
        (  # a flood's evacuees and the clinic's medicine for them: the flood's story
            "Banjir merendam enam kampung dan ratusan warga mengungsi. BPBD membuka tempat "
            "pengungsian; puskesmas membagikan obat diare dan petugas kesehatan memeriksa "
            "warga yang sakit di pengungsian.",
            "lingkungan",
        ),
        (  # puffins on their cliffs, though scientists counted them
            "Puffin numbers rose for a second year, RSPB scientists said. Seabirds across "
            "the isles struggled, but puffins at the head found sandeels close by.",
            "lingkungan",
        ),
        (  # a cabinet's sum for a port, in India's crores
            "The cabinet cleared Rs 4,200 crore for the port. The minister said the government "
            "would put in Rs 1,500 crore, the Centre Rs 900 crore and the investment partner "
            "Rs 1,800 crore.",
            "ekonomi",
        ),
        (  # a cliff's landslip, though the coastguard warned walkers
            "A huge landslip brought down part of the cliff. The coastguard warned walkers "
            "after more rockfalls, and a second landslip followed at dawn.",
            "lingkungan",
        ),
        (  # a carnival's costumes, though its visitors spend at stalls
            "Karnaval bunga itu menampilkan 180 kostum. Wisatawan memadati jalan, dan karnaval "
            "tahun ini diikuti peserta dari tujuh kota; karnaval ditutup malam hari.",
            "hiburan",
        ),
        (  # houses lost to a nor'easter's surf
            "Two more houses collapsed into the ocean as the nor'easter lingered. The "
            "nor'easter's surf cut the dunes, and a third nor'easter is forecast.",
            "lingkungan",
        ),
        (  # growers and farmers facing water cuts
            "Growers brace for deeper cuts to river water. Farmers say lettuce growers will "
            "lose half the harvest, and farmers who switched to drip irrigation still face cuts.",
            "ekonomi",
        ),
        (  # stubble fires, though farmers are paid not to burn
            "Officers will stop stubble fires this season. Farmers who burn stubble lose their "
            "payments, and stubble smoke adds to the cities' pollution.",
            "lingkungan",
        ),
        (  # a cloud's outage, an expired certificate on its servers: the trade's story
            "The outage hit servers in two regions. Hackers played no part, the company said; "
            "an expired certificate took the servers down, and the outage lasted 14 hours.",
            "teknologi",
        ),
        (  # a spectrum auction for 5G, though it raised $1.1bn
            "The regulator sold spectrum in two bands to three operators. The spectrum will "
            "carry 5G and broadband services, and the operators paid $1.1 billion for it.",
            "teknologi",
        ),
        (  # loggerheads' nests counted on the beaches
            "Loggerhead turtles laid a record number of nests this summer. Biologists marked "
            "the nests, and volunteers guide the hatchlings to the surf.",
            "lingkungan",
        ),
        (  # a week's trade in real estate
            "Real estate trading volume exceeded QR1.6bn in the week. The real estate "
            "department said mortgage deals rose, and estate agents reported more sales.",
            "ekonomi",
        ),
        (  # modern jeepneys on a city's routes
            "Five hundred modern jeepneys will ply the routes by December. The old jeepneys "
            "will be retired, and drivers of the jeepneys will join cooperatives.",
            "otomotif",
        ),
        (  # a sheriff court's jailing of a shoplifter for an assault: the court's story
            "A man was jailed for 28 months for the assault. His solicitor said he pleaded "
            "guilty to assault and theft, and the sheriff said prison was the only option.",
            "hukum",
        ),
        (  # a total fire ban in a dry spell
            "A total fire ban is in force as the dry spell continues. The fire ban covers the "
            "whole district, and firefighters warn the dry spell may last weeks.",
            "lingkungan",
        ),
        (  # a manufacturer's new hall and the jobs it brings, though councillors voted
            "A battery manufacturer is set to create 450 jobs. The manufacturer will build a "
            "second hall, and councillors voted to approve the jobs plan on Tuesday.",
            "ekonomi",
        ),
        (  # a council's budget U-turn, which its councillors weigh
            "Councillors agreed to keep 11 bus routes running. Opposition councillors said the "
            "U-turn came too late, and councillors will meet again next spring.",
            "politik",
        ),
        (  # researchers and their laboratory, though the battery may reach the market
            "The researchers built the battery in their laboratory. The researchers say a "
            "market for it is years away; the laboratory will test it next year.",
            "sains",
        ),
        (  # sewage overflows on the beaches after a storm
            "Sewage overflows closed three beaches after the storm. The water company said "
            "the overflows discharged sewage for six hours.",
            "lingkungan",
        ),
        (  # invasive mussels on boats
            "Inspection stations open early to stop invasive mussels. Boats carrying mussels "
            "from other lakes must be cleaned.",
            "lingkungan",
        ),
        (  # chargers for electric cars along the highway
            "The state will install 300 public chargers along the highway. Chargers at rest "
            "stops will be fast chargers, and registrations of electric models doubled.",
            "otomotif",
        ),
        (  # number plates handed out at last
            "The agency will stop issuing temporary plates by July. Riders still waiting for "
            "plates can claim them at district offices, where 90,000 plates wait.",
            "otomotif",
        ),
        (  # hawkers and their rents at a new food centre
            "Hawkers at the new food centre say the stall rents are too high. Stallholders "
            "asked the operator to cut fees for the first year, and hawkers may leave.",
            "ekonomi",
        ),
        (  # dancers back on a temple's causeway
            "Dancers performed on the causeway for the first time in five years. The "
            "performance drew 2,000 spectators, and the dancers will return in June.",
            "hiburan",
        ),
        (  # a fire in the scrub, contained
            "Crews contained a scrub fire near the town after 450 hectares burned. The scrub "
            "fire came within two kilometres of homes; those who fled the scrub fire returned.",
            "lingkungan",
        ),
        (  # power from the tides
            "Ministers granted consent for the tidal energy array in the sound. Tidal energy "
            "from the channel could power 4,000 homes, the first tidal energy on the island.",
            "lingkungan",
        ),
        (  # the mayor's plan for the buses
            "The mayor confirmed the first routes to be franchised. The mayor said fares would "
            "be capped from September, a promise the mayor made last year.",
            "politik",
        ),
    ],
)
def test_weather_carmakers_and_fighters_name_their_sections(body: str, category: str) -> None:
    assert tag(ParsedArticle(headline="Kabar Hari Ini", body=(body,), language="id"))[1] == (
        category
    )


def test_who_someone_is_and_an_investigators_title_are_no_topics() -> None:
    english = make_card(
        "Frenchman deported from Bali over surf school\n\n"
        "A Frenchman who ran a surf school in Canggu was deported, immigration officials said. "
        "The Frenchman had entered on a visit visa.\n\n"
        "The Filipino-Indonesian director and her Javanese crew shot in Solo. The "
        "Filipino-Indonesian production was funded by Javanese patrons. Philippine fans and "
        "Philippine officials watched."
    )
    for junk in ("Frenchman", "Filipino-Indonesian", "Javanese", "Philippine"):
        assert junk not in english.topics
    indonesian = make_card(
        "KPK Tahan Kepala Dinas PUPR Muara Enim\n\n"
        "Penyidik KPK menahan Kepala Dinas PUPR Muara Enim, Wahyu Setiadi Kurniawan, pada Selasa. "
        "Penyidik menemukan bukti suap proyek jalan.\n\n"
        "Penyidik juga memeriksa tiga saksi dari pihak swasta di Gedung Merah Putih KPK."
    )
    assert "KPK" in indonesian.topics and "Penyidik" not in indonesian.topics


def test_a_word_the_story_writes_in_lower_case_is_no_topic_left_of_a_longer_name() -> None:
    # "Guru" of "Hari Guru" and "Guru Honorer", in a story about teachers ("guru")
    card = make_card(
        "Guru Honorer di Gunungkidul Tetap Digaji Rp400 Ribu\n\n"
        "Sri Wahyuningsih Pamularsih sudah 14 tahun menjadi guru honorer di Gunungkidul. Setiap "
        "Hari Guru, murid-muridnya menyanyikan lagu untuknya.\n\n"
        "Menurut Sri Wahyuningsih Pamularsih, gaji guru honorer tidak pernah naik sejak 2019, "
        "dan pada Hari Guru tahun ini pun tidak ada kabar baik."
    )
    assert "Guru" not in card.topics
    assert "Sri Wahyuningsih Pamularsih" in card.topics


def test_an_english_plural_that_only_opens_sentences_is_no_topic() -> None:
    card = make_card(
        "Mangrove fishers in North Sumatra lose ground as oil palm creeps to the coast\n\n"
        "Villagers in Sei Siur say tidal flooding has become more frequent since the mangroves "
        "were cleared, Jamaluddin Siregar said.\n\n"
        "Villagers have raised the floors of their houses twice. Officials said the clearing "
        "was under investigation, Jamaluddin Siregar added.\n\n"
        "Officials did not say when the inquiry would end."
    )
    assert "Villagers" not in card.topics and "Officials" not in card.topics
    assert "Jamaluddin Siregar" in card.topics


def test_a_story_about_phones_and_laptops_is_filed_under_technology() -> None:
    card = make_card(
        "The Swappable Phone Battery Is Back\n\n"
        "From February, every phone sold in Europe must let owners pop out a dead battery "
        "without special tools, and handset makers have redesigned their phones around the "
        "rule, the European Commission said.\n\n"
        "Laptop makers will follow in 2036, when the rule extends to laptops and other "
        "gadgets sold in the bloc."
    )
    assert card.category == "technology"


def test_a_robbery_of_a_phone_is_no_technology_story() -> None:
    card = make_card(
        "Man robbed at knifepoint in city centre\n\n"
        "A man was robbed of his phone and wallet at knifepoint in Leeds city centre on "
        "Saturday night, police said.\n\n"
        "Detectives said the victim was threatened by two men who fled on foot with his "
        "phone. In a phone interview, a witness said the men ran towards the station.\n\n"
        "Anyone with information can phone West Yorkshire Police on 101, officers said."
    )
    assert card.category != "technology"
