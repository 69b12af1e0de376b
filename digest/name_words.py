"""The words kabar reads names by: titles, openers, heads of places and offices, name parts."""

from __future__ import annotations

from importlib import resources


def word_set(text: str) -> frozenset[str]:
    """Build a word set from a space-separated list, which keeps long lexicons readable."""
    return frozenset(text.split())


ACRONYMS = word_set(
    "DPR MPR DPD DPRD KPK PBB NATO TNI Polri BI OJK BUMN PDIP PDI-P PAN PKB PKS Gerindra Golkar "
    "Demokrat Nasdem NasDem PPP MK MA KPU Bawaslu BPK BPS BMKG BNPB Kemenkes Kemenkeu Kemlu "
    "Kementan Pertamina PLN ASEAN Asean WHO IMF FIFA PSSI UEFA OPEC NASA FBI CIA UNESCO UNICEF "
    "KAI Kejagung Bareskrim Densus MUI NU Muhammadiyah ITB UGM UI IPB BRIN LIPI Kominfo "
    "Kemendikbud Kemenag Basarnas BNN BPOM IDI BPJS "
    "Bulog Bapanas Bappenas Komdigi Kemendagri Kemenhan Kemenhub Kemenperin Kemendag Kemnaker "
    "Kemensos Kemenpora Kemenkumham Dukcapil Bakamla BKKBN BSSN Kompolnas Kremlin Pentagon "
    # Bodies, companies, an index, leagues and a band readers follow, named by their capitals
    # alone. A word of capitals kabar does not know is no topic: most are things, not bodies
    # ("KTP", "SMP", "CCTV", "TKP", "BBM").
    "ESDM PUPR KPAI PPATK LPSK KPPU BKPM BIN BNPT BGN MBG IKN KCIC MRT LRT KRL BEI IHSG BCA BNI "
    "BRI BSI BTN CIMB MNC PSI PBNU FPI ISIS PSG BWF AFF PBSI KONI KOI NBA WTA ATP UFC BTS KUHP"
)

