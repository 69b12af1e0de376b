"""Every text kabar shows in Indonesian: replies, commands, digest labels, errors.

A new language is one more file like this one, with the same names and keys
(tests/bot/test_locales.py checks that every language has every key and placeholder).
"""

from __future__ import annotations

NAME = "Bahasa Indonesia"

TEXTS: dict[str, str] = {
    "help_title": "<b>Perintah kabar</b>",
    "help_admin_title": "<b>Admin</b>",
    "welcome": "Halo, {name}! Saya <b>kabar</b>: setiap hari pukul {time} ({zone}) saya kirimkan ringkasan berita untuk topik yang kamu ikuti.\n\nCoba /topics untuk memilih topik, /search untuk mencari berita, atau /help untuk semua perintah.",
    "resumed": "Selamat datang kembali! Ringkasan harian aktif lagi, pukul {time} ({zone}).",
    "stopped": "Ringkasan harian dihentikan. Kirim /start kapan saja untuk melanjutkan.",
    "not_registered": "Kamu belum terdaftar. Kirim /start dulu.",
    "language_set": "Bahasa diubah ke Indonesia.",
    "language_usage": "Pilih bahasa: {choices}",
    "time_set": "Ringkasan akan dikirim setiap hari pukul {time} ({zone}).",
    "time_usage": "Tulis jam dalam format HH:MM, misalnya /time 06:30",
    "timezone_set": "Zona waktu diubah ke {zone}. Ringkasan tetap pukul {time}.",
    "timezone_usage": "Zona waktu tidak dikenal. Contoh: /timezone WIB, /timezone Asia/Makassar, /timezone +07:00",
    "subscribe_usage": "Tulis topik atau kata kunci, misalnya /subscribe ekonomi",
    "subscribed": "Kamu sekarang mengikuti <b>{topic}</b>.",
    "already_subscribed": "Kamu sudah mengikuti <b>{topic}</b>.",
    "did_you_mean": "Belum ada topik <b>{topic}</b>. Maksudmu salah satu ini?",
    "keyword_anyway": "Ikuti “{topic}” saja",
    "unsubscribed": "Kamu berhenti mengikuti <b>{topic}</b>.",
    "not_subscribed": "Kamu tidak mengikuti <b>{topic}</b>. Lihat /mytopics.",
    "too_many_topics": "Kamu sudah mengikuti {limit}, batas maksimal. Hapus satu dengan /unsubscribe.",
    "mytopics": "<b>Topik yang kamu ikuti</b>",
    "mytopics_empty": "Kamu belum mengikuti topik apa pun, jadi ringkasanmu berisi berita utama. Lihat /topics.",
    "topics": "<b>Topik populer</b> — ketuk untuk mengikuti:",
    "topics_empty": "Belum ada topik. Topik muncul setelah berita pertama disimpan.",
    "search_usage": "Tulis kata yang dicari, misalnya /search harga beras",
    "search_none": "Tidak ada berita yang cocok dengan <b>{query}</b>.",
    "search_header": "<b>{total}</b> {results} untuk <b>{query}</b> ({first}–{last}):",
    "search_expired": "Hasil pencarian ini sudah kedaluwarsa. Cari lagi dengan /search.",
    "next": "Berikutnya ›",
    "previous": "‹ Sebelumnya",
    "latest_empty": "Belum ada berita tersimpan.",
    "latest_header": "<b>Berita terbaru</b>",
    "digest_empty": "Belum ada berita baru untuk topikmu. Coba lagi nanti atau lihat /latest.",
    "not_admin": "Maaf, perintah ini hanya untuk admin.",
    "push_usage": "Kirim /push dengan teks artikel atau URL, atau balas pesan/dokumen (.txt/.html) dengan /push.",
    "push_duplicate": "Duplikat dari #{id}: {reason}.",
    "push_rejected": "Ditolak: {reason}",
    "push_stored": "Tersimpan sebagai #{id}.",
    "document_too_big": "Dokumen lebih dari 20 MB, terlalu besar.",
    "document_type": "Hanya dokumen .txt atau .html yang bisa dibaca.",
    "delete_usage": "Tulis nomor artikel: /delete 12",
    "deleted": "Artikel #{id} dihapus.",
    "not_found": "Tidak ada artikel #{id}.",
    "stats": "<b>Statistik</b>\nArtikel: {articles}\nPelanggan: {subscribers} (aktif {active})\nRingkasan terkirim hari ini: {sent_today}\nGagal: {failed}\nFeed: {feeds}",
    "feeds_empty": "Belum ada feed. Tambah dengan /feed_add URL",
    "feeds_header": "<b>Feed</b>",
    "feed_usage": "Tulis URL feed: /feed_add https://…",
    "feed_added": "Feed #{id} ditambahkan: {title}",
    "feed_exists": "Feed itu sudah ada sebagai #{id}.",
    "feed_removed": "Feed #{id} dihapus.",
    "feed_not_found": "Tidak ada feed #{id}.",
    "feed_remove_usage": "Tulis nomor feed: /feed_remove 3",
    "feed_failing": "⚠️ Feed #{id} gagal dibaca sejak {hours} jam lalu: {url}\n{error}",
    "feed_recovered": "✅ Feed #{id} bisa dibaca lagi: {url}",
    "error": "Maaf, ada yang salah di pihak kami. Coba lagi sebentar lagi.",
    "unknown_command": "Perintah tidak dikenal. Lihat /help.",
    'preview_usage': 'Tulis /preview on agar ringkasan diawali gambar berita utama, atau /preview off.',
    'preview_on': 'Ringkasanmu kini diawali gambar berita utama (jika beritanya punya gambar).',
    'preview_off': 'Ringkasanmu kini tanpa gambar.',
}

