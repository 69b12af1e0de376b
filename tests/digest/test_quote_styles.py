"""The key quote and its speaker in every quote style and attribution form the press uses.

The articles below are short, realistic texts written for these tests (Indonesian and
English), one per style or form; none is copied from an outlet.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.model import ParsedArticle, Quote
from digest.parse import parse_article
from digest.quote import key_quote, scan_quotes
from digest.tag import tag


def quote_of(*body: str, headline: str = "Judul berita") -> Quote:
    found = key_quote(ParsedArticle(headline=headline, body=body))
    assert found is not None
    return found


# --- quote marks -------------------------------------------------------------------------


def test_kompas_style_opens_and_closes_with_the_same_mark() -> None:
    quote = quote_of(
        "JAKARTA, KOMPAS.com - Menteri Kesehatan Budi Gunadi Sadikin meminta warga tetap "
        "waspada terhadap lonjakan kasus demam berdarah pada musim hujan.",
        "”Kami sudah menyiapkan tambahan obat dan tenaga kesehatan di daerah rawan,” kata Budi "
        "di Jakarta, Senin (3/11/2025).",
    )
    assert quote.text == "Kami sudah menyiapkan tambahan obat dan tenaga kesehatan di daerah rawan"
    assert quote.speaker == "Budi Gunadi Sadikin"


@pytest.mark.parametrize(("opening", "closing"), [("‘’", "’’"), ("‘‘", "’’")])
def test_two_single_marks_typed_for_each_double_one(opening: str, closing: str) -> None:
    # Suara NTB: "‘’Curah hujan … aman,’’ katanya"
    from digest.card import make_card

    card = make_card(
        "SUARA NTB\n\nPendakian Rinjani Diundur hingga April\n\n"
        "Selong (Suara NTB) – Balai Taman Nasional Gunung Rinjani memperpanjang penutupan "
        "jalur pendakian. Kepala Balai TNGR, Ir. Yudhistira Wicaksono, menyebut keselamatan "
        "pendaki menjadi pertimbangan utama.\n\n"
        f"{opening}Curah hujan di kawasan Rinjani masih sangat tinggi, tanah di lereng masih "
        f"labil,{closing} katanya di Selong, Rabu (3/2)."
    )
    assert card.key_quote is not None
    assert card.key_quote.text == (
        "Curah hujan di kawasan Rinjani masih sangat tinggi, tanah di lereng masih labil"
    )
    assert card.key_quote.speaker == "Yudhistira Wicaksono"
    # a paper of its region, not Suara.com's edition, as its dateline writes it
    assert card.source == "Suara NTB"


def test_kompas_style_with_several_quotes_in_one_paragraph() -> None:
    quote = quote_of(
        "Wali Kota Surabaya Eri Cahyadi meninjau pintu air Jagir, Selasa.",
        "Menurut warga, banjir datang tiap tahun. ”Saya sudah tinggal di sini dua puluh tahun,” "
        "ujar Sulastri, warga Jagir. ”Air bisa sampai sepinggang kalau hujan semalaman,” "
        "tambahnya.",
        "”Pompa baru akan dipasang bulan depan agar air cepat surut,” kata Eri.",
    )
    assert quote.text == "Saya sudah tinggal di sini dua puluh tahun"
    assert quote.speaker == "Sulastri"


def test_kompas_style_second_quote_in_paragraph_keeps_its_own_text() -> None:
    quote = quote_of(
        "”Itu kan cuma tiga kata,” ujar dia. ”Kami akan menjelaskan semua kebijakan ini kepada "
        "DPR minggu depan,” kata Ketua Komisi II DPR Rifqinizamy Karsayuda.",
    )
    assert quote.text == "Kami akan menjelaskan semua kebijakan ini kepada DPR minggu depan"
    assert quote.speaker == "Rifqinizamy Karsayuda"


def test_curly_opener_closed_by_kompas_mark() -> None:
    quote = quote_of("“Harga beras sudah turun di semua pasar,” kata Arief Prasetyo Adi.")
    assert quote == Quote("Harga beras sudah turun di semua pasar", "Arief Prasetyo Adi")


def test_guillemets_and_low_high_quotes() -> None:
    guillemets = quote_of(
        "«Kami tidak akan mundur dari perundingan ini,» ujar Menteri Luar Negeri Sugiono."
    )
    assert guillemets == Quote("Kami tidak akan mundur dari perundingan ini", "Sugiono")
    low_high = quote_of(
        "„Jerman akan tetap membantu korban banjir di Sumatera,“ kata Duta Besar Jerman untuk "
        "Indonesia, Ina Lepel."
    )
    assert low_high == Quote("Jerman akan tetap membantu korban banjir di Sumatera", "Ina Lepel")


def test_double_primes_typed_for_quotation_marks() -> None:
    # Harian Haluan types ″…″ (U+2033) where others print “…”
    article = parse_article(
        "Anggaran Daerah Berkurang, Proyek Jalan Ditunda\n\n"
        "PADANG - Pemerintah Provinsi Sumatera Barat menunda sejumlah proyek jalan tahun depan "
        "karena dana transfer dari pusat berkurang.\n\n"
        "″Kita harus jujur kepada masyarakat, uangnya berkurang,″ kata Sekretaris Daerah "
        "Sumatera Barat, Irwandi Syafri Koto, di Padang, Senin."
    )
    quote = key_quote(article)
    assert quote == Quote(
        "Kita harus jujur kepada masyarakat, uangnya berkurang", "Irwandi Syafri Koto"
    )


def test_single_quotes_nested_inside_double_stay_in_the_text() -> None:
    curly = quote_of(
        "“Mereka bilang ‘kami tidak mau direlokasi’, tetapi keselamatan warga nomor satu,” "
        "kata Bupati Bogor Rudy Susmanto."
    )
    assert curly.text == (
        "Mereka bilang ‘kami tidak mau direlokasi’, tetapi keselamatan warga nomor satu"
    )
    assert curly.speaker == "Rudy Susmanto"
    straight = quote_of(
        "\"The minister told us 'we will fix it by June', and nothing happened,\" said "
        "Maria Lopez, a nurse at the hospital."
    )
    assert straight.text == ("The minister told us 'we will fix it by June', and nothing happened")
    assert straight.speaker == "Maria Lopez"


def test_standalone_single_quotes_are_quotes_but_apostrophes_are_not() -> None:
    quote = quote_of(
        "Sholat Jum’at di Masjid Istiqlal berlangsung tertib, kata pengurus As’ad Said.",
        "‘Kami menyiapkan tiga ribu sajadah tambahan untuk jemaah,’ kata As’ad Said.",
    )
    assert quote == Quote("Kami menyiapkan tiga ribu sajadah tambahan untuk jemaah", "As’ad Said")
    english = quote_of(
        "The Prime Minister’s spokesman didn’t comment on the report.",
        "‘We’re not going to rush this decision,’ said Sir Keir Starmer’s spokesman, Dave Pares.",
    )
    assert english.text == "We’re not going to rush this decision"
    assert english.speaker == "Dave Pares"


def test_quote_running_across_paragraphs_reopened_each_time() -> None:
    quote = quote_of(
        "Gubernur Jawa Tengah Ahmad Luthfi mengatakan, ”Kita tidak boleh lengah menghadapi "
        "musim kemarau tahun ini.",
        "”Semua kabupaten harus menyiapkan cadangan air bersih sejak sekarang.”",
    )
    assert quote.text == (
        "Kita tidak boleh lengah menghadapi musim kemarau tahun ini. Semua kabupaten harus "
        "menyiapkan cadangan air bersih sejak sekarang."
    )
    assert quote.speaker == "Ahmad Luthfi"


def test_closing_mark_missing_at_paragraph_end() -> None:
    quote = quote_of(
        'Kepala BMKG Dwikorita Karnawati mengatakan, "Puncak musim hujan diperkirakan terjadi '
        "pada Januari dan Februari.",
        "Warga di lereng bukit diminta mengungsi jika hujan turun lebih dari tiga jam.",
    )
    assert quote.text == ("Puncak musim hujan diperkirakan terjadi pada Januari dan Februari.")
    assert quote.speaker == "Dwikorita Karnawati"


def test_mixed_styles_in_one_article() -> None:
    quote = quote_of(
        'Istilah "perang dagang" kembali ramai dibicarakan setelah tarif baru diumumkan.',
        "“Kami akan melindungi industri dalam negeri dari banjir barang impor,” ujar "
        "Menteri Perdagangan Budi Santoso.",
        "”Kenaikan tarif ini tidak akan berlangsung lama,” kata pengamat ekonomi Faisal Basri.",
    )
    assert quote.text == "Kami akan melindungi industri dalam negeri dari banjir barang impor"
    assert quote.speaker == "Budi Santoso"


# --- attribution, Indonesian ---------------------------------------------------------------


def test_title_then_name_after_a_comma_gives_the_person() -> None:
    quote = quote_of(
        "“Stok vaksin di seluruh puskesmas masih aman sampai akhir tahun,” ujar Kepala Dinas "
        "Kesehatan DKI Jakarta, Ani Ruspitawati, di Balai Kota."
    )
    assert quote.speaker == "Ani Ruspitawati"


def test_surname_only_resolves_to_the_fullest_form() -> None:
    quote = quote_of(
        "Ketua RT 05 Eko Purnomo mengatakan warga sudah tiga hari tidak mendapat air bersih.",
        "“Kami harus membeli air galon setiap hari untuk memasak,” kata Eko.",
    )
    assert quote.speaker == "Eko Purnomo"


@pytest.mark.parametrize("name", ["Fadillah", "Abdullah", "Jamilah"])
def test_a_name_ending_in_lah_is_a_name_not_a_particle(name: str) -> None:
    quote = quote_of(
        f"Kasat Reskrim Polres Bekasi, Kompol {name} Aditya Pratama, menjelaskan kasus itu.",
        f"“Pelaku masih kami cari, nomornya sudah tidak aktif,” kata Kompol {name}.",
    )
    assert quote.speaker == f"{name} Aditya Pratama"


def test_a_district_after_a_title_is_no_speaker() -> None:
    quote = quote_of(
        "Pencuri kabel ditangkap warga di Desa Suka Maju, Kecamatan Sukaluyu.",
        "Kapolsek Sukaluyu AKP Idem Sitepu melalui Kanit Reskrim Iptu Maruba Sinaga "
        "mengatakan pihaknya masih menyelidiki.",
        "“Pelaku dan barang bukti kami bawa ke Polsek Sukaluyu,” jelas Kanit Reskrim Polsek "
        "Sukaluyu, Senin.",
    )
    # The title names the person the article gave it to.
    assert quote.speaker == "Maruba Sinaga"


def test_the_name_after_a_dropped_given_name_resolves_to_the_whole_name() -> None:
    quote = quote_of(
        "Menurut Technical Manager Michelin Indonesia, Mochammad Fachrul Rozi, ban perlu "
        "dibersihkan rutin.",
        "“Lumpur yang menempel mempercepat penuaan karet,” kata Fachrul.",
    )
    assert quote.speaker == "Mochammad Fachrul Rozi"


def test_title_alone_resolves_to_the_article_holder_of_that_title() -> None:
    president = quote_of(
        "Presiden Joko Widodo meresmikan Bendungan Sepaku Semoi di Penajam Paser Utara, Kamis.",
        "“Bendungan ini akan memasok air baku untuk Ibu Kota Nusantara,” kata Presiden.",
    )
    assert president.speaker == "Joko Widodo"
    minister = quote_of(
        "Menteri Keuangan Sri Mulyani Indrawati hadir dalam rapat kerja dengan Komisi XI DPR.",
        "“Defisit anggaran tetap kami jaga di bawah tiga persen,” ujar Menteri.",
    )
    assert minister.speaker == "Sri Mulyani Indrawati"
    regent = quote_of(
        "Bupati Indramayu, Lucky Hakim, membuka uji kompetensi pejabat di Pendopo, Selasa.",
        "“Uji kompetensi ini bukan sekadar formalitas bagi para pejabat,” ujar Bupati.",
    )
    assert regent.speaker == "Lucky Hakim"
    # the office's building and its town first: "Kantor Bupati Minahasa Utara, Airmadidi"
    building = quote_of(
        "Status KLB diputuskan dalam rapat di Kantor Bupati Minahasa Utara, Airmadidi, Kamis.",
        "Rapat dipimpin langsung Bupati Minahasa Utara, Rendy Kalangi Pelealu.",
        "“Kita tidak bisa menunggu ada korban lagi,” kata Bupati.",
    )
    assert building.speaker == "Rendy Kalangi Pelealu"


def test_name_then_verb_before_the_quote() -> None:
    comma = quote_of(
        "Kapolda Metro Jaya Irjen Karyoto mengatakan, “Pelaku sudah kami tangkap di Bekasi "
        "kemarin malam.”"
    )
    assert comma.speaker == "Karyoto"
    that = quote_of(
        'Direktur Utama PLN Darmawan Prasodjo menegaskan bahwa "pasokan listrik selama libur '
        'Natal dan Tahun Baru dalam kondisi aman".'
    )
    assert that.speaker == "Darmawan Prasodjo"
    according = quote_of(
        'Menurut Ketua KPU Mochammad Afifuddin, "Semua logistik pemilu sudah tiba di gudang '
        'kabupaten."'
    )
    assert according.speaker == "Mochammad Afifuddin"


@pytest.mark.parametrize("verb", ["tambahnya", "katanya", "ujarnya", "kata dia", "ungkapnya"])
def test_pronoun_forms_point_to_the_last_person_quoted_or_named(verb: str) -> None:
    quote = quote_of(
        "Kepala Basarnas Marsekal Madya Mohammad Syafii memimpin pencarian korban kapal "
        "tenggelam di Selat Bali.",
        f"“Tim gabungan akan menyisir perairan sampai radius dua puluh mil laut,” {verb}.",
    )
    assert quote.speaker == "Mohammad Syafii"


def test_pronoun_after_an_earlier_quote_keeps_that_speaker() -> None:
    quote = quote_of(
        "“Harga cabai naik karena pasokan dari Jawa Timur berkurang,” kata pedagang Pasar "
        "Minggu, Siti Aminah.",
        "“Pembeli juga makin sedikit sejak pekan lalu,” tambahnya.",
    )
    assert quote.speaker == "Siti Aminah"


_FARMER_ID = "Petani lada di Desa Air Putih, Sarbini Achmad Tohir (56), menyimpan 400 kg lada."
_FARMER_EN = "Sarbini Achmad Tohir, 56, a pepper farmer in Air Putih, is keeping 400 kg of pepper."


@pytest.mark.parametrize(
    ("named", "someone", "verb"),
    [
        (
            _FARMER_ID,
            "Seorang pengepul yang enggan disebut namanya mengaku harga turun.",
            "katanya",
        ),
        (_FARMER_ID, "Seorang pedagang yang tak mau disebutkan namanya mengeluh.", "ujarnya"),
        (
            _FARMER_ID,
            "Sumber di kementerian yang meminta namanya tidak disebut membenarkan.",
            "tuturnya",
        ),
        (
            _FARMER_EN,
            "A trader at the market, who declined to be named, said sales fell.",
            "he said",
        ),
        (
            _FARMER_EN,
            "An official, speaking on condition of anonymity, confirmed the plan.",
            "she said",
        ),
    ],
)
def test_a_pronoun_after_someone_unnamed_is_not_the_last_person_named(
    named: str, someone: str, verb: str
) -> None:
    body = (named, someone, f"“Gudang mereka masih penuh, pembeli menahan pesanan,” {verb}.")
    if named is _FARMER_EN:
        body = (named, someone, f"“The warehouses are still full and buyers are waiting,” {verb}.")
    found = key_quote(
        ParsedArticle(headline="Judul", body=body, language="en" if named is _FARMER_EN else "id")
    )
    assert found is not None and found.speaker is None


@pytest.mark.parametrize(
    ("first", "named", "speaker"),
    [
        (
            "Kepala Badan Pangan Nasional Arief Prasetyo Adi mengatakan stok beras aman.",
            "kata Arief",
            "Arief Prasetyo Adi",
        ),
        (
            "Analis Mirae Asset Sekuritas Nafan Aji Gusta menilai IHSG masih akan menguat.",
            "ujar Nafan",
            "Nafan Aji Gusta",
        ),
        (
            "Analis Doo Financial Futures Lukman Leong menyebut harga emas dipicu pelemahan "
            "dolar AS.",
            "kata Lukman",
            "Lukman Leong",
        ),
        (
            "Banjir merendam rumah warga di kawasan Kaligawe, Semarang. Lurah Kaligawe "
            "Sutrisno mengatakan air masuk sejak dini hari.",
            "ujar Sutrisno",
            "Sutrisno",
        ),
        (
            "Deputi Kelembagaan Kemenpar Ahman Sya meninjau persiapan pameran di Paris.",
            "kata Ahman",
            "Ahman Sya",
        ),
        (
            "Direktur Operasional Perum Bulog Agus Triyanto memastikan stok beras cukup.",
            "kata Agus",
            "Agus Triyanto",
        ),
        (
            "Desainer Rania Syahputri memboyong kain tenun Sumba ke panggung Jakarta.",
            "ujar Rania",
            "Rania Syahputri",
        ),
    ],
)
def test_the_body_a_title_heads_is_not_part_of_the_holders_name(
    first: str, named: str, speaker: str
) -> None:
    # "Kepala Badan Pangan Nasional Arief Prasetyo Adi": after the title comes the body it
    # heads, then the person; the name is neither cut to its last two words nor given the
    # body's last word.
    quote = quote_of(first, f"“Kami akan terus memantau perkembangan di lapangan,” {named}.")
    assert quote.speaker == speaker


def test_a_club_before_its_coach_is_not_part_of_his_name() -> None:
    # "Pelatih Persija Mauricio Souza": kabar cannot know "Persija" is a club, but the
    # article calls the coach "Souza" and uses "Persija" in another name ("Persija Jakarta").
    article = ParsedArticle(
        headline="Persija gagal menang di kandang",
        body=(
            "Persija Jakarta gagal meraih kemenangan saat menjamu Bali United, Selasa malam.",
            "Pelatih Persija Mauricio Souza mengakui timnya kurang tajam di depan gawang.",
            "“Kami punya banyak peluang, tapi tidak bisa mencetak gol,” ujar Souza.",
        ),
    )
    quote = key_quote(article)
    assert quote is not None and quote.speaker == "Mauricio Souza"
    topics, _ = tag(article)
    assert "Mauricio Souza" in topics and "Persija Mauricio Souza" not in topics
    # A person called by the first word of the name keeps every word of it.
    kept = quote_of(
        "Ketua DPRD DKI Jakarta Prasetyo Edi Marsudi menilai kinerja petugas kebersihan turun.",
        "“Petugas harus lebih sering berkeliling,” kata Prasetyo.",
    )
    assert kept.speaker == "Prasetyo Edi Marsudi"


def test_a_doctors_degrees_are_not_the_speaker() -> None:
    # "dr. Immanuel Hendro,SpB Finacs mengatakan": the specialist and fellowship letters
    # follow the name; they are no one's name.
    quote = quote_of(
        "Menurut Dokter Spesialis Bedah dr. Immanuel Hendro,SpB Finacs mengatakan, sunat tetap "
        "bisa dilakukan pada orang dewasa.",
        "“Tidak ada batas umur untuk sunat, asalkan kondisi pasien sehat,” ujarnya.",
    )
    assert quote.speaker == "Immanuel Hendro"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (  # "Menurut" with a description between it and the name
            (
                "Menurut pengamat ekonomi dari Universitas Indonesia Fithra Faisal, “Kelas "
                "menengah kita sedang terjepit oleh harga pangan.”",
            ),
            "Fithra Faisal",
        ),
        (
            (
                "Menurut kuasa hukum warga, Lukman Hakim Nasution, «Harga yang ditawarkan jauh "
                "di bawah harga pasar.»",
            ),
            "Lukman Hakim Nasution",  # "Hakim" inside a name is no judge
        ),
        (  # a lower-case role before the name, in English
            (
                '"We are not asking for much," union representative Yusran Ahmad Lamba told '
                "Reuters by phone.",
            ),
            "Yusran Ahmad Lamba",
        ),
        (
            (
                '"Travellers are looking beyond Bali," the airline\'s chief commercial officer, '
                "Tan Hui Ling, said in a statement.",
            ),
            "Tan Hui Ling",
        ),
        (  # the sentence before the quote ends with a colon and names its subject
            (
                "Solar langka di Muara Angke sejak pekan lalu. Kadmirah Suryana menggambarkan "
                "kondisi di lapangan dengan nada kesal:",
                "“Perahu sudah siap, es sudah dibeli, tapi solar tidak ada.”",
            ),
            "Kadmirah Suryana",
        ),
        (  # one name with an age speaks again as "tambahnya"
            (
                "Sutrisno (58), petani di Desa Sukamaju, mengatakan harga gabah jatuh.",
                "“Kalau dijual sekarang, kami rugi,” tambahnya.",
            ),
            "Sutrisno",
        ),
        (  # "Ketua tim, Nur …": the comma names the person, not a team
            (
                "Ketua tim, Nur Fadhilah Rahman, menjelaskan alat itu murah.",
                "“Biayanya tidak sampai Rp 2 juta per unit,” ujar dia.",
            ),
            "Nur Fadhilah Rahman",
        ),
        (  # a Flores name with "Dua" inside it, in a story that writes "dua" as a number
            (
                "Ketua kelompok, Maria Yasinta Dua Lering, mengatakan kain dikerjakan dua bulan.",
                "“Sekarang uangnya langsung ke penenun,” kata Maria.",
            ),
            "Maria Yasinta Dua Lering",
        ),
        (  # Bali's "I", an initial, a name opened by "Teuku", a four-part Malay name
            ("“Motifnya utang piutang,” kata Kasat Reskrim AKBP I Putu Gede Wirawan.",),
            "I Putu Gede Wirawan",
        ),
        (
            ("“Relokasi ini bukan penggusuran,” kata Wali Kota Bogor Dedie A Rachim.",),
            "Dedie A Rachim",
        ),
        (
            (
                "Menurut Ketua Koperasi Produsen Kopi Gayo Teuku Rizal Mahmudi, “Kenaikan ini "
                "momentum bagi petani.”",
            ),
            "Teuku Rizal Mahmudi",
        ),
        (
            (
                'Permanent secretary Muhammad Hazwan Abdul Rahman said: "There will be no more '
                'excuses for retailers."',
            ),
            "Muhammad Hazwan Abdul Rahman",
        ),
        (  # "dan" inside an office's name
            (
                "Menteri Pendidikan Dasar dan Menengah Abdul Mu'ti meninjau sekolah di Bogor.",
                "“Kami tidak menghapus prinsip kedekatan,” ujar Menteri.",
            ),
            "Abdul Mu'ti",
        ),
        (  # "pelatih asal Brasil itu": the coach named first, not the scorer named last
            (
                "Pelatih Persib Bandung, Marcos Ferreira, mengaku puas usai menang 2-0 atas "
                "Borneo FC.",
                "Gol dicetak oleh Rendi Saputra dan Tomás Acuña pada babak kedua.",
                '"Kami disiplin saat bertahan dan sabar menunggu peluang," ujar pelatih asal '
                "Brasil itu dalam konferensi pers.",
            ),
            "Marcos Ferreira",
        ),
        (  # "politikus Partai Amanat Nasional itu": a politician, whatever party he is of
            (
                "Ketua Komisi III DPRD Provinsi Bengkulu, Ir. Darmawan Saleh, menyebut tambahan "
                "hibah tidak sejalan dengan kondisi keuangan daerah.",
                '"Kita tidak anti hibah. Tapi prioritasnya harus jelas," tegas politikus Partai '
                "Amanat Nasional itu.",
            ),
            "Darmawan Saleh",
        ),
        (  # where the resident lives, then the resident's whole name
            (
                'Salah seorang warga Batu Merah, Abdul Rahman Lessy mengatakan, "Air naik sangat '
                'cepat. Kami langsung evakuasi anak-anak ke masjid."',
            ),
            "Abdul Rahman Lessy",
        ),
    ],
)
def test_speakers_described_titled_and_named_in_every_shape(
    body: tuple[str, ...], speaker: str
) -> None:
    assert quote_of(*body).speaker == speaker


def test_a_laws_long_title_in_quotes_is_not_a_key_quote() -> None:
    found = key_quote(
        ParsedArticle(
            headline="Pasal penghinaan presiden digugat",
            body=(
                "Pemohon menggugat Pasal 218 tentang “Penyerangan Kehormatan atau Harkat dan "
                "Martabat Presiden dan/atau Wakil Presiden” karena dinilai mengancam kebebasan "
                "berpendapat.",
            ),
        )
    )
    assert found is None


def test_a_one_word_name_that_speaks_is_the_last_person_named() -> None:
    # "Analis Mandiri Sekuritas Hadiansyah mengatakan …" then "… jelasnya": the analyst, not
    # the company's director quoted paragraphs earlier.
    quote = quote_of(
        "Direktur Utama PT Semen Nusantara Budi Santoso mengatakan laba naik.",
        "Analis Mandiri Sekuritas Hadiansyah mengatakan saham konstruksi masih murah.",
        "“Valuasi sektor ini sudah di bawah rata-rata lima tahun, sehingga layak dicermati "
        "investor,” jelasnya.",
    )
    assert quote.speaker == "Hadiansyah"
    # A platform after a common noun is no speaker: "pengguna Youtube mengaku".
    user = key_quote(
        ParsedArticle(
            headline="Video baru Selena",
            body=(
                "Dalam kolom komentar, salah satu pengguna Youtube mengaku suka videonya.",
                "“Ini mengingatkan saya pada masa sekolah dulu,” katanya.",
            ),
        )
    )
    assert user is None or user.speaker != "Youtube"


# --- attribution, English ------------------------------------------------------------------


def test_english_said_name_and_name_said() -> None:
    after = quote_of(
        "LONDON (Reuters) - Britain's inflation rate fell to 3.2% in March.",
        '"We expect inflation to keep falling through the summer," said Andrew Bailey, '
        "governor of the Bank of England.",
    )
    assert after.speaker == "Andrew Bailey"
    before = quote_of(
        "The European Commission proposed new rules on artificial intelligence on Tuesday.",
        "“These rules protect people without stopping innovation,” Margrethe Vestager said "
        "at a news conference in Brussels.",
    )
    assert before.speaker == "Margrethe Vestager"
    titled = quote_of(
        "Manila will review the deployment ban on domestic workers, officials said on Monday.",
        "“We are studying a calibrated approach,” said Undersecretary Leonardo Dimaculangan.",
    )
    assert titled.speaker == "Leonardo Dimaculangan"  # the title is not part of the name
    councillor = quote_of(
        "Hundreds were evacuated in Tadcaster as the River Wharfe rose overnight.",
        "“People have been incredibly patient,” said Councillor Yasmin Haq.",
    )
    assert councillor.speaker == "Yasmin Haq"
    # a body's English name ends on its last word; the person is all that follows it
    officer = quote_of(
        "LAHORE: Smog in Lahore eased on Monday as the Lahore High Court heard petitions.",
        "Director General of the Environment Protection Department Farah Naz Chaudhry told the "
        "court that 1,140 kilns had been sealed across Punjab since October.",
        "“Our teams are in the field day and night,” she said.",
    )
    assert officer.speaker == "Farah Naz Chaudhry"
    deputy = quote_of(
        "Workforce Development Agency Deputy Director-General Chen Ming-hsiu told a news "
        "conference in Taipei that the decision followed months of talks.",
        "“Both sides want a stable arrangement,” Chen said.",
    )
    assert deputy.speaker == "Chen Ming-hsiu"  # the title after the body is no part of the name


def test_english_told_says_and_according_to() -> None:
    told = quote_of(
        "Oil prices rose on Monday after OPEC+ agreed to extend output cuts.",
        'Saudi Energy Minister Prince Abdulaziz bin Salman told Reuters: "The market needs '
        'stability more than anything else."',
    )
    assert told.speaker == "Abdulaziz bin Salman"
    says = quote_of(
        'Professor Jane Goodall says: "Every individual matters and every individual has a role '
        'to play."'
    )
    assert says.speaker == "Jane Goodall"
    according = quote_of(
        'According to Fatih Birol, "the energy crisis is far from over for Europe this winter".'
    )
    assert according.speaker == "Fatih Birol"


def test_english_he_said_and_the_minister_said() -> None:
    he = quote_of(
        "Foreign Secretary David Lammy arrived in Kyiv on Thursday for talks.",
        '"Our support for Ukraine will not waver," he said.',
    )
    assert he.speaker == "David Lammy"
    title = quote_of(
        "Health Minister Wes Streeting announced 40,000 extra appointments a week.",
        '"Waiting lists are falling for the first time in years," the minister said.',
    )
    assert title.speaker == "Wes Streeting"


def test_a_speakers_full_name_with_an_initial_in_the_headline_or_after_a_portfolio() -> None:
    judge = (
        "U.S. District Judge Helen R. Ashworth also ordered five years of supervised release.",
        '"You knew exactly how dangerous this drug is, and you sold it anyway," Ashworth said.',
    )
    sprinter = (
        "Joseph, a 19-year-old former Fatima College student, clocked a personal best of 20.41 "
        "seconds to win the boys' under-20 200m final in Grenada on Sunday.",
        '"This time my coach told me to run my own race," Joseph told Newsday after the race.',
    )
    headline = "Sprinter Akeem Joseph strikes gold as TT end Carifta campaign with 14 medals"
    # the portfolio's two words after "of", opening the paragraph that names him in full
    treasurer = (
        "ACT Treasurer Naomi Kerr handed down the budget in the Legislative Assembly.",
        '"We chose not to cut services people rely on," Kerr said.',
    )
    minister = (
        "Berbera port handled record cargo in 2027, the Ministry of Finance Development said.",
        "Minister of Finance Development Mohamed Ali Warsame told reporters in Hargeisa that "
        "transit cargo now made up a third of the port's volumes.",
        '"The corridor is no longer a plan on paper," Warsame said.',
        "The minister also announced an electronic single window for importers by December.",
    )
    found = [
        quote_of(*judge).speaker,
        quote_of(*sprinter, headline=headline).speaker,
        quote_of(*minister).speaker,
        quote_of(*treasurer).speaker,
    ]
    assert found == ["Helen R. Ashworth", "Akeem Joseph", "Mohamed Ali Warsame", "Naomi Kerr"]


def test_a_passive_verb_before_a_name_and_a_minang_gelar_inside_one() -> None:
    film = (
        "Disutradarai Arief Setiadi, film ini berkisah tentang seorang ibu penjual ikan di "
        "Bitung yang berjuang menyatukan kembali tiga anaknya.",
        "“Kami membuat film ini dengan kepala dingin, tanpa target angka,” ujar Arief.",
    )
    dewan = (
        "Juru bicara pengusul, Rusli Datuk Alam, mengatakan pergeseran anggaran itu "
        "mengurangi alokasi pembangunan jalan tani.",
        "“Kami tidak sedang mencari-cari kesalahan,” tegas Rusli.",
    )
    # and an office named with its company before the comma, then the person
    avanza = (
        "Toyota Astra Motor memperkenalkan Avanza Hybrid di GIIAS 2028, Tangerang.",
        "“Avanza selama ini menjadi pilihan keluarga Indonesia,” ujar Marketing Director PT "
        "Toyota-Astra Motor, Wijaya Santoso, saat peluncuran, Selasa (25/7/2028).",
    )
    assert [quote_of(*film).speaker, quote_of(*dewan).speaker, quote_of(*avanza).speaker] == [
        "Arief Setiadi",
        "Rusli Datuk Alam",
        "Wijaya Santoso",
    ]


def test_a_title_kabar_does_not_know_resolves_to_its_holder_not_to_itself() -> None:
    # Phayul: "the Kalon" is the Tibetan minister named with that title above
    quote = quote_of(
        "Education Kalon Dolma Tsering Lhamo said the new lessons start in April.",
        '"Our children must be able to compete anywhere in the world," the Kalon said.',
    )
    assert quote.speaker == "Dolma Tsering Lhamo"


@pytest.mark.parametrize(
    ("named", "said"),
    [
        (
            "Kenji Hayashida, a professor at Hokkaido University, has dug in the Gobi with "
            "Mongolian teams for ten years.",
            '"Each season we find something that changes what we know," the professor said.',
        ),
        (
            "Kenji Hayashida, seorang profesor dari Universitas Hokkaido, sudah sepuluh tahun "
            "menggali di Gobi bersama tim dari Ulaanbaatar.",
            "“Setiap musim kami menemukan hal yang mengubah pengetahuan kami,” kata sang profesor.",
        ),
    ],
)
def test_a_title_resolves_to_the_person_the_story_describes_with_it(named: str, said: str) -> None:
    # the title stands after the name ("X, a professor at …"), not before it
    quote = quote_of(named, said)
    assert quote.speaker == "Kenji Hayashida"


# --- who is not a speaker -----------------------------------------------------------------


def test_places_and_things_are_never_speakers() -> None:
    mountain = quote_of(
        "Gunung Baru Jari kembali erupsi pada Senin pagi dengan kolom abu setinggi 800 meter.",
        "“Status gunung masih Waspada dan warga dilarang mendekat dalam radius tiga kilometer,” "
        "kata petugas pos pengamatan Gunung Baru Jari.",
    )
    assert mountain.speaker is None
    province = quote_of(
        "“Harga kopi robusta naik dua kali lipat dibanding tahun lalu,” kata petani di Lampung.",
    )
    assert province.speaker is None
    product = quote_of(
        "“Diskon berlaku hanya sampai akhir pekan ini untuk semua produk,” tulis Promo "
        "tersebut. Harga promo itu berlaku di semua gerai.",
    )
    assert product.speaker is None


def test_a_body_is_not_the_person_speaking_for_it() -> None:
    quote = quote_of(
        "Indonesia's human rights minister Natalius Pigai visited Papua on Monday.",
        '"We will investigate every report of abuse," the Human Rights Commission said.',
    )
    assert quote.speaker != "Rights Commission"
    assert quote.speaker != "Human Rights Commission"


def test_place_before_a_name_after_a_title_is_dropped() -> None:
    quote = quote_of(
        "“Sekolah rusak akan diperbaiki sebelum tahun ajaran baru dimulai,” kata Bupati Bogor "
        "Rudy Susmanto, Senin."
    )
    assert quote.speaker == "Rudy Susmanto"


# --- what is not a key quote -------------------------------------------------------------


def test_short_attributed_statement_beats_longer_unattributed_quote() -> None:
    quote = quote_of(
        "Spanduk bertuliskan “Bersama kita jaga kebersihan sungai demi anak cucu kita nanti” "
        "dipasang di sepanjang bantaran Kali Ciliwung.",
        "“Kami siap,” kata Budi.",
    )
    assert quote == Quote("Kami siap", "Budi")


def test_lyric_hashtag_law_title_and_film_title_are_not_key_quotes() -> None:
    body = (
        'Penonton menyanyikan lagu "Tanah airku tidak kulupakan, kan terkenang selama hidupku" '
        "bersama-sama.",
        'Tagar "#KaburAjaDulu trending di media sosial" ramai sejak Senin.',
        'Ia dijerat "Pasal 27 ayat 3 UU ITE" tentang pencemaran nama baik.',
        'Film "Agak Laen: Menyala Pantiku" ditonton lebih dari satu juta orang.',
        'Kritikus menyebut film itu "komedi yang cerdas".',
    )
    assert key_quote(ParsedArticle(headline="Judul", body=body)) is None


def test_statement_after_title_and_scare_quotes_is_chosen() -> None:
    quote = quote_of(
        'Program "Makan Bergizi Gratis" mulai berjalan di 26 provinsi.',
        'Pemerintah menyebut program itu "investasi masa depan".',
        "“Anak-anak sekarang lebih semangat datang ke sekolah,” kata guru SD Negeri 3 Cianjur, "
        "Rina Marlina.",
    )
    assert quote.speaker == "Rina Marlina"
    assert quote.text.startswith("Anak-anak sekarang")


def test_first_attributed_statement_wins_over_later_longer_ones() -> None:
    quote = quote_of(
        "“Pembangunan jalan tol ini sudah mencapai 80 persen,” kata Direktur Utama Hutama Karya "
        "Budi Harto.",
        "“Kami menargetkan seluruh ruas bisa dilalui pemudik pada Lebaran tahun depan, termasuk "
        "jembatan panjang di atas Sungai Musi yang saat ini masih dalam tahap pengerjaan "
        "fondasi,” katanya.",
    )
    assert quote.text == "Pembangunan jalan tol ini sudah mencapai 80 persen"
    assert quote.speaker == "Budi Harto"


def test_two_apostrophes_for_one_mark() -> None:
    quote = quote_of(
        "''Semua tahapan pemilu berjalan sesuai jadwal,'' kata Ketua KPU Mochammad Afifuddin."
    )
    assert quote == Quote("Semua tahapan pemilu berjalan sesuai jadwal", "Mochammad Afifuddin")


def test_a_description_ending_in_itu_points_back_to_the_person() -> None:
    quote = quote_of(
        "Pelatih Persib Bandung Bojan Hodak memuji penampilan anak asuhnya.",
        '"Para pemain bekerja keras selama sembilan puluh menit penuh," ujar pelatih asal '
        "Kroasia itu.",
    )
    assert quote.speaker == "Bojan Hodak"
    # where they come from, its units parted by commas (Radar Kediri)
    scorer = quote_of(
        "Riyan Pratama sendiri mengaku tidak menyangka tembakannya bisa masuk. Pemain jebolan "
        "akademi Persik itu baru masuk pada menit ke-70.",
        "“Saya lihat bolanya memantul ke arah saya, langsung saja saya tendang,” kata pemain "
        "asal Kecamatan Pare, Kabupaten Kediri, tersebut.",
    )
    assert scorer.speaker == "Riyan Pratama"
    english = quote_of(
        "Novak Djokovic reached the semi-finals in Melbourne on Tuesday.",
        '"My body feels better than it did a week ago," the 37-year-old said.',
    )
    assert english.speaker == "Novak Djokovic"


def test_a_body_described_after_the_quote_is_no_person() -> None:
    quote = quote_of(
        "Direktur Utama Pertamina Simon Aloysius Mantiri meninjau Depo Plumpang.",
        '"Stok BBM nasional aman untuk dua puluh hari ke depan," kata perusahaan tersebut '
        "dalam keterangannya.",
    )
    assert quote.speaker is None


def test_an_aside_between_the_name_and_the_verb() -> None:
    quote = quote_of(
        "Kapolres Metro Jakarta Selatan Kombes Ade Rahmat Idnal dalam keterangannya, Senin, "
        'mengatakan, "Kedua tersangka sudah kami tahan di Polres."'
    )
    assert quote.speaker == "Ade Rahmat Idnal"


def test_the_coach_resolves_to_the_named_coach() -> None:
    quote = quote_of(
        "Timnas Indonesia kalah 0-2 dari Jepang. Pelatih Patrick Kluivert menyebut timnya "
        "kurang tenang.",
        "“Kami harus belajar dari laga ini sebelum bertemu Arab Saudi,” tutur sang pelatih.",
    )
    assert quote.speaker == "Patrick Kluivert"


def test_a_description_before_the_comma_is_not_the_speaker() -> None:
    quote = quote_of(
        "Bentrokan kembali pecah di perbatasan pada Sabtu malam.",
        "“Pasukan kami hanya membalas serangan yang datang lebih dulu,” kata juru bicara "
        "militer Sudan, Santo Domic Chol.",
    )
    assert quote.speaker == "Santo Domic Chol"
    user = quote_of(
        "Video klip itu sudah ditonton lebih dari dua juta kali.",
        "“Lagu ini mengingatkan saya pada masa sekolah dulu,” kata seorang pengguna Youtube "
        "di kolom komentar.",
    )
    assert user.speaker is None


def test_pronoun_skips_a_capitalised_term_and_a_noun_opening_the_sentence() -> None:
    quote = quote_of(
        "Penyanyi Glenn Fredly menjalani tes Prostate Specific Antigen (PSA) di Jakarta.",
        "“Hasilnya baik dan saya bisa kembali manggung bulan depan,” imbuh dia.",
    )
    assert quote.speaker == "Glenn Fredly"


def test_english_age_honorific_and_a_pronoun_subject_far_from_the_verb() -> None:
    age = quote_of(
        "Elon Musk spoke at the conference in Austin.",
        "Musk, 52, said: “We will land people on Mars within a decade.”",
    )
    assert age.speaker == "Elon Musk"
    honorific = quote_of(
        "Rishi Sunak campaigned in Glasgow on Monday.",
        "“We are going to deliver for Scotland,” Mr. Sunak said.",
    )
    assert honorific.speaker == "Rishi Sunak"
    subject = quote_of(
        "Chancellor Rachel Reeves delivered the Budget on Wednesday.",
        "She said the measures were “tough but fair” and added: “There will be no return to "
        "austerity.”",
    )
    assert subject == Quote("There will be no return to austerity.", "Rachel Reeves")


@pytest.mark.parametrize(
    "paragraph",
    [
        "Her coach, Dan Joslin of Croyde Surf Club, said: “{quote}.”",
        "“{quote},” said coach Dan Joslin.",
    ],
)
def test_an_english_given_name_that_is_indonesian_opens_the_speaker(paragraph: str) -> None:
    # North Devon Gazette: "Dan" is a coach's name where the story has no "dan" in lower case
    quote = quote_of(
        "Ellie Chugg won the under-18 title at Croyde on Sunday.",
        paragraph.format(
            quote="She’s put the hours in – early mornings before school, cold "
            "winter sessions when nobody else was out"
        ),
    )
    assert quote.speaker == "Dan Joslin"


def test_a_body_named_by_its_acronym_may_speak_and_a_possessive_body_name_runs_on() -> None:
    body = quote_of(
        "Bantuan bahan bakar mulai masuk ke Gaza sejak Senin.",
        "“Jumlahnya masih jauh dari cukup untuk rumah sakit di seluruh wilayah,” kata OCHA.",
    )
    assert body.speaker == "OCHA"
    possessive = quote_of(
        "“Kami menyalurkan hewan kurban ke empat puluh wilayah,” ujar Associate Director of "
        "Communications McDonald’s Indonesia Meta Rostiawati, Selasa (10/6/2025)."
    )
    assert possessive.speaker == "Meta Rostiawati"


# --- whole pages ---------------------------------------------------------------------------

PAGES = Path(__file__).parent / "articles" / "quotes"


def test_kompas_page_with_rdq_quotes() -> None:
    quote = key_quote(parse_article((PAGES / "id_kompas_rdq.txt").read_bytes()))
    assert quote == Quote(
        "Kami tidak mau lagi warga menunggu berjam-jam sampai air surut. Pompa harus menyala "
        "begitu hujan turun",
        "Eri Cahyadi",
    )


def test_kompas_page_quote_across_paragraphs_keeps_its_speaker() -> None:
    article = parse_article((PAGES / "id_kompas_rdq.txt").read_bytes())
    texts = [span.text for span in scan_quotes(article.body).spans]
    assert "banjir kiriman" in texts
    assert texts[-1] == (
        "Kalau semua pompa bekerja bersamaan, genangan setinggi 30 sentimeter bisa surut dalam "
        "satu jam. Kami juga membersihkan saluran sepanjang 40 kilometer sebelum Desember"
    )
    later = ParsedArticle(headline=article.headline, body=article.body[-3:])
    assert key_quote(later) == Quote(texts[-1], "Syamsul Hariadi")


def test_english_wire_page() -> None:
    quote = key_quote(parse_article((PAGES / "en_wire.txt").read_bytes()))
    assert quote == Quote(
        "This is welcome news for families, but the job is not done", "Rachel Reeves"
    )


def test_name_and_colon_and_attribution_in_the_next_paragraph() -> None:
    colon = quote_of(
        "Menteri Kesehatan Budi Gunadi Sadikin meninjau RSUD Cibinong, Senin.",
        "Budi: “Stok obat di semua rumah sakit daerah aman sampai akhir tahun.”",
    )
    assert colon.speaker == "Budi Gunadi Sadikin"
    next_paragraph = quote_of(
        "“Kami tidak akan menaikkan harga obat generik tahun depan.”",
        "Hal itu disampaikan Menteri Kesehatan Budi Gunadi Sadikin di Jakarta, Senin.",
    )
    assert next_paragraph.speaker == "Budi Gunadi Sadikin"


def test_pronoun_prefers_the_one_saying_over_a_team_named_later() -> None:
    quote = quote_of(
        "Legenda Arsenal Ian Wright menilai Eden Hazard akan tergoda tawaran Real Madrid.",
        "Wright menyebut cepat atau lambat Hazard tak akan kuasa menahan godaan Los Blancos.",
        '"Ketika Real Madrid mulai mengendus pemain Anda, Anda akan mendapat masalah," '
        "cetusnya seperti dilansir Metro.",
    )
    assert quote.speaker == "Ian Wright"


def test_a_group_or_an_outlet_is_no_speaker_and_a_title_finds_its_name() -> None:
    group = quote_of(
        "“Kami menuntut upah minimum naik sepuluh persen tahun depan,” kata mereka, seperti "
        "dilansir Reuters."
    )
    assert group.speaker is None
    title = quote_of(
        "“Aplikasi ini lahir dari pengalaman kami sendiri sebagai orang tua,” tutur CEO "
        "sekaligus penggagas produk ini, Azar Talibzade."
    )
    assert title.speaker == "Azar Talibzade"


def test_a_tweet_with_a_hashtag_is_a_statement_but_a_hashtag_or_a_lyric_is_not() -> None:
    tweet = quote_of(
        "“Selamat Hari Guru untuk semua guru di pelosok negeri #HariGuruNasional,” tulis "
        "Nadiem Makarim di akun X miliknya."
    )
    assert tweet.speaker == "Nadiem Makarim"
    assert (
        key_quote(
            ParsedArticle(
                headline="Judul",
                body=(
                    "Warganet ramai menulis “#IndonesiaGelap #TolakRUU” sejak Senin pagi.",
                    "“Indonesia tanah airku, tanah tumpah darahku” dinyanyikan ribuan penonton.",
                ),
            )
        )
        is None
    )


def test_an_outlet_is_not_a_speaker() -> None:
    quote = quote_of("“Harga minyak dunia akan terus naik sampai akhir tahun,” tulis Reuters.")
    assert quote.speaker is None


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            (
                "Mark Carney met the provincial premiers in Ottawa.",
                "“Canada will not be bullied,” Carney, who took office in March, said on Sunday.",
            ),
            "Mark Carney",
        ),
        (
            (
                "Sam Altman spoke at a conference in Tokyo.",
                "“Compute is the currency of the future,” Altman, 40, told AFP.",
            ),
            "Sam Altman",
        ),
        (  # an aside that describes the speaker
            (
                "“The body never gets a chance to recover,” Dr. Tomás Echeverría-Ruiz, an "
                "epidemiologist with the county health department, told NPR.",
            ),
            "Tomás Echeverría-Ruiz",
        ),
        (  # a nickname in quotes inside the name is neither a quote nor the name's end
            (
                'Graciela "Chela" Montoya has worked on one of those teams for four years.',
                '"People know our truck now. They wave us down," Montoya said.',
            ),
            "Graciela Montoya",
        ),
    ],
)
def test_english_name_with_an_aside_before_the_verb(body: tuple[str, ...], speaker: str) -> None:
    assert quote_of(*body).speaker == speaker


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("People's Party leader Natthaphong Ruengpanyawut said.", "Natthaphong Ruengpanyawut"),
        ("Gaikindo secretary general Budi Santosa said.", "Budi Santosa"),
        (
            "Toyota Motor Manufacturing Indonesia President Director Hiroshi Nakamura said.",
            "Hiroshi Nakamura",
        ),
        (
            "VinFast Indonesia chief executive Kariyanto Hardjosoemarto said at the launch.",
            "Kariyanto Hardjosoemarto",
        ),
        (
            "said Kariyanto Hardjosoemarto, VinFast Indonesia's chief executive.",
            "Kariyanto Hardjosoemarto",
        ),
        (
            "Kariyanto Hardjosoemarto, VinFast Indonesia's chief executive, said.",
            "Kariyanto Hardjosoemarto",
        ),
        (
            "Meidy Katrin Lengkey, secretary general of the Indonesian Nickel Miners "
            "Association, told Reuters.",
            "Meidy Katrin Lengkey",
        ),
        ("Co-organiser Emily Eavis said.", "Emily Eavis"),
        (
            "lead author Dian Puspitasari of the Bogor Agricultural University told DW.",
            "Dian Puspitasari",
        ),
        ("Coast Guard commandant Admiral Ronnie Gil Gavan said.", "Ronnie Gil Gavan"),
        # an office's portfolio after "for", the ministry's name, then its officer
        (
            "Additional Secretary for Trade Policy at the Ministry of Commerce Farrukh Ilyas "
            "Mirza told Dawn after the talks.",
            "Farrukh Ilyas Mirza",
        ),
        ("Minister for Foreign Affairs Penny Wong said.", "Penny Wong"),
        # "the" before the portfolio; a junior minister "of State" (Singapore's)
        ("Minister for the Environment Grace Fu said.", "Grace Fu"),
        (
            "Senior Minister of State for Sustainability and the Environment Ang Wei Ming said.",
            "Ang Wei Ming",
        ),
        # a Malaysian honorific of two words
        ("Chief Minister Datuk Seri Khoo Boon Seng said.", "Khoo Boon Seng"),
        # a name's dotted initials (Sikkim Express)
        ("said NHIDCL general manager R.K. Tamang.", "R. K. Tamang"),
        # a lawmaker's party and district after the name
        ("said Rep. Daniel Ashby, R-Kaysville, who co-chairs the task force.", "Daniel Ashby"),
        # the portfolio after "of", and a new one after "for"
        ("Minister of Finance Sri Mulyani said.", "Sri Mulyani"),
        ("Commissioner of Police Anselm Prevost said.", "Anselm Prevost"),
        # a place, then what the person is there; a title in two words
        ("said Leilani Park resident Tomas Ferreira.", "Tomas Ferreira"),
        # where the person is from, or works, after "of"
        ("said Commissioner Ray Dunmore of Miles City, who made the motion.", "Ray Dunmore"),
        ("said Professor Ann Lee of Monash University.", "Ann Lee"),
        (
            "said lead author Dr Róisín Hegarty of UCC's School of Biological, Earth and "
            "Environmental Sciences.",
            "Róisín Hegarty",
        ),
        (
            "said Associate Director of Communications McDonald's Indonesia Meta Rostiawati.",
            "Meta Rostiawati",
        ),
        ("Deputy Bailiff Catherine Mourant said.", "Catherine Mourant"),
        ("Minister for Digitalisation Claude Wagener said.", "Claude Wagener"),
        (
            "DFA Undersecretary for Migrant Affairs Reynaldo Catacutan Villaseñor said.",
            "Reynaldo Catacutan Villaseñor",
        ),
        # Brunei: an honorific, then a name with the father's after "binti"
        (
            "said Dayangku Nur Amalina binti Pengiran Hashim, managing director of a travel "
            "agency in Kiulap.",
            "Nur Amalina binti Pengiran Hashim",
        ),
    ],
)
def test_english_speaker_described_by_a_company_and_a_role(attribution: str, speaker: str) -> None:
    quote = quote_of(
        "The carmaker opened its first factory in Subang, West Java, on Tuesday.",
        f'"Indonesia is not just a market for us, it is a production base," {attribution}',
    )
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("office", "holder"),
    [
        # a Pacific minister's portfolios listed after "for", then "Hon." and the name
        ("Minister for Home Affairs, Climate Change and Environment", "Teuila Simeona"),
        ("Minister for Infrastructure and Telecommunications", "Sionetasi Pulehetoa"),
    ],
)
def test_the_minister_is_the_honourable_holder_named_after_a_list_of_portfolios(
    office: str, holder: str
) -> None:
    from digest.card import make_card

    card = make_card(
        "Reclaimed land on Funafuti opens for housing\n\n"
        "The first seven hectares of raised land reclaimed from the lagoon will be opened for "
        "housing this year, the Government announced on Friday.\n\n"
        f"{office}, Hon. {holder}, said families living in the most flood-prone parts of "
        "Fongafale would be given priority when plots are allocated.\n\n"
        '"This is not just land, it is a promise to our children that Tuvalu will still be '
        'home for them," the Minister said.'
    )
    assert card.key_quote is not None and card.key_quote.speaker == holder
    assert holder in card.topics
    assert not {"Hon", "Environment", "Climate Change", "Telecommunications"} & set(card.topics)


@pytest.mark.parametrize(
    ("lead_in", "speaker"),
    [
        (
            "Prof Martin Greaves, the chief executive of Care England, which represents "
            "independent providers, said:",
            "Martin Greaves",
        ),
        ("Martin Greaves, the chief executive of Care England, said:", "Martin Greaves"),
        ("The firm, which employs 300 people in Subang, said:", None),
    ],
)
def test_english_subject_described_between_commas_before_the_quote(
    lead_in: str, speaker: str | None
) -> None:
    quote = quote_of(
        "Care homes could close if the visa route ends in July, providers warned.",
        f'{lead_in} "We support training more people here, but you cannot switch off the tap '
        'overnight."',
    )
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    "attribution",
    [
        "a spokesman for Kariyanto Hardjosoemarto said.",
        "the report, which cited Kariyanto Hardjosoemarto, said.",
    ],
)
def test_english_a_subject_that_only_mentions_a_person_is_not_that_person(
    attribution: str,
) -> None:
    quote = quote_of(
        "The carmaker opened its first factory in Subang, West Java, on Tuesday.",
        f'"Indonesia is not just a market for us, it is a production base," {attribution}',
    )
    assert quote.speaker is None


def test_english_a_police_ranks_acronym_is_no_speaker() -> None:
    # Avenue Mail: "the SSP said" (a Senior Superintendent of Police); a title, not a name
    body = (
        "Senior Superintendent of Police (SSP) East Singhbhum, Kishore Kaushal Mahto, said the "
        "accused were traced through mule accounts.",
        '"These gangs study their targets well. They pick elderly people who live alone," the '
        "SSP said at a press conference.",
        "Cyber police station in-charge Anita Tirkey said the victim came late.",
        '"Had he come in the first two days, we could have saved most of the money," Tirkey said.',
    )
    quote = key_quote(ParsedArticle(headline="Cyber gang held", body=body, language="en"))
    assert quote is not None and quote.speaker in {"Kishore Kaushal Mahto", "Anita Tirkey"}


@pytest.mark.parametrize("title", ["Cr", "Cllr"])
def test_english_a_councillors_short_title_and_surname_name_the_mayor_named_above(
    title: str,
) -> None:
    # Australian papers write "Cr" for a councillor, British ones "Cllr"
    quote = quote_of(
        "Mayor Fiona Hallcroft said residents had made it clear they wanted the lake saved.",
        "\"Lake Albert is the backyard for thousands of families in this city. Don't let it "
        f'die," {title} Hallcroft said.',
    )
    assert quote.speaker == "Fiona Hallcroft"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Chinese foreign ministry spokeswoman Mao Ning told a regular press briefing in "
            "Beijing that \"the Philippine side should stop its provocations and respect China's "
            'sovereignty".',
            "Mao Ning",
        ),
        # a live blog's entry: who, to whom, a colon, the words
        (
            'Head coach Marco Lindqvist speaking to BBC Radio Oxford: "I said to the players at '
            'half-time that we had to stay brave with the ball."',
            "Marco Lindqvist",
        ),
    ],
)
def test_english_told_a_briefing_that_or_speaking_to_a_station_before_the_quote(
    paragraph: str, speaker: str
) -> None:
    quote = quote_of(
        "China and the Philippines traded accusations over a collision near Second Thomas Shoal.",
        paragraph,
    )
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("kata Kapolsek Medan Baru Kompol Hendrik F. Aritonang.", "Hendrik F. Aritonang"),
        ("kata Menko Polhukam Mahfud MD.", "Mahfud MD"),
        ("ucap Budi Santoso (45), warga setempat.", "Budi Santoso"),
        ("kata Ketua Umum Partai Gerindra Prabowo Subianto.", "Prabowo Subianto"),
        ("ujar pelatih Persija, Carlos Pena.", "Carlos Pena"),
        ("kata Jokowi.", "Joko Widodo"),
        # a Tanimbar family name shaped like a noun of "ke-…-an", with no root inside
        (
            "kata Bupati Ambrosius. Bupati Kepulauan Tanimbar, Ambrosius Kelbulan, hadir.",
            "Ambrosius Kelbulan",
        ),
        # Kalimantan Post: a Banjar village head's title, glossed, then the name
        ("kata Pambakal atau Kepala Desa Lasung Batu, Jumberi.", "Jumberi"),
    ],
)
def test_indonesian_attribution_chains(attribution: str, speaker: str) -> None:
    quote = quote_of(f"“Semua pihak harus menahan diri sampai hasil resmi keluar,” {attribution}")
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("title", "holder"),
    [
        ("Camat Tanjung Morawa", "Gontar Syahputra"),
        ("Kapolsek Tanjung Priok", "Ruslan Effendi"),
        # a deputy's title of two words (Jersey's court)
        ("Deputy Bailiff", "Catherine Mourant"),
    ],
)
def test_a_title_over_a_place_named_from_a_place_head_resolves_to_its_holder(
    title: str, holder: str
) -> None:
    # The place's own name ("Morawa", "Priok") is never the speaker.
    quote = quote_of(
        f"{title}, {holder} mengatakan pihaknya langsung menghubungi desa setelah mendapat "
        "informasi soal rumah warga yang nyaris roboh.",
        "”Sudah saya perintahkan kepala desa mengecek rumah itu dan segera mengajukan bedah "
        f"rumah bila memenuhi syarat,” pungkas {title}.",
    )
    assert quote.speaker == holder


@pytest.mark.parametrize(
    ("building", "alone"),
    [
        ("Stadion Gelora Bung Karno", "Gelora Bung Karno"),
        ("Jalan Jenderal Sudirman", "Sudirman"),
        ("Bandara Soekarno-Hatta", "Soekarno-Hatta"),
    ],
)
def test_a_building_named_after_a_person_is_not_the_last_person_named(
    building: str, alone: str
) -> None:
    # "ujarnya" points to the coach, not to the stadium or street mentioned after him.
    quote = quote_of(
        f"JAKARTA - Pelatih timnas Indonesia Patrick Kluivert memimpin latihan di {building}, "
        "Senin sore.",
        f"Latihan berlangsung tertutup di {alone} selama dua jam.",
        '"Kami sudah siap menghadapi laga besok dan para pemain dalam kondisi bagus," ujarnya.',
    )
    assert quote.speaker == "Patrick Kluivert"


def test_an_office_whose_name_lists_things_and_a_dentists_title() -> None:
    from digest.card import make_card

    def speaker(said: str) -> str | None:
        card = make_card(
            "Judul Berita Tentang Industri dan Kesehatan Kota\n\n"
            f"“Kami mendorong industri dalam negeri memproduksi kapal patroli,” {said}\n\n"
            "Pemerintah menyiapkan anggaran tambahan untuk program itu pada tahun depan."
        )
        return card.key_quote.speaker if card.key_quote else None

    assert (
        speaker(
            "kata Direktur Industri Maritim, Alat Transportasi, dan Alat Pertahanan "
            "Kemenperin, Hendro Kusumo Wardhana, di Jakarta."
        )
        == "Hendro Kusumo Wardhana"
    )
    assert (
        speaker(
            "kata Kepala Dinas Komunikasi, Informatika, Statistik, dan Persandian "
            "(Diskominfo SP) Solo, Heri Kuncoro Adi."
        )
        == "Heri Kuncoro Adi"
    )
    assert speaker("kata Kepala Dinkes Surabaya drg Ratna Kusumaningsih, Senin.") == (
        "Ratna Kusumaningsih"
    )


@pytest.mark.parametrize(
    ("introduced", "named_as", "speaker"),
    [
        ("Sekretaris Umum Gaikindo Bambang Wahyu Santoso", "Bambang", "Bambang Wahyu Santoso"),
        ("CEO Dewa United Rendra Wijaya Putra", "Rendra", "Rendra Wijaya Putra"),
        ("Pelatih Timnas Indonesia U-23 Hendra Wijaya Kusuma", "Hendra", "Hendra Wijaya Kusuma"),
        (  # a first and a middle word of the name
            "Kepala BPSDM Aceh, Teuku Muhammad Iqbal Fahmi,",
            "Teuku Iqbal",
            "Teuku Muhammad Iqbal Fahmi",
        ),
        (  # a word of her name the story also writes in lower case ("tunggal putri")
            "Tunggal putri Indonesia, Aurelia Kinanti Putri,",
            "Aurelia",
            "Aurelia Kinanti Putri",
        ),
        (  # what he is called, which the article gives beside his name
            "Ketua Sinar Budhi Surya, Supardi Wibowo atau akrab disapa Cak Pardi,",
            "Cak Pardi",
            "Supardi Wibowo",
        ),
        (  # the other way round: the nickname first, then "nama lengkap"
            "Bro Ron atau yang memiliki nama lengkap Ronald Aristone Sinaga",
            "Bro Ron",
            "Ronald Aristone Sinaga",
        ),
        (  # an initial that stands for a given name the article spells elsewhere
            "Ronald Aristone Sinaga lahir di Makassar. Ketua DPD PSI Karawang, Ronald A. Sinaga,",
            "Ronald",
            "Ronald Aristone Sinaga",
        ),
        (  # "H." is a title (Haji), not an initial of the name
            "Wakil Wali Kota Tebing Tinggi, H. Chairil Mukmin Tambunan,",
            "Chairil",
            "Chairil Mukmin Tambunan",
        ),
    ],
)
def test_a_given_name_after_a_long_title_and_body_is_part_of_the_name(
    introduced: str, named_as: str, speaker: str
) -> None:
    quote = quote_of(
        f"{introduced} mengatakan penjualan mobil listrik naik dua kali lipat tahun ini.",
        f"“Pasar sedang berubah dan kami harus siap,” kata {named_as}.",
    )
    assert quote.speaker == speaker


def test_a_channel_named_after_a_person_does_not_lengthen_their_name() -> None:
    quote = quote_of(
        "Gubernur Jawa Barat Dedi Mulyadi menemui warga di Bekasi pada Senin.",
        "Video pertemuan itu diunggah di YouTube Kang Dedi Mulyadi Channel.",
        "“Saya tinggalnya di sini, rumah saya di atas,” kata Dedi.",
    )
    assert quote.speaker == "Dedi Mulyadi"


@pytest.mark.parametrize("comma", [",", ""])
def test_a_balinese_name_keeps_its_i_after_an_office_and_is_called_by_its_third_word(
    comma: str,
) -> None:
    quote = quote_of(
        f"Kepala Kantor Imigrasi Denpasar{comma} I Made Budiarta Wijaya{comma} mengatakan WNA "
        "itu masuk daftar penangkalan selama enam tahun.",
        "“Yang bersangkutan tidak menghormati adat istiadat masyarakat setempat,” ujar Budiarta.",
    )
    assert quote.speaker == "I Made Budiarta Wijaya"


def test_a_balinese_speaker_is_called_by_the_given_name_after_all_the_titles() -> None:
    # "Bagus" is the fourth word of "I Gusti Ngurah Bagus Wiratama", after the caste's titles
    spoken = [
        quote_of(
            f"Koreografer pertunjukan, {full}, mengatakan latihan berlangsung tiga bulan.",
            f"“Kami ingin anak-anak muda merasakan sejarahnya,” ujar {called} usai pentas.",
        ).speaker
        for full, called in (
            ("I Gusti Ngurah Bagus Wiratama", "Bagus"),
            ("Ni Luh Gede Sri Astuti", "Sri"),
            # a Cokorda is called "Cok" and the given name
            ("Cokorda Gde Raka Mahendra", "Cok Raka"),
        )
    ]
    assert spoken == [
        "I Gusti Ngurah Bagus Wiratama",
        "Ni Luh Gede Sri Astuti",
        "Cokorda Gde Raka Mahendra",
    ]


@pytest.mark.parametrize(
    ("introduced", "named_as", "speaker"),
    [
        # A Malay or Sasak noble title the press writes as part of the name, after an office
        ("Menteri Kehutanan Raja Juli Antoni", "Raja Juli Antoni", "Raja Juli Antoni"),
        ("Gubernur NTB Lalu Muhammad Iqbal", "Iqbal", "Lalu Muhammad Iqbal"),
        ("Vokalis Nada Senja, Raden Ayu Kirana Larasati,", "Kirana", "Raden Ayu Kirana Larasati"),
        # a king is still a king: "Raja" before one name and a numeral is his title
        ("Raja Charles III", "Raja Charles III", "Charles III"),
        # Bali's caste titles open the name as "I" does
        (
            "Kepala Dinas Pariwisata Bali Ida Bagus Ketut Suparta",
            "Suparta",
            "Ida Bagus Ketut Suparta",
        ),
        (
            "Anggota DPRD Bali, Anak Agung Ngurah Adhi Ardhana,",
            "Adhi Ardhana",
            "Anak Agung Ngurah Adhi Ardhana",
        ),
        # a month's name inside a name is a given name ("Mei" is May)
        ("Pedagang batik, Tjhang Mei Lan,", "Mei Lan", "Tjhang Mei Lan"),
        # Aceh: the village head's title and the honorific "Tgk" go, the name stays whole
        (
            "Keuchik Gampong Blang Dalam, Tgk Ridwan Hasballah,",
            "Ridwan",
            "Ridwan Hasballah",
        ),
        # a Javanese given name that is also Vietnam's city written as one word
        ("Ketua Umum API Danang Wicaksono Hartanto", "Danang", "Danang Wicaksono Hartanto"),
        # a Javanese short name, the end of the given name ("Pak Tarno" of "Sutarno")
        ("Ketua RW 09, Pak Sutarno Adiwibowo,", "Pak Tarno", "Sutarno Adiwibowo"),
        # a district's name before the commas is no one's; a given name that is also a word
        (
            "Pemilik bengkel konversi di Kecamatan Cipocok Jaya, Firman Hadi Wijayakusuma,",
            "Firman",
            "Firman Hadi Wijayakusuma",
        ),
        # "Jaya" of a name set off by commas, though it is also Polda Metro Jaya's
        (
            "Kepala Diskominfo Kota Kendari, Asrul Jaya Mokodompit,",
            "Asrul",
            "Asrul Jaya Mokodompit",
        ),
        # four name words set off by commas: the whole name, not a body and a name
        ("Salah satu warga, Marthen Umbu Djawa Hina,", "Marthen", "Marthen Umbu Djawa Hina"),
        (
            "Kepala DLH Kota Surabaya, Lilik Dwi Hartanti Prasetyo,",
            "Lilik",
            "Lilik Dwi Hartanti Prasetyo",
        ),
    ],
)
def test_a_noble_title_or_a_month_inside_a_name_stays_in_it(
    introduced: str, named_as: str, speaker: str
) -> None:
    body = (
        f"{introduced} meninjau lokasi itu di Lombok, Senin (5/5/2025), bersama warga.",
        f"“Program ini kami lanjutkan tahun depan di seluruh provinsi,” kata {named_as}.",
    )
    quote = quote_of(*body)
    assert quote.speaker == speaker
    topics, _ = tag(parse_article("Program Berlanjut\n\n" + "\n\n".join(body)), speaker=speaker)
    assert not any(t != speaker and t in speaker for t in topics)  # never "Antoni" alone


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (  # a Vietnamese name's four words: family name, middle name, given name
            (
                '"The city is like a room with the windows closed," said Nguyen Thi Thu Hang, a '
                "researcher at the Vietnam Academy of Science.",
                "Hang said the smog would last until the monsoon.",
            ),
            "Nguyen Thi Thu Hang",
        ),
        (  # a body's acronym, the office in lower case, then its holder
            (
                '"Electricity imports are a key part of our strategy to decarbonise," said EMA '
                "chief executive Lim Kwang Wei.",
                "The EMA said the first imports would begin by 2028.",
            ),
            "Lim Kwang Wei",
        ),
        (  # a company's name in full, the office in lower case, then its holder
            (
                '"Nature has given us a very good start," said Grandvalira Resorts general '
                "manager Marc Ribas Torrent.",
            ),
            "Marc Ribas Torrent",
        ),
        (  # a Spanish name's first surname alone, after the name in full
            (
                "Education Minister Irene Campos de Rivas opened the school year on Monday.",
                '"This year we are asking more from our students," Campos said.',
            ),
            "Irene Campos de Rivas",
        ),
        (  # "keluhnya" after a farmer named with his age; a paper's observation is no one
            (
                "Pantauan Radar Madura di gudang pabrikan, antrean truk terlihat sejak pagi.",
                "Petani asal Desa Bujur Barat, Hosnan, 46, mengaku kecewa.",
                "”Modal sekarang sampai Rp38 ribu per kilo,” keluhnya.",
            ),
            "Hosnan",
        ),
        (  # an English given name before a Chinese family name and its two syllables
            (
                '"Global funds are being forced to chase them," said Anthony Liew Kah Meng, head '
                "of Asean equity strategy at a Singapore investment bank.",
            ),
            "Anthony Liew Kah Meng",
        ),
        (
            (
                '"Cutting again would be asking for trouble," said Eleanor Quah Siew Lin, an '
                "economist at a Singapore bank.",
            ),
            "Eleanor Quah Siew Lin",
        ),
        (  # a Malay name with its father's after "Mohd", and the honorific "Datuk"
            (
                "Group managing director Datuk Harith Zulkarnain Mohd Faiz said the company had "
                "studied Kalimantan for two years.",
                '"Indonesia gives us scale and a younger workforce," Harith said.',
            ),
            "Harith Zulkarnain Mohd Faiz",
        ),
        (  # the father's name after "Abdul", the name later given without it
            (
                "The delegation was led by the deputy secretary-general, Datuk Azlan Hakimi "
                "Abdul Rahman, and the talks lasted two days.",
                '"We are not starting from zero," Azlan Hakimi said.',
            ),
            "Azlan Hakimi Abdul Rahman",
        ),
        (  # a reverend's title before his name
            (
                '"We cannot stay silent when their villages are burned," said Reverend Mikaele '
                "Tavita Leota, general secretary of the council.",
            ),
            "Mikaele Tavita Leota",
        ),
        (  # Singapore's "Mdm" (Madam) before a name of three words
            (
                "One of them, Mdm Tan Lay Hoon, 67, said she had taken a taxi to watch.",
                '"Tonight I finally saw it. I cried a bit, don\'t tell her," Tan said.',
            ),
            "Tan Lay Hoon",
        ),
        (  # a double-barrelled surname alone, after the full name
            (
                "The committee chair, Senator Leonora Castillejos-Mapa, said records showed at "
                "least 14 projects were never built.",
                '"You signed the certificates of completion," Castillejos-Mapa told the engineer.',
            ),
            "Leonora Castillejos-Mapa",
        ),
        (  # a double-barrelled surname inside a name of three words (Ghana)
            (
                "The Deputy Chief Executive at COCOBOD, Dr Abena Owusu-Darkwa Mensimah, said the "
                "deal was part of efforts to strengthen ties with Asia.",
                '"We are not replacing anybody," Dr Owusu-Darkwa said.',
            ),
            "Abena Owusu-Darkwa Mensimah",
        ),
        (  # a nationality and a party before the title and the name
            (
                '"This is a strategic agreement, not just a tariff agreement," said the deal\'s '
                "rapporteur, Dutch liberal MEP Jorien Aaldering-Vos (Renew Europe).",
            ),
            "Jorien Aaldering-Vos",
        ),
        (  # a religious sister, her title and her congregation's initials
            (
                '"Many of them cannot look you in the eye," said Sister Yustina Bere Taolin, '
                "SSpS, who manages the shelter.",
            ),
            "Yustina Bere Taolin",
        ),
        (  # an initial before the name (India), and one in the middle
            (
                "Appearing for the vendors, senior counsel K. Ilango Selvaraj argued that they "
                "had traded there for decades, as had Marcus T. Reyes.",
                '"My clients are not encroachers," Selvaraj said.',
            ),
            "K. Ilango Selvaraj",
        ),
        (  # Myanmar's "U" (Mr) before a name of three words, with no family name
            (
                "'To correct your name, you need a household list,' said U Kyaw Zin Htet, a "
                "volunteer with a relief group in Sagaing.",
            ),
            "Kyaw Zin Htet",
        ),
        (  # "Dan", "Yang": Indonesian words, and an English story's names
            (
                '"We will not raise taxes this year," said Dan Smith, the council leader.',
                "Yang Dong-hoon, a researcher, agreed with Dan Smith.",
            ),
            "Dan Smith",
        ),
        (  # what the article says a person is known as
            (
                "The band's founder, Thomas Ashworth Bell, better known as Tommy Bee, said the "
                "tour would go ahead.",
                '"We owe it to the fans," Tommy Bee said.',
            ),
            "Thomas Ashworth Bell",
        ),
    ],
)
def test_english_speakers_of_the_regions_press(body: tuple[str, ...], speaker: str) -> None:
    assert quote_of(*body).speaker == speaker


def test_a_family_name_with_its_particles_is_the_fullest_name_given() -> None:
    # "Oscar De La Hoya" named once, then "De La Hoya": the particles join the name
    quote = quote_of(
        "Namun promotor laga itu, Oscar De La Hoya menyatakan tiket akan cepat habis.",
        "“Ini tipe laga yang publik inginkan,” tutur De La Hoya kepada wartawan.",
    )
    assert quote.speaker == "Oscar De La Hoya"


def test_an_arabic_name_keeps_its_particle_and_given_names() -> None:
    quote = quote_of(
        "Pejabat Pusat Meteorologi Nasional (NCM) UEA, Omar Rashid Al Mazrouei, mengatakan "
        "badai petir bergerak dari Laut Arab.",
        "“Ini peristiwa luar biasa dalam sejarah iklim negara kami,” kata Al Mazrouei.",
    )
    assert quote.speaker == "Omar Rashid Al Mazrouei"


@pytest.mark.parametrize(
    ("named", "called", "speaker"),
    [
        # a clergy title is no part of the name; a Latin baptismal name is dropped in speech
        *(
            (f"{title} Aloysius Krisna Wibawa", f"{title} Krisna", "Aloysius Krisna Wibawa")
            for title in ("Romo", "Pater", "Suster", "Bhante", "Uskup", "Pdt.")
        ),
        # a Sasak noble's family name that is also a title ("Hakim", a judge)
        ("Lalu Muhammad Zainul Hakim", "Zainul", "Lalu Muhammad Zainul Hakim"),
        # North Maluku's "Hi." (Haji) inside a name, before the father's
        ("Abdurrahman Hi. Salim", "Abdurrahman Hi. Salim", "Abdurrahman Hi. Salim"),
        # an Acehnese noble's title before a Malay one, both his name's
        ("Teuku Raja Mulyadi Syah", "Teuku Raja", "Teuku Raja Mulyadi Syah"),
        # a Balinese name whose second word is also a district's ("Sukadana", Lampung)
        ("I Made Sukadana Putra", "Sukadana", "I Made Sukadana Putra"),
        # a village elder's "Mbah" (grandfather), an honorific like "Pak"
        ("Mbah Sukiman Wiryo", "Mbah Sukiman", "Sukiman Wiryo"),
        # an officer's rank and corps ("Letkol Inf"), then his name
        ("Letkol Inf Galih Wirasena Prawiranegara", "Galih", "Galih Wirasena Prawiranegara"),
    ],
)
def test_a_speaker_called_by_a_title_and_one_of_their_names(
    named: str, called: str, speaker: str
) -> None:
    quote = quote_of(
        f"Pimpinan rombongan dari Kotabaru, {named}, mengatakan gagasan itu lahir dari keluhan "
        "sejumlah warga.",
        "“Keselamatan dan kehadiran semua orang nomor satu, jadi kami tidak akan meninggalkan "
        f"siapa pun,” ungkap {called}.",
    )
    assert quote.speaker == speaker


def test_she_said_after_a_campaign_teams_chair_is_the_chair_not_the_team() -> None:
    # "… Action Team" is the body she chairs, no person, however its words are capitalised
    quote = quote_of(
        "Morag Sinclair, chair of the Caithness Health Action Team, said families had been "
        'given "promise after promise" since the unit was downgraded.',
        '"Women are still being sent down the A9 in labour, sometimes in the middle of a winter '
        'night. We were told this review would be finished by spring," she said.',
        headline="Campaigners demand answers as maternity unit stays midwife-led",
    )
    assert quote.speaker == "Morag Sinclair"


def test_a_police_or_army_rank_abbreviated_before_the_name_is_no_speaker() -> None:
    # the Canadian and British press: "Const.", "Cst.", "Sgt.", "Insp.", "Supt.", "Maj. Gen."
    spoken = {
        quote_of(
            "Police closed the highway on Tuesday after a series of crashes in heavy snow.",
            "“We had drivers who simply could not see the hood of their own car,” said "
            f"{rank} Andrea Bouwman, a spokesperson for the detachment.",
            headline="Highway closed after crashes in snow",
        ).speaker
        for rank in (
            "Const.",
            "Cst.",
            "Sgt.",
            "Cpl.",
            "Insp.",
            "Supt.",
            "Det. Sgt.",
            "Maj. Gen.",
            "Eng.",  # an engineer, as Papua New Guinea's and Pakistan's papers title one
        )
    }
    assert spoken == {"Andrea Bouwman"}


def test_a_doctors_name_before_the_office_is_the_speaker_not_the_offices_last_word() -> None:
    # The National: "said Dr Khalid Al Suwaidi, Minister of Human Resources and Emiratisation"
    quote = quote_of(
        "The UAE will let private companies offer a four-day week from May, the ministry said.",
        "“Flexibility is no longer a perk that a few large companies offer. It is a tool for "
        "keeping talent in the country,” said Dr Khalid Al Suwaidi, Minister of Human Resources "
        "and Emiratisation.",
    )
    assert quote.speaker == "Khalid Al Suwaidi"


def test_review_cases_a_body_a_nearer_coach_and_a_residents_street() -> None:
    # "the company spokesman" is a body's voice, no one named before; "pelatih asal Kroasia
    # itu" is the nearest coach named; "Tom, a resident of …" is Tom, not his street
    body = ParsedArticle(
        headline="Prices keep rising",
        body=(
            "John Miller, a shopper, said prices rose again this week.",
            '"We are reviewing the figures carefully," the company spokesman said.',
        ),
    )
    found = key_quote(body)
    assert found is not None and found.speaker is None
    coach = quote_of(
        "Pelatih Persija Carlos Pena puas dengan hasil itu.",
        "Pelatih Persib Bojan Hodak menyebut timnya kurang beruntung.",
        '"Kami kurang tajam di depan gawang malam ini," ujar pelatih asal Kroasia itu.',
    )
    assert coach.speaker == "Bojan Hodak"
    resident = quote_of(
        '"The road floods every winter and nobody fixes it," said Tom, a resident of Mount '
        "Albert Road."
    )
    assert resident.speaker == "Tom"


@pytest.mark.parametrize(
    ("introduced", "said_as", "speaker"),
    [
        (  # an acronym of the office's words' heads: Dir-Ti-Pid-Siber
            "Direktur Tindak Pidana Siber Bareskrim Polri Brigjen Pol Rahmadi Saputra Harahap",
            "Dirtipidsiber",
            "Rahmadi Saputra Harahap",
        ),
        ("Direktur Tindak Pidana Siber Bareskrim Polri", "Dirtipidsiber", None),  # no holder
        # heads the press cuts otherwise: "Ses" of Sekretaris (Seskab), "Ka" of Kepala
        ("Sekretaris Kabinet Ratih Kumalasari", "Seskab", "Ratih Kumalasari"),
        (
            "Kepala Satuan Reserse Kriminal Polres Sleman AKP Riski Adrian",
            "Kasatreskrim",
            "Riski Adrian",
        ),
    ],
)
def test_an_offices_acronym_speaks_for_its_holder(
    introduced: str, said_as: str, speaker: str | None
) -> None:
    quote = quote_of(
        f"{introduced} menjelaskan, aturan itu membagi tugas pemerintah pusat dan daerah.",
        f"“Tidak ada lagi saling menunggu soal lahan atau anggaran,” ujar {said_as} dalam "
        "keterangan pers.",
    )
    assert quote.speaker == speaker  # never the office's acronym


def test_an_offices_holder_named_under_a_title_after_the_office_speaks() -> None:
    # Vanguard: "President of the Senate, Senator Ibrahim Danladi, said:"; not the person
    # before an office ("Wandono, Kepala Bidang …")
    senate = quote_of(
        "The Senate passed the bill on Tuesday after a voice vote.",
        "Speaking after the passage, President of the Senate, Senator Ibrahim Danladi, said: "
        '"Millions of our citizens abroad send home more money every year. It is only fair '
        'that they have a say."',
    )
    assert senate.speaker == "Ibrahim Danladi"
    bmkg = quote_of(
        "Wandono, Kepala Bidang Mitigasi Gempa Bumi dan Peringatan Dini Tsunami BMKG, "
        "mengatakan gempa itu dangkal.",
        "“Gempa bumi ini merupakan jenis gempa bumi dangkal,” kata Wandono, Kepala Bidang "
        "Mitigasi Gempa Bumi dan Peringatan Dini Tsunami BMKG.",
    )
    assert bmkg.speaker == "Wandono"


def test_she_said_after_a_school_whose_fields_are_listed_is_the_professor() -> None:
    # the Irish Examiner: "Professor Aoife Crowley of UCC's School of Biological, Earth and
    # Environmental Sciences said …", then a quote "she said": not "Environmental Sciences"
    said = "Professor Aoife Crowley of UCC's School of Biological, Earth and Environmental Sciences"
    quote = quote_of(
        f"Expedition leader {said} said the team was stunned.",
        "“Instead we found a continuous living reef,” she said.",
    )
    assert quote.speaker == "Aoife Crowley"


def test_a_body_after_the_is_one_name_and_its_head_the_person() -> None:
    # "the head of the Climate Change Committee, Emma Pinchbeck, said": the committee whole
    from digest.names import article_names

    text = "The head of the Climate Change Committee, Emma Pinchbeck, said the plan fell short."
    found = article_names("Judul berita", (text,)).paragraphs[0]
    assert [(m.name, m.kind) for m in found] == [
        ("Climate Change Committee", "org"),
        ("Emma Pinchbeck", "person"),
    ]