# Words that name a role rather than a person; they are dropped from the front of a name.
TITLES = word_set(
    """presiden wakil wapres menteri menko mendagri menlu menhan menkeu ketua umum sekretaris
    menkes mendikbud mendikdasmen menpan menparekraf menpar menaker mentan menhub menag mensos
    menpora menkum menkumham menkominfo menkomdigi menhut menperin mendag menpupr menlhk
    menkop wamen wamenkes wamenkeu wamenlu wamendagri walkot
    jenderal sekjen gubernur wagub bupati walikota wali kota kepala kabid kasubdit direktur
    dirut utama juru bicara jubir kapolri kapolda kapolres kabareskrim panglima komisaris
    kombes kompol akbp akp irjen brigjen mayjen letjen laksamana marsekal kolonel jaksa hakim
    anggota pelatih kapten manajer ceo founder pendiri pengamat peneliti dosen profesor prof
    dr drg ir drs hj haji kh kiai kyai nyai syekh ustaz ustadz habib raja ratu pangeran perdana
    senator rektor dekan
    komisioner plt pj pengacara kuasa hukum aktris aktor penyanyi artis striker gelandang bek
    desainer sutradara produser presenter komika youtuber selebgram influencer vokalis gitaris
    drummer drumer bassis basis keyboardis pemeran pebalap pesepakbola atlet penulis penata
    eksekutif guitarist bassist vocalist singer frontman keyboardist rapper actress producer
    inspector superintendent constable magistrate lawyer mama opa oma pangulu
    pengcab pengprov pengkab pengkot pengda asprov askab askot
    aum dasho lyonpo utusan coun cllr cr ssp dsp councillor councilor goalscorer
    composer songwriter pianist professor psikolog psikiater administratur
    biologist researcher scientist economist analyst geologist volcanologist archaeologist
    historian ecologist botanist zoologist physician lecturer kakesdam
    herpetologist ornithologist entomologist epidemiologist virologist seismologist
    meteorologist climatologist oceanographer sociologist psychologist criminologist
    anthropologist pathologist cardiologist oncologist neurologist paediatrician pediatrician
    technician statistician activist novelist dentist pharmacist physicist
    presidente ministro ministra alcalde alcaldesa gobernador gobernadora diputado diputada
    captain skipper alhaji alhaja hajia premier attorney counsel hon honourable honorable penuntut
    pambakal sangadi kuwu peratin perbekel bendesa klian petinggi bailiff jurat deputy
    director-general secretary-general attorney-general governor-general
    kiper pemain penyerang bos legenda mantan eks sang pak bu bapak ibu mr mrs ms miss sir
    midfielder defender goalkeeper winger fullback playmaker
    sprinter hurdler swimmer boxer cyclist golfer jockey batsman bowler quarterback pitcher
    weightlifter wrestler
    president vice minister coordinating prime secretary undersecretary chairman chairwoman
    chief executive
    director head corporate communication communications division manager vp svp evp gm
    governor mayor senator representative rep sen spokesman spokeswoman spokesperson general
    speaker
    councillor councilor councilman councilwoman
    gen lt col capt coach judge justice king queen prince princess pope dame lord lady
    const cst sgt cpl insp supt det maj cmdr eng engineer
    admiral commodore commandant marshal brigadier lieutenant sergeant corporal
    dokter pertahanan luar dalam negeri keuangan perdagangan pertanian perhubungan kesehatan
    pendidikan agama sosial koordinator bidang humas hubungan masyarakat polda polres metro
    jaya pusat daerah provinsi kabupaten kota fraksi pelaksana manajer kementerian dirjen
    kelautan perikanan staf khusus kepolisian komandan danrem dandim pangdam kasat kanit
    kabag kapuspen karo penmas wakapolri wamen deputi asisten
    kapolresta kapolrestabes kapolsek kasat kasatreskrim kasatlantas kasatnarkoba kajari
    kajati kejari kejati camat lurah kades sekda kadis wabup wawali wakapolda wakapolres
    danramil danlanud danlantamal pangkoarmada kadinkes kalapas kepsek kapolsekta
    perjuangan pol reskrim satreskrim intelkam lantas satlantas krimum krimsus ditreskrimum
    ditreskrimsus ditresnarkoba satresnarkoba sabhara samapta propam binmas
    analis ekonom pakar analyst economist tgk teungku keuchik geuchik penyidik penyelidik mdm
    madam encik pengarah officer commissioner treasurer datuk datin dato seri dayangku awangku
    reverend rev pastor
    pendeta pdt romo pater frater bruder suster uskup kardinal mgr monsignor bhante biksu
    bhikkhu sister mbah danlanal danyon danki
    inf kav arh czi chb ckm cpm cku caj cba ctp pnb psk"""  # the army's corps after a rank
    """
    ipda iptu aiptu aipda bripka brigadir briptu bripda bharada bharaka bharatu serka serma
    sertu serda kopda koptu kopka pratu praka prada letda lettu letkol mayor kapolsek
    spb spog spa sppd spjp spkk sps spn spm spot sprad spak spu spbs sptht spkj spp spd finacs
    fics mkes mph phd mba msc
    ssps svd ofm ofmcap cssr osb sdb ocarm msf"""  # a religious order's initials after a name
)

# Capitalised words that are never names: sentence openers, days, months, pronouns.
COMMON = word_set(
    """senin selasa rabu kamis jumat jum'at sabtu minggu ahad hijriah hijriyah masehi
    januari februari maret april mei
    juni juli agustus september oktober november desember monday tuesday wednesday thursday
    friday saturday sunday january february march june july august october december
    the a an in on at of for and but or it he she they we i you his her their this that these
    those there here when while after before as if so yet also however meanwhile despite
    then now
    dia ia beliau mereka kami kita saya aku anda kamu itu ini ada pada dalam di ke dari dan
    atau tetapi namun sementara sedangkan selain sebelumnya kemudian lalu setelah saat ketika
    menurut bahkan padahal meski meskipun walaupun jika kalau karena sebab oleh untuk dengan
    hal para sejumlah seorang sebuah salah satu kedua ketiga tak tidak bukan baca juga foto
    video simak tonton berita halaman editor penulis reporter sumber ilustrasi dok istimewa
    wib wita wit gmt utc am pm pt tbk cv persero usai seusai sejak selama hingga kini adapun
    apalagi sehingga tapi according
    two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    dozens hundreds thousands several many some both
    each every few gol warga petugas pengunjung perajin penumpang pengendara
    katong kitong torang kitorang dorang
    besok kemarin lusa tadi nanti semalam kelak
    jajaran rapat"""  # "we", "they" in Ambon, Papua and Manado
    # Malay; "tomorrow", "yesterday" and the like opening a sentence before a name ("Besok
    # Syahrini …"); an office's staff ("Jajaran Polsek Bebandem")
)

