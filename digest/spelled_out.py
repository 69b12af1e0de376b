"""Bodies readers follow by their short name, as articles spell them out.

A reader who follows "Bank Indonesia" must get the stories whose card says "BI", and one who
follows "KPK" the English stories about the "Corruption Eradication Commission". `topic_key`
keys every spelled-out name below on its short name. English names are listed only where
they name the Indonesian body and no other country's ("Constitutional Court" does not).
"""

from __future__ import annotations

_BY_SHORT_NAME = {
    "BI": "Bank Indonesia",
    "KPK": "Komisi Pemberantasan Korupsi, Corruption Eradication Commission",
    "OJK": "Otoritas Jasa Keuangan, Financial Services Authority",
    "DPR": "Dewan Perwakilan Rakyat, DPR RI, People's Representative Council",
    "MPR": "Majelis Permusyawaratan Rakyat, People's Consultative Assembly",
    "DPD": "Dewan Perwakilan Daerah, Regional Representative Council",
    "KPU": "Komisi Pemilihan Umum, General Elections Commission",
    "Bawaslu": "Badan Pengawas Pemilihan Umum, Badan Pengawas Pemilu, Elections Supervisory Agency",
    "MK": "Mahkamah Konstitusi",
    "MA": "Mahkamah Agung",
    "BPS": "Badan Pusat Statistik, Statistics Indonesia",
    "BMKG": "Badan Meteorologi Klimatologi dan Geofisika",
    "BNPB": "Badan Nasional Penanggulangan Bencana, National Disaster Management Agency",
    "TNI": "Tentara Nasional Indonesia, Indonesian Military, Indonesian Armed Forces",
    "Polri": "Kepolisian Negara Republik Indonesia, Kepolisian Republik Indonesia, "
    "Indonesian National Police",
    "BUMN": "Badan Usaha Milik Negara",
    "PLN": "Perusahaan Listrik Negara",
    "PBB": "Perserikatan Bangsa-Bangsa, United Nations",
    "WHO": "World Health Organization, Organisasi Kesehatan Dunia",
    "IMF": "International Monetary Fund, Dana Moneter Internasional",
    "ASEAN": "Association of Southeast Asian Nations",
    "NATO": "North Atlantic Treaty Organization",
    "BPK": "Badan Pemeriksa Keuangan",
    "BNN": "Badan Narkotika Nasional, National Narcotics Agency",
    "BPOM": "Badan Pengawas Obat dan Makanan",
    "BRIN": "Badan Riset dan Inovasi Nasional, National Research and Innovation Agency",
    "Basarnas": "Badan Nasional Pencarian dan Pertolongan, National Search and Rescue Agency",
    "Bapanas": "Badan Pangan Nasional, National Food Agency",
    "Bulog": "Badan Urusan Logistik",
    "Kemenkes": "Kementerian Kesehatan",
    "Kemenkeu": "Kementerian Keuangan",
    "Kemenag": "Kementerian Agama",
    "Kemlu": "Kementerian Luar Negeri",
    "Komdigi": "Kementerian Komunikasi dan Digital",
    "Kejagung": "Kejaksaan Agung, Attorney General's Office, Attorney General Office",
    "MUI": "Majelis Ulama Indonesia, Indonesian Ulema Council",
    "NU": "Nahdlatul Ulama",
    "IHSG": "Indeks Harga Saham Gabungan, Jakarta Composite Index",
    "BEI": "Bursa Efek Indonesia, Indonesia Stock Exchange",
    "PSSI": "Persatuan Sepak Bola Seluruh Indonesia, Football Association of Indonesia",
}


def _folded(name: str) -> str:
    return " ".join(name.casefold().replace("-", " ").replace(",", " ").split())


SHORT_NAMES: dict[str, str] = {
    _folded(long): short for short, longs in _BY_SHORT_NAME.items() for long in longs.split(", ")
}
# A topic's key drops the apostrophe ("peoples consultative assembly"); a page may curl it.
SHORT_NAMES.update(
    {
        variant: short
        for name, short in list(SHORT_NAMES.items())
        if "'" in name
        for variant in (name.replace("'", ""), name.replace("'", "’"))
    }
)


# The short names by their topic key ("kpk" -> "KPK"): how a card shows the body.
SHOWN: dict[str, str] = {short.casefold(): short for short in _BY_SHORT_NAME}


def short_name(folded: str) -> str | None:
    """The short name a body is followed by, given its spelled-out name folded to lower case
    with single spaces ("bank indonesia" -> "BI"), or None."""
    return SHORT_NAMES.get(folded.replace("-", " "))
