"""An article's section (politics, economy, sports, ...), named in Indonesian and in English."""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

from digest.language import ascii_words
from digest.model import ParsedArticle
from digest.name_words import word_set

# Each section's one key (its Indonesian name), its English name, and what else a reader may
# type for it: "/subscribe politics" and "/subscribe politik" follow the same section.
_NAMES: dict[str, tuple[str, str]] = {
    "politik": ("politics", "politic, political"),
    "ekonomi": ("economy", "economics, business, bisnis, ekbis, finance"),
    "internasional": ("world", "international, global, dunia, mancanegara, luar negeri"),
    "olahraga": ("sports", "sport, sepakbola"),
    "teknologi": ("technology", "tech, tekno, techno"),
    "hukum": ("law", "crime, kriminal"),
    "kesehatan": ("health", "sehat"),
    "hiburan": ("entertainment", "showbiz, seleb, selebriti, celebrity"),
    "pendidikan": ("education", "edukasi"),
    "otomotif": ("automotive", "oto, autos"),
    "sains": ("science", "ilmu pengetahuan"),
    "lingkungan": ("environment", "lingkungan hidup, climate, iklim, lestari"),
}
_BY_NAME = {
    name: key
    for key, (english, others) in _NAMES.items()
    for name in (key, english, *(" ".join(o.split()) for o in others.split(",")))
}