# Why an input, a page or a feed was refused (digest/problems.py).
PROBLEMS: dict[str, str] = {
    "invalid_url": "Itu bukan alamat web yang sah.",
    "scheme": "Hanya tautan http dan https yang bisa diambil.",
    "credentials": "Tautan yang memuat nama pengguna atau kata sandi tidak bisa diambil.",
    "too_large": "Halaman itu lebih besar dari {size}.",
    "slow_total": "Situs itu butuh lebih dari {seconds} detik untuk mengirim halamannya.",
    "no_answer": "Situs itu tidak menjawab dalam {seconds} detik.",
    "no_connection": "kabar tidak bisa terhubung ke situs itu.",
    "broken_connection": "Sambungan terputus sebelum halaman selesai diterima.",
    "redirect_nowhere": "Situs itu mengalihkan tanpa menyebut ke mana.",
    "too_many_redirects": "Terlalu banyak pengalihan (lebih dari {limit}).",
    "host_not_found": "kabar tidak menemukan situs {host}.",
    "private_address": "Alamat itu menuju jaringan privat, jadi kabar tidak akan mengambilnya.",
    "site_answered": "Situs itu menjawab {status_text}.",
    "not_a_page_type": "Tautan itu bukan halaman web (isinya {mime}).",
    "not_a_page_file": "Tautan itu bukan halaman web (tampaknya sebuah berkas).",
    "unknown_encoding": "Situs itu mengirim halaman dengan pengodean yang tidak bisa dibaca kabar ({encoding}).",
    "corrupt_compression": "Situs itu mengirim halaman terkompresi yang rusak.",
    "binary_nul": "bukan teks: isinya memuat byte NUL (berkas biner?)",
    "empty": "kosong: tidak ada teks untuk dibaca",
    "empty_html": "kosong: halaman HTML itu tidak punya teks yang bisa dibaca",
    "unprintable": "bukan teks: sebagian besar isinya byte atau simbol yang tak terbaca",
    "feed_document": "bukan artikel: isinya feed RSS atau Atom",
    "xml_document": "bukan artikel: isinya dokumen XML",
    "json_document": "bukan artikel: isinya data JSON",
    "no_headline": "tanpa judul: tidak ada bagian teks yang terbaca sebagai judul",
    "no_body": "tanpa isi: hanya ada judul dan perabot halaman",
    "no_headline_paragraph": "tanpa judul: teksnya langsung dimulai dengan paragraf",
    "unreadable": "kabar tidak bisa membacanya ({error})",
    "not_a_feed": "Itu bukan feed RSS atau Atom.",
    "opml_doctype": "Berkas OPML itu menyatakan DOCTYPE, yang tidak diterima kabar.",
    "not_opml_xml": "Itu bukan berkas OPML (XML-nya tidak utuh).",
    "not_opml": "Itu bukan berkas OPML.",
    "feed_broken": "Feed itu bukan XML yang utuh dan kabar tidak bisa membaca satu artikel pun darinya.",
    "feed_scheme": "Hanya tautan http dan https yang bisa menjadi feed.",
    "same_link": "tautannya sama dengan #{id}",
    "same_text": "teksnya sama dengan #{id}",
    "nearly_same_text": "teksnya hampir sama dengan #{id}",
}

# The command menu and /help, in this order: (command, what it takes, what it does).
COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("digest", "", "ringkasan saya sekarang"),
    ("search", "KATA", "cari berita"),
    ("latest", "", "berita terbaru"),
    ("topics", "", "topik populer"),
    ("subscribe", "TOPIK", "ikuti topik atau kata kunci"),
    ("unsubscribe", "TOPIK", "berhenti mengikuti topik"),
    ("mytopics", "", "topik yang kamu ikuti"),
    ("time", "HH:MM", "jam kirim ringkasan"),
    ("timezone", "ZONA", "zona waktu (mis. WIB, Asia/Makassar, +07:00)"),
    ("language", "{languages}", "bahasa"),
    ("preview", "on|off", "ringkasan diawali gambar berita utama"),
    ("stop", "", "hentikan ringkasan harian"),
    ("help", "", "bantuan"),
)

# Shown by /help to admins only, never in the menu.
ADMIN_COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("push", "", "simpan artikel (teks, URL, atau balas pesan/dokumen)"),
    ("delete", "ID", "hapus artikel"),
    ("stats", "", "statistik"),
    ("feeds", "", "daftar feed"),
    ("feed_add", "URL", "tambah feed"),
    ("feed_remove", "ID", "hapus feed"),
)

# Counted nouns, singular and plural ("1 result", "2 results").
NOUNS: dict[str, tuple[str, str]] = {
    "result": ("hasil", "hasil"),
    "article": ("artikel", "artikel"),
    "topic": ("topik", "topik"),
    "item": ("item", "item"),
    "digest": ("ringkasan", "ringkasan"),
    "message": ("pesan", "pesan"),
    "feed": ("feed", "feed"),
}

DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)

# Labels inside cards and digests.
LABELS: dict[str, str] = {
    "read": "Baca selengkapnya",
    "also": "Juga diberitakan oleh",
    "digest": "Ringkasan berita",
    "empty": "Belum ada berita baru untuk topik Anda.",
}