# Words that open the name of a built place. What follows them is the place's name, even when
# it honours a person: "Stadion Gelora Bung Karno", "Jalan Sudirman", "Bandara Soekarno-Hatta".
# (Universities are organisations readers follow; "Perumahan Rakyat" ends a ministry's name.)
FACILITY_HEADS = word_set(
    """jalan jl stadion gedung bandara pelabuhan terminal stasiun masjid gereja pura klenteng
    vihara rs rsud rsup puskesmas pasar mal plaza hotel taman lapangan gelanggang tol kompleks
    istana wisma graha museum monumen jembatan bendungan waduk sirkuit arena street road
    avenue stadium airport station hospital bridge square circuit"""
)
# Administrative units: the words after one name a place ("Kecamatan Kutalimbaru"). Offices
# named for their place ("Polsek Kutalimbaru") are followed as they are, but their place's
# name alone after a title ("Kapolsek Kutalimbaru") is no person either.
# Aceh's "Gampong", Lampung's "Pekon" and Simalungun's "Nagori" are villages, as "Desa" is.
UNIT_HEADS = word_set(
    "kecamatan kelurahan desa dusun kampung kabupaten provinsi nagari nagori gampong pekon"
)
OFFICE_HEADS = word_set(
    """polsek polres polresta polrestabes polda polsekta kodim koramil korem kodam lanud
    lantamal kejari kejati kejaksaan pengadilan dinas kantor lapas rutan pemkot pemkab pemprov
    pemda satpol bpbd damkar disdik dinkes dishub bappeda"""
)
# Given names that come first and go unsaid when a person is named again.
NAME_PREFIXES = word_set(
    """muhammad muhamad mohammad mohamad mochammad mochamad moch moh mohd muh m ahmad achmad
    abdul andi i ni made putu ketut kadek komang nyoman gede wayan raden rr teuku tengku cut
    sayyid syarifah sayed syed"""
)
# Sastrawi's dictionary of Indonesian root words: one of them alone ("Lokasi", "Tiket",
# "Dewan") is a capitalised common noun, not something a reader follows.
ROOT_WORDS = frozenset(
    resources.files("Sastrawi")
    .joinpath("Stemmer/data/kata-dasar.txt")
    .read_text(encoding="utf-8")
    .split()
)
# Words that make a place's name a club's: "Bali United", "Los Angeles Lakers".
CLUB_SUFFIXES = word_set(
    """united city fc sc afc club rovers wanderers athletic albion hotspur county town lakers
    clippers warriors galaxy dodgers giants fever sparks kings angels babel putra
    open masters"""
)
# What a title's word may open as a competition's name ("Premier League"): no premier's.
LEAGUE_WORDS = word_set("league division")
# Whom a place or a body is named for with a possessive: "Queen's Park", "St John's Wood"
NAMED_FOR_OWNERS = word_set("queen king prince princess st saint lord duke earl bishop")
# Offices whose portfolio follows "of": "Minister of Finance Sri Mulyani"
OFFICES_OF = word_set("secretary minister commissioner undersecretary")
# Names that close on a number: "Liga 1", "Ligue 1", "Formula 1"
NUMBERED_NAMES = frozenset({"Liga", "Ligue", "Formula"})
# Indonesian academic degrees written without their stops after a name ("Benhur Tumanggor
# MSi"): their mixed case is no name's and no acronym's
UNDOTTED_DEGREES = frozenset(
    {"MSi", "MPd", "SPd", "SSos", "SKom", "SIKom", "MKes", "SPsi", "MPsi", "SKep", "MKep"}
    | {"SKed", "SFarm", "MFarm", "MKn", "SHut", "SPt", "SPi", "MSc", "PhD", "SAg", "MAg", "SIP"}
)
# The letters after a football club's name ("Arema FC", "Semen Padang FC").
CLUB_LETTERS = word_set("fc sc afc cf")
# Name openers never found inside a name: where one follows other capitalised words
# ("Koperasi Produsen Kopi Gayo Teuku Rizal Mahmudi"), the person's name starts there.
STRONG_PREFIXES = word_set("teuku tengku raden")
# Noble titles of Malay, Sasak and Javanese names that the press writes as part of the name:
# "Raja Juli Antoni", "Lalu Muhammad Iqbal", "Raden Ayu Kirana Larasati". ("Raja Salman bin
# Abdulaziz", "Raja Charles III" are kings: names._opens_noble_name tells them apart.)
# English words that make a title a rank of it: "Deputy Interior Minister", "Acting Secretary".
TITLE_RANKS = word_set("deputy acting")
NOBLE_OPENERS = word_set("raja lalu raden tengku baiq kemas kiagus masagus nyimas nyayu")
# Bali's birth-order and caste names: "I Made", "I Putu Gede", "Ni Nyoman".
BALINESE = word_set("putu wayan gede made kadek nengah nyoman komang ketut gusti ngurah ida luh")
# Dictionary words that are also given names or parts of names ("Budi", "Adi", "Putra",
# "Aji"): inside a name they stay in it, where any other dictionary word in a long
# capitalised run belongs to the body or office before the name ("Badan Pangan Nasional").
NAME_WORDS = word_set(
    """rudi rudy
    muhammad agus ali budi bambang hidayat purnama adam putri putra sri abu adi imam dewi
    indra aji hasan gatot gusti gunawan fajar mas kim jin min paul mark junior tan dewa ayu
    hanif ibnu tom dian wahyu tri amin kamil maria bangun sandi taufik bayu leo alfa maulana
    jun siti wang wijaya prima firman samudra sari hatta syarif hamzah tirta wong henry bung
    ong giring ananda angga sara surya feri karim alis arif budiman rahmat samad andika firdaus
    mars nur mata agung indah intan jaya bintang mulia setia bagus ratna mega bunga lestari
    guntur gilang ilham iman teguh utama kusuma cahaya darma wira rahman rahim citra puspita
    melati mawar kartika bulan langit mentari pelangi embun candra laksana laksmi murni suci
    wulan anggun cantik manis gagah perkasa sakti sejati jati kencana emas permata mutiara
    berlian bening putu nyoman gede ida anak cokorda nugraha isa don april will bill frank
    rose grace hope joy jack chase pat guy ray art dawn faith earl drew gene rich max may
    june august major young king eka dwi rizki kurnia wati pratama santoso hadi yusuf karya
    elon kenan keri totok maharani puan said"""
)
# Words that name a body, office or field, not a person: before a name in one capitalised
# run they end the body's name ("Badan Pangan Nasional Arief Prasetyo Adi", "Doo Financial
# Futures Lukman Leong", "Mirae Asset Sekuritas Nafan Aji Gusta").
ORG_WORDS = word_set(
    """bangsa-bangsa
    badan dinas kantor lembaga komisi dewan majelis mahkamah partai yayasan universitas
    institut sekolah akademi politeknik rumah sakit pusat balai biro direktorat divisi bagian
    seksi unit satuan tim panitia forum asosiasi ikatan persatuan himpunan perkumpulan
    koperasi bank pasar pariwisata kereta api angkutan nasional negeri swasta dunia
    internasional industri energi sumber daya mineral perkebunan pertanian kehutanan
    lingkungan hidup perdagangan perindustrian investasi koordinasi penanaman modal statistik
    meteorologi klimatologi geofisika geologi vulkanologi bencana penanggulangan pencarian
    pertolongan keamanan ketertiban militer angkatan darat laut udara kejaksaan pengadilan
    reserse kriminal narkotika narkoba siber tindak pidana lalu lintas kebudayaan olahraga
    batubara minerba
    pemuda agraria tata
    ruang pekerjaan perumahan rakyat transportasi komunikasi informatika teknologi riset
    inovasi perbendaharaan pajak bea cukai anggaran perencanaan pembangunan ketenagakerjaan
    tenaga kerja transmigrasi usaha kecil menengah mikro otoritas otorita jasa sekretariat kabinet
    sarana prasarana
    kepresidenan ekonomi politik hukum hak asasi manusia kependudukan pemberdayaan perempuan
    perlindungan zakat wakaf umrah ibadah penyelenggaraan pelayanan layanan sekuritas
    asuransi perusahaan holding grup perseroan perum listrik minyak gas pelabuhan penerbangan
    pangan gizi obat makanan perikanan kelautan peternakan hortikultura perkeretaapian
    humas protokol penerangan kesejahteraan pengawasan pengawas pemeriksa inspektorat
    kemenko kementerian pemerintah pemerintahan fakultas program studi laboratorium
    perwakilan kedutaan konsulat kabupaten kota provinsi daerah wilayah kecamatan kelurahan
    desa pemkot pemkab pemprov pemda setda sekda kanwil kantah polres polsek polda
    commission committee council ministry department agency bureau office institute
    university college school foundation association federation union league party group
    bank fund capital securities futures financial asset assets management holdings partners
    investment investments research center centre corporation company airlines airways
    services international national global energy resources mining motors technologies
    technology systems media news press club network trust authority board exchange
    republic institution forum council digital"""
)
# Titles that are also family names: at the end of a name they are the name ("Lucky Hakim").
SURNAME_TITLES = word_set("hakim raja ratu datuk")  # "Rusli Datuk Alam": a Minang gelar
# English titles of office that also open a work's title ("Head Over Heels", "King Of The
# Hill"), and the prepositions a title case capitalises after them.
WORK_TITLE_OPENERS = word_set("head king queen prince princess lord lady chief captain general")
TITLE_CASE_PREPOSITIONS = word_set("over under in on into onto to from at by with without beyond")
# The words of a ministry's or an office's portfolio in English ("Foreign Affairs", "Trade
# Policy"), before the name of the one who speaks for it.
PORTFOLIO_WORDS = word_set(
    "commerce foreign affairs home trade industry finance health education defence defense "
    "justice agriculture energy fisheries transport transportation labour labor environment "
    "interior information communications culture tourism planning development economy economic "
    "religious social welfare public works housing mines mining resources water forestry science "
    "technology research sports youth women children law human rights security maritime "
    "investment conservation policy relations cooperation migrant migration overseas consular "
    "climate change infrastructure telecommunications sport lands natural utilities disaster "
    "management local government state police digitalisation digitalization digital "
    "innovation sustainability manpower "
    "and & the of"
)
# Given names written short with a stop: "Moh. Syaiful", "Muh. Arif", "Abd. Rahman",
# Bangladesh's "Md. Yunus", Manipur's clan names ("Th. Rajendro Meitei"). The word after
# the stop goes on with the name and the sentence.
SHORTENED_NAMES = word_set("moh muh moch mochd mohd mhd abd ach ahm md th kh")
CONNECTORS = frozenset({"bin", "binti", "van", "de", "der", "al", "von", "da", "of", "del", "la"})

# Possessives that are part of a name: "People's Party", "Women's World Cup".
GROUP_GENITIVES = word_set(
    "people women men children workers farmers teachers citizens nurses veterans students "
    "journalists consumers fishermen girls boys ladies gentlemen "
    "year"  # "New Year's Eve", "New Year's Day": one day's name
)

# Vietnamese family names, which open a name of three or four short words ("Nguyen Thi Thu Ha").
VIET_FAMILY = word_set(
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly trinh dinh"
)
