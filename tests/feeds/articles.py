"""Real-sounding news stories the fake site serves as article pages."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape


@dataclass(frozen=True)
class Story:
    """One article: where it lives on the site and what it says."""

    slug: str
    headline: str
    published: str
    paragraphs: tuple[str, ...]
    language: str = "id"

    def html(self) -> str:
        """The article as a news site's page, with the furniture around it."""
        body = "\n".join(f"<p>{escape(p)}</p>" for p in self.paragraphs)
        return f"""<!doctype html>
<html lang="{self.language}"><head><meta charset="utf-8">
<title>{escape(self.headline)} - Kabar Nusantara</title>
<meta property="og:title" content="{escape(self.headline)}">
<meta property="article:published_time" content="{self.published}">
</head><body>
<nav><a href="/">Beranda</a> <a href="/nasional">Nasional</a></nav>
<article><h1>{escape(self.headline)}</h1>
<time datetime="{self.published}">{self.published}</time>
{body}
</article>
<footer>Copyright 2024 Kabar Nusantara. All rights reserved.</footer>
</body></html>"""


STORIES = (
    Story(
        "banjir-bekasi",
        "Banjir Rendam Ratusan Rumah di Bekasi",
        "2024-03-05T08:30:00+07:00",
        (
            "BEKASI - Hujan deras yang mengguyur wilayah Bekasi sejak Senin malam menyebabkan "
            "ratusan rumah di tiga kecamatan terendam banjir setinggi hingga satu meter.",
            "Kepala Badan Penanggulangan Bencana Daerah Kota Bekasi, Agus Harsono, mengatakan "
            "petugas telah mengevakuasi lebih dari 400 warga ke posko pengungsian di sejumlah "
            "sekolah dan masjid.",
            '"Kami terus memantau ketinggian air di Kali Bekasi karena hujan masih berpotensi '
            'turun hingga sore hari," kata Agus kepada wartawan, Selasa pagi.',
            "Warga Perumahan Pondok Gede Permai mengeluhkan banjir yang kembali datang hanya dua "
            "bulan setelah kejadian serupa pada Januari lalu.",
        ),
    ),
    Story(
        "harga-beras-naik",
        "Harga Beras Medium Naik Jelang Ramadan",
        "2024-03-04T10:15:00+07:00",
        (
            "JAKARTA - Harga beras medium di sejumlah pasar tradisional Jakarta naik menjadi "
            "Rp14.500 per kilogram, tertinggi dalam setahun terakhir menjelang bulan Ramadan.",
            "Pedagang di Pasar Induk Beras Cipinang menyebut pasokan dari sentra produksi di "
            "Jawa Tengah berkurang karena panen raya mundur akibat musim hujan yang terlambat.",
            "Badan Pangan Nasional menyatakan akan menggelar operasi pasar di 150 titik mulai "
            "pekan depan untuk menahan kenaikan harga lebih lanjut.",
            "Ekonom menilai kenaikan harga pangan berpotensi mendorong inflasi Maret di atas "
            "perkiraan bank sentral.",
        ),
    ),
    Story(
        "timnas-menang",
        "Timnas Indonesia Tekuk Vietnam 1-0 di Stadion Gelora Bung Karno",
        "2024-03-21T21:40:00+07:00",
        (
            "JAKARTA - Tim nasional Indonesia mengalahkan Vietnam dengan skor 1-0 dalam "
            "lanjutan kualifikasi Piala Dunia 2026 di Stadion Gelora Bung Karno, Kamis malam.",
            "Gol tunggal kemenangan dicetak Egy Maulana Vikri pada menit ke-52 memanfaatkan "
            "umpan silang dari sisi kanan pertahanan lawan.",
            "Pelatih Shin Tae-yong memuji disiplin para pemain yang mampu meredam serangan "
            "balik Vietnam sepanjang babak kedua.",
            "Dengan hasil ini Indonesia naik ke posisi kedua klasemen sementara grup dan "
            "menjaga peluang lolos ke babak berikutnya.",
        ),
    ),
    Story(
        "gunung-marapi",
        "Gunung Marapi Kembali Erupsi, Pendakian Ditutup",
        "2024-03-27T06:05:00+07:00",
        (
            "PADANG - Gunung Marapi di Sumatera Barat kembali erupsi pada Rabu pagi dengan "
            "tinggi kolom abu mencapai dua ribu meter di atas puncak.",
            "Pusat Vulkanologi dan Mitigasi Bencana Geologi mempertahankan status Siaga dan "
            "meminta warga tidak beraktivitas dalam radius empat setengah kilometer dari kawah.",
            "Balai Konservasi Sumber Daya Alam memastikan seluruh jalur pendakian tetap ditutup "
            "hingga waktu yang belum ditentukan.",
            "Hujan abu tipis dilaporkan turun di Kabupaten Agam dan Kota Bukittinggi sehingga "
            "warga diimbau memakai masker saat keluar rumah.",
        ),
    ),
    Story(
        "kereta-cepat",
        "Penumpang Kereta Cepat Whoosh Tembus Lima Juta Orang",
        "2024-03-12T14:20:00+07:00",
        (
            "BANDUNG - Jumlah penumpang Kereta Cepat Jakarta-Bandung Whoosh telah menembus lima "
            "juta orang sejak beroperasi secara komersial pada Oktober tahun lalu.",
            "Direktur Utama PT Kereta Cepat Indonesia China, Dwiyana Slamet Riyadi, mengatakan "
            "rata-rata okupansi harian mencapai 16 ribu penumpang pada akhir pekan.",
            "Perusahaan berencana menambah jadwal perjalanan menjadi 48 kali sehari menjelang "
            "libur Lebaran untuk mengantisipasi lonjakan permintaan.",
            "Pengamat transportasi menilai integrasi dengan kereta pengumpan di Stasiun Padalarang "
            "masih perlu diperbaiki agar waktu tempuh total lebih singkat.",
        ),
    ),
    Story(
        "port-strike",
        "Dock Workers Strike Halts Container Traffic at Tanjung Priok",
        "2024-03-18T09:00:00+07:00",
        (
            "JAKARTA - Container traffic at Tanjung Priok, Indonesia's busiest port, came to a "
            "near standstill on Monday as dock workers walked out over a dispute about overtime "
            "pay.",
            "The port operator said more than 30 vessels were waiting at anchor and that "
            "perishable cargo was being moved to a neighbouring terminal.",
            "Union leaders said the strike would continue until management honoured an "
            "agreement signed last year that raised night-shift allowances.",
            "Shipping lines warned that delays could ripple through regional supply chains "
            "ahead of the Eid holiday, when demand for consumer goods peaks.",
        ),
        language="en",
    ),
    Story(
        "coral-bleaching",
        "Scientists Warn of Mass Coral Bleaching in Raja Ampat",
        "2024-03-25T16:45:00+09:00",
        (
            "SORONG - Marine scientists have recorded widespread coral bleaching across reefs in "
            "Raja Ampat after sea temperatures stayed above normal for six consecutive weeks.",
            "Surveys at twelve dive sites found that nearly a third of hard corals had turned "
            "white, a sign that they have expelled the algae they depend on for food.",
            "Local tourism operators have been asked to limit the number of divers at the most "
            "affected sites while the reefs recover.",
            "Researchers said the coming months would show whether the corals regain their "
            "colour or die, depending on how quickly the water cools.",
        ),
        language="en",
    ),
    Story(
        "vaksin-polio",
        "Kementerian Kesehatan Gelar Imunisasi Polio Serentak di Jawa Timur",
        "2024-03-15T11:00:00+07:00",
        (
            "SURABAYA - Kementerian Kesehatan menggelar pekan imunisasi polio serentak di 38 "
            "kabupaten dan kota di Jawa Timur setelah ditemukan kasus lumpuh layu akut.",
            "Sebanyak 4,2 juta anak berusia di bawah delapan tahun ditargetkan menerima dua "
            "tetes vaksin polio oral dalam dua putaran.",
            "Dinas Kesehatan provinsi mengerahkan ribuan kader posyandu untuk mendatangi rumah "
            "warga yang belum membawa anaknya ke puskesmas.",
            "Orang tua diminta tidak khawatir karena vaksin yang digunakan telah mendapat izin "
            "edar dan terbukti aman dalam kampanye sebelumnya.",
        ),
    ),
)