# Diseases by name: health words, and what "kasus" counts before one.
_DISEASE_NAMES = word_set(
    "malaria dbd campak diare tbc hiv polio difteri hepatitis rabies ispa mpox kolera antraks "
    "chikungunya leptospirosis pneumonia influenza "
    # and by their English names
    "dengue measles cholera tuberculosis diphtheria"
)
_LEXICON: dict[str, frozenset[str]] = {
    "politik": word_set(
        "politik partai pemilu pilkada pilpres dpr mpr kampanye koalisi oposisi capres cawapres "
        "legislatif parlemen kabinet menteri presiden gubernur bupati pemilih caleg "
        "demokrasi konstitusi reshuffle election elections parliament senate congress campaign "
        "vote votes voters voting party parties lawmakers politics political minister ministers "
        "government opposition labour conservative conservatives democrats republicans poll polls "
        # a regional parliament and its factions and committees, and the budget they weigh
        # (its committee, the KUA-PPAS ceilings)
        "dprd fraksi pansus paripurna banggar ppas "
        # a legislature and its members, in English; a council's
        "legislature legislators senators voted councillors councilors mayor "
        # officials sworn into their posts, by rank (a regency's rotation of its officials)
        "eselon pelantikan melantik"
    ),
    "ekonomi": word_set(
        "ekonomi rupiah inflasi investasi investor ekspor impor harga saham bursa pasar bank "
        "perbankan pajak anggaran apbn utang perdagangan bisnis perusahaan industri pertumbuhan "
        "emiten laba pendapatan kredit dividen obligasi emas tarif umkm komoditas properti "
        "listrik pln esdm "
        # homes as a trade: the real estate market's loans ("real estate" is a phrase: a royal
        # estate is none)
        "realty mortgage mortgages "
        "economy economic inflation investment investors stocks shares market markets prices "
        "trade tax budget company companies revenue profit interest rates growth earnings crore "
        "lakh "
        "airline airlines bonds shareholders investors billion"
        # travel is a trade: a tourism story is business news
        " pariwisata tourism"
        # fuel and staples, their subsidies and their prices
        " elpiji lpg subsidi sembako"
        # who grows, sells and buys, and what they earn
        " pedagang panen ekspor upah wisatawan wisman turis"
        " traders trader exports export harvest shipments shipment exporters importers"
        # insurers and what they charge
        " asuransi premi insurance insurers insurer premiums reinsurance"
        " wages income tourists"
        # palm oil, Indonesia's crop of trade: its fruit bunches and its crude oil; fertiliser
        " sawit cpo tbs pupuk fertiliser fertilizer"
        # a firm's trade and its licence, in English
        " business businesses entrepreneurs"
        # the airlines' trade and the farmers' and fishers'
        " maskapai pertanian petani perikanan fishery fisheries farmers growers"
        # power and fuel: the grid's supply and what it burns
        " electricity fuel utility"
        # goods moved through ports in containers, and what is built for them
        " petikemas infrastruktur infrastructure"
        # who makes goods, and the jobs they give
        " manufacturer manufacturers manufacturing jobs"
        # hawkers and their stalls, and the goods a port ships
        " hawker hawkers stallholders cargo"
    ),
    "internasional": word_set(
        "internasional global bilateral diplomatik diplomat kedutaan duta pbb "
        "nato sanksi perang invasi militer international foreign sanctions war embassy "
        "diplomatic troops ceasefire summit leaders g20 asean apec migrants refugees asylum "
        "coastguard maritime naval vessels sovereignty territorial treaty envoy ambassador "
        "humanitarian junta "
        # missiles fired across a border or a sea
        "missile missiles ballistic"
    ),
    "olahraga": word_set(
        "pertandingan laga gol klub pemain pelatih liga turnamen juara skor tim bola "
        "badminton babak kemenangan kekalahan klasemen stadion atlet timnas striker "
        "gelandang kiper bek motogp balapan pembalap pebalap medali kejuaraan catur pecatur "
        "perenang sepakbola bulutangkis match goal goals club coach league "
        "tournament champion football olympic medal players cup race races prix "
        "podium laps pole shuttler shuttlers seeded semifinal quarterfinal "
        "scored striker midfielder goalkeeper squad championship tennis ufc tinju petinju "
        "petarung maraton pelari boxing marathon "
        # cricket and rugby, and Indonesia's rowing and boat races
        "cricket cricketers innings wicket wickets batsman bowler rugby dayung pendayung "
        # baseball's
        "pitcher pitchers inning shortstop strikeouts hitter"
    ),
    "teknologi": word_set(
        "teknologi aplikasi internet digital smartphone ponsel android iphone software startup "
        "data siber perangkat fitur pengguna online ai chip gawai technology app apps users "
        "cyber device devices tech drone drones "
        # what is made in a clean room and sent into orbit; machines that think or move
        "semiconductor semiconductors chipmaker chipmakers photonics satellite satellites "
        "robot robots robotics quantum "
        # the signal and the cables that carry it ("BTS", its towers, is as often the band)
        "sinyal telekomunikasi 4g 5g broadband konektivitas connectivity "
        "telecommunications telecom bandwidth"
        # the English trade's words: its networks and what goes wrong with them
        " telecoms spectrum smartphones chips algorithm encryption outage servers cybersecurity"
        " hackers hacked"
        # what people carry
        " handset handsets laptop laptops gadget gadgets"
    ),
    "hukum": word_set(
        "hukum polisi kpk korupsi tersangka terdakwa pengadilan hakim jaksa vonis penjara "
        "sidang kasus penyidik ditangkap pidana pelaku penangkapan tahanan polres polda "
        "kejaksaan narkoba curanmor pencurian begal komplotan "
        "court judge police arrested trial prosecutor prosecutors jail "
        "sentenced charged penyelundupan selundupan smuggling smuggled deportasi dideportasi "
        # a foreigner's stay broken: immigration law
        "keimigrasian overstay "
        "deported guilty fined magistrate magistrates convicted conviction offence offences "
        "offense lawsuit "
        # the English court's words: who stands in the dock, what they did, what they get
        "jailed sheriff solicitor pleaded assault theft robbery burglary murder manslaughter "
        "prison imprisonment custody bail lawyer lawyers attorney defendant accused acquitted "
        "sentencing indicted indictment "
        # a high court's bench and who plead before it
        "petitioners petitioner counsel "
        # what the customs or the police seize ("Polisi Sita 2 Kg Sabu"; not "menyita waktu",
        # taking up time), and the evidence
        "disita penyitaan sitaan seized seizure sita"
        # enforcement: what the customs and the police call a raid or a bust
        " penindakan"
    ),
    "kesehatan": word_set(
        "kesehatan sakit pasien dokter virus penyakit vaksin covid obat pandemi gizi "
        "stunting puskesmas bpjs health hospital hospitals patients doctor doctors vaccine "
        "disease "
        # the clinic's words in English: its staff, its cases, what spreads them
        "nurses clinic clinics medical vaccination vaccines outbreak infections mosquito "
        "mosquitoes epidemiologist"
    )
    | _DISEASE_NAMES,
    "hiburan": word_set(
        "film musik lagu album konser artis aktor aktris penyanyi selebriti sinetron band "
        "sutradara drama drakor idol movie music song concert singer actor actress celebrity "
        "series serial episode tayang netflix debut member kpop presenter pesinetron youtuber "
        "selebgram netizen unggahan musisi vokalis rapper penggemar syuting "
        "panggung manggung hollywood bollywood grammy oscar pernikahan resepsi pop "
        "concerts singers album albums tour fans stage band bands film films "
        # a series made for streaming: its filming, its cast and crew
        "filming streaming showrunner "
        "fashion desainer busana peragaan designer catwalk "
        # the stage: theatre, dance, traditional shows
        "pementasan pertunjukan teater lakon penari ludruk wayang ketoprak "
        # poets and their readings; a carnival's parade of costumes
        "poet poets poetry penyair puisi karnaval carnival "
        # a stage's dancers and a fair's publishers
        "dancers performers performance performances exhibition publishers"
    ),
    "pendidikan": word_set(
        "pendidikan sekolah siswa mahasiswa guru kampus universitas kurikulum ujian beasiswa "
        "pelajar education school schools students teachers university "
        # Islamic boarding schools and their pupils
        "pesantren santri madrasah "
        # the exams and those who sit them
        "exam exams examination examinations"
    ),
    "otomotif": word_set(
        "mobil motor otomotif kendaraan mesin dealer sedan suv mpv truk pengemudi sim "
        "honda toyota suzuki daihatsu hyundai wuling hybrid odol car cars vehicle vehicles "
        "automotive byd chery vinfast mitsubishi nissan mazda kia bmw "
        "harley vespa nmax skutik moge carmaker carmakers "
        # what cars plug into and carry: chargers, plates, registrations
        "chargers charging motorists plates registration registrations "
        # vans ("van" alone is a Dutch name's particle) and the electric vehicle's short names
        "vans ev evs"
        # the Philippines' jeepneys
        " jeepney jeepneys"
    ),
    "sains": word_set(
        "ilmuwan penelitian peneliti spesies planet astronom nasa fosil gempa "
        "bmkg cuaca prakiraan arkeolog arkeologi astronomi "
        "scientists research species study archaeologists weather forecasters researchers "
        "laboratory "
        # the lab's sciences and who practise them; what a journal prints
        "chemists chemistry physicists physics catalyst molecules molecule geologist "
        "paleoclimatologist paleontologists fossils "
        # the sky watched: "hujan meteor Leonid", a fireball ("bola api", not a ball)
        "meteor komet asteroid gerhana teleskop observatorium planetarium galaksi antariksa "
        "brin lapan astronomers telescope comet eclipse auroras"
        # the Moon and the craft sent to it; the ground shaking and the wave after it
        " lunar crater spacecraft orbiter earthquake earthquakes quake tsunami"
        # the volcanologists and the geologists who watch a mountain
        " pvmbg vulkanologi volcanologists geologi geologists"
        # what the archaeologists dig
        " ekskavasi purbakala arkeologis excavation"
    ),
    # "Lingkungan" alone is also a neighbourhood or an office's staff ("di lingkungan Pemkot"):
    # only "lingkungan hidup" counts (_PHRASES).
    "lingkungan": word_set(
        "iklim deforestasi polusi pencemaran emisi karbon konservasi satwa mangrove terumbu "
        "gambut limbah sampah reboisasi walhi klhk ekosistem pemanasan plastik kresek karhutla "
        "climate environment environmental emissions pollution deforestation wildlife "
        "conservation waste plastic coral mangroves biodiversity carbon peat peatland peatlands "
        "haze smog kemarau kekeringan drought banjir rob abrasi flood floods flooding "
        "flooded floodwaters inundated downpour downpours "
        # the coast eaten away, a lake's water turned toxic
        "erosion algae algal "
        # the sea turtles' nesting beaches and who counts the nests
        "turtle turtles nests nesting hatchlings biologists "
        # what spills into the water and what spoils it: sewage, silt, invasive mussels
        "sewage silt estuary invasive mussels quarry quarrying overflows wetland wetlands "
        "erupsi letusan vulkanik volcano eruption "
        # wildlife and its wardens: an elephant herd in a plantation is an environment story
        "gajah harimau orangutan badak habitat bksda bbksda beruang buaya "
        "bear bears elephant elephants tiger tigers crocodile crocodiles "
        "elk deer moose wolves bison "
        # water where it should not be, and what a mine leaves in a river
        "genangan tergenang drainase sedimentasi lumpur sedimen "
        # a reservoir run low and the levees against the river
        "waduk tanggul reservoir reservoirs dam dams rainfall "
        # the ground giving way, the monsoon's floods
        "longsor landslide landslides landslip landslips rockfall rockfalls monsoon "
        # a river turned muddy (mercury is no sign: it is in cosmetics and in police raids)
        "keruh "
        # the weather's violence, and the sea over the shore ("badai", "topan" and "storm"
        # alone are as often a crisis or a row: "badai PHK", "a storm of criticism")
        "siklon blizzard snow snowstorm snowfall cyclone typhoon hurricane tornado seawall "
        # mud and snow coming down the mountain
        "mudflow mudflows mudslide mudslides avalanche avalanches snowmelt "
        # a volcano's cold lava down its rivers, and forests burning
        "lahar wildfire wildfires bushfire bushfires stubble "
        # a disaster's agency and the people it moves out of their homes
        "bpbd mengungsi pengungsian "
        # seabirds counted on their cliffs
        "seabird seabirds puffin puffins rspb "
        # the coast giving way to the sea
        "dunes coastline coastal"
    ),
}
# Economy words every section's stories use ("harga" of a used motorbike, the "anggaran" a
# governor tells offices to spend, a "pasar" for EVs): each counts half, so they tip a story
# into the economy only when nothing else is said as often.
_EVERYDAY_ECONOMY = frozenset(
    f"{word}{end}"
    for word in word_set(
        "harga pasar perusahaan industri bank listrik tarif emas pertumbuhan pendapatan "
        "anggaran pajak billion prices market markets company companies growth trade tax jobs "
        "budget wisatawan turis tourists income pupuk fertiliser fertilizer petani farmers "
        "growers "
        # India's sums: "Rs 4,200-crore"
        "crore lakh"
    )
    for end in ("", "nya")
)
# What "kasus" counts when a disease follows it ("kasus malaria"), not a court case.
_DISEASES = _DISEASE_NAMES | word_set("covid demam flu kanker stunting gizi")
# Two-word terms ("rumah sakit", "sepak bola") count as one: their words alone say something
# else ("rumah" is a house, "bulu" hair, "negeri" a state court's "Pengadilan Negeri").
_PHRASES: dict[str, str | None] = {
    "rumah_sakit": "kesehatan",
    "sepak_bola": "olahraga",
    "bulu_tangkis": "olahraga",
    "luar_negeri": "internasional",
    "wajib_militer": "internasional",
    "ilmu_pengetahuan": "sains",
    "bola_api": "sains",
    "medali_emas": "olahraga",
    "medali_perak": "olahraga",
    "medali_perunggu": "olahraga",
    "sea_games": "olahraga",
    "pemain_film": "hiburan",
    "pemain_sinetron": "hiburan",
    "pemain_drama": "hiburan",
    "pemain_teater": "hiburan",
    "pemain_musik": "hiburan",
    "lingkungan_hidup": "lingkungan",
    "kualitas_udara": "lingkungan",
    "kabut_asap": "lingkungan",
    "air_quality": "lingkungan",
    "perubahan_iklim": "lingkungan",
    # "listrik" alone is the grid's electricity; an electric car is the car's
    "mobil_listrik": "otomotif",
    "motor_listrik": "otomotif",
    "kendaraan_listrik": "otomotif",
    "kebakaran_hutan": "lingkungan",
    "bongkar_muat": "ekonomi",
    "peti_kemas": "ekonomi",
    # cruise lines' trade ("cruise missile" is no ship's)
    "cruise_ship": "ekonomi",
    "cruise_ships": "ekonomi",
    "cruise_season": "ekonomi",
    "cruise_passengers": "ekonomi",
    # a season of fire danger: a total fire ban in a dry spell
    "fire_ban": "lingkungan",
    "fire_danger": "lingkungan",
    "dry_spell": "lingkungan",
    "forest_fire": "lingkungan",
    "forest_fires": "lingkungan",
    # water to drink and to treat, and power from the sun and wind
    "air_bersih": "lingkungan",
    "air_baku": "lingkungan",
    "krisis_air": "lingkungan",
    "energi_terbarukan": "lingkungan",
    "tenaga_surya": "lingkungan",
    "panel_surya": "lingkungan",
    "solar_panels": "lingkungan",
    # power from the tides, fire in the scrub and the bush ("wind farm" is as often a port's
    # or a steelworks' trade story)
    "tidal_energy": "lingkungan",
    "tidal_power": "lingkungan",
    "solar_farm": "lingkungan",
    "scrub_fire": "lingkungan",
    "grass_fire": "lingkungan",
    "bush_fire": "lingkungan",
    "cuaca_ekstrem": "lingkungan",
    "extreme_weather": "lingkungan",
    "king_tides": "lingkungan",
    # whales and dolphins stranded ("paus" alone is as often the Pope)
    "paus_pilot": "lingkungan",
    "paus_sperma": "lingkungan",
    "ikan_paus": "lingkungan",
    # a boat race of the regions (Kuantan Singingi's pacu jalur)
    "pacu_jalur": "olahraga",
    "mamalia_laut": "lingkungan",
    "marine_mammals": "lingkungan",
    # the cables under the sea and the glass inside them
    "kabel_laut": "teknologi",
    "operator_seluler": "teknologi",
    "serat_optik": "teknologi",
    "undersea_cable": "teknologi",
    "submarine_cable": "teknologi",
    "fibre_optic": "teknologi",
    "fiber_optic": "teknologi",
    "puting_beliung": "lingkungan",
    "badai_tropis": "lingkungan",
    "winter_storm": "lingkungan",
    "nor_easter": "lingkungan",  # the Atlantic coast's storm, as "nor'easter" splits
    "tropical_storm": "lingkungan",
    "storm_surge": "lingkungan",
    # a vehicle's fitness checked at the roadside
    "ramp_check": "otomotif",
    "laik_jalan": "otomotif",
    "northern_lights": "sains",
    # "Aurora" alone is as often a town (Aurora, Colorado) as the lights
    "aurora_borealis": "sains",
    "aurora_australis": "sains",
    # a pole of the Earth or the Moon is no race's pole position
    "south_pole": "sains",
    "north_pole": "sains",
    "clean_water": "lingkungan",
    "water_supply": "lingkungan",
    # fish dying in a lake or a bay, as water turns
    "ikan_mati": "lingkungan",
    "kematian_ikan": "lingkungan",
    "water_shortage": "lingkungan",
    "water_scarcity": "lingkungan",
    "renewable_energy": "lingkungan",
    # those who run a trade are its "pelaku", as offenders are the law's
    "pelaku_usaha": "ekonomi",
    "pelaku_umkm": "ekonomi",
    "pelaku_bisnis": "ekonomi",
    "pelaku_industri": "ekonomi",
    "pelaku_pasar": "ekonomi",
    "pelaku_ekonomi": "ekonomi",
    "pelaku_pariwisata": "ekonomi",
    "pelaku_wisata": "ekonomi",
    # names that hold a section's word: the mud of "Kuala Lumpur", the world of an airport's
    # and its routes' (an air route abroad is the airlines' trade)
    "kuala_lumpur": None,
    "bandara_internasional": None,
    "pelabuhan_internasional": None,
    "rute_internasional": None,
    "penerbangan_internasional": None,
    "izin_tinggal": "hukum",
    "visa_overstay": "hukum",
    "real_estate": "ekonomi",
    # "kasus malaria", "kasus DBD": cases of a disease, not a court's
    **{f"kasus_{disease}": "kesehatan" for disease in _DISEASES},
}
_PHRASE_FIRST = frozenset(pair.split("_")[0] for pair in _PHRASES)
_TRAVELLING = frozenset({"olahraga", "hiburan"})
_KEYWORDS = {word: category for category, words in _LEXICON.items() for word in words}
# A lexicon word with "-nya" ("timnasnya") counts as the word, unless it is one itself.
_CATEGORY_OF = {
    **{f"{word}nya": category for word, category in _KEYWORDS.items() if len(word) > 2},
    **_KEYWORDS,
}


# How many halves each lexicon word scores (categorize)
# "Tim peneliti", "tim SAR", "tim gabungan": a team is in every section's stories
_EVERYDAY = _EVERYDAY_ECONOMY | {"tim", "timnya", "team"}
_HALVES = {word: 1 if word in _EVERYDAY else 2 for word in _CATEGORY_OF}


def category_key(name: str) -> str | None:
    """Return the section a name stands for in either language ("politics" -> "politik")."""
    return _BY_NAME.get(" ".join(name.casefold().split()))


def category_label(category: str, language: str) -> str:
    """Name a section in the reader's language ("politik", "en" -> "politics")."""
    key = category_key(category)
    if key is None:
        return category
    return _NAMES[key][0] if language == "en" else key


def categorize(article: ParsedArticle, foreign_mentions: int) -> str | None:
    """Return the article's section in its own language, or None when nothing stands out."""
    # Each word scores two halves, an everyday economy word one (_EVERYDAY_ECONOMY).
    scores: Counter[str] = Counter()
    text = " ".join((article.headline, article.headline, *article.body)).casefold()
    words = ascii_words(text)
    # Only lexicon words count, taken in the order the text first gives them (the first
    # section seen wins a tie); filtering them out first spares counting every word.
    counts = Counter(filter(_CATEGORY_OF.__contains__, words))
    found = list(counts)
    for word in found:
        scores[_CATEGORY_OF[word]] += counts[word] * _HALVES[word]
    pairs = Counter(f"{a}_{b}" for a, b in pairwise(words) if a in _PHRASE_FIRST)
    phrases = [pair for pair in pairs if pair in _PHRASES]
    if (
        scores["lingkungan"]
        and sum(_CATEGORY_OF[w] == "lingkungan" for w in found)
        + sum(_PHRASES[p] == "lingkungan" for p in phrases)
        < 2
        and scores["lingkungan"] < 8
    ):
        # Its words are everyday ones: "sampah" in tips for the holidays, "konservasi" of a
        # mummy. An environment story uses more than one of them ("puting beliung" is one),
        # or one again and again (a rubbish crisis says "sampah" eighteen times).
        del scores["lingkungan"]
    for pair in phrases:
        # The phrase counts once, for its own section, in place of its words.
        count = pairs[pair]
        for word in pair.split("_"):
            if word in _KEYWORDS:
                scores[_KEYWORDS[word]] -= count * _HALVES[word]
        if section := _PHRASES[pair]:
            scores[section] += count * 2
    # Foreign places are the strongest sign of a world story for an Indonesian reader; for
    # an English article they are its home news. Sport and show business travel: a Grand
    # Prix in France or a Hollywood film stays sport or entertainment.
    lead, lead_score = scores.most_common(1)[0] if scores else (None, 0)
    if article.language != "en" and (lead not in _TRAVELLING or lead_score < 6):
        scores["internasional"] += foreign_mentions * 2
    if not scores:
        return None
    category, best = scores.most_common(1)[0]
    if best < 6:  # three words' worth
        return None
    return category_label(category, article.language)
