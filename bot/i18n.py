"""Reply texts in Indonesian and English, chosen per user."""

from __future__ import annotations

from html import escape

from bot.settings import SUPPORTED_LANGUAGES

TEXTS: dict[str, dict[str, str]] = {
    "welcome": {
        "id": "Halo, {name}! Saya <b>kabar</b>: setiap hari pukul {time} ({zone}) saya kirimkan "
        "ringkasan berita untuk topik yang kamu ikuti.\n\nCoba /topics untuk memilih topik, "
        "/search untuk mencari berita, atau /help untuk semua perintah.",
        "en": "Hi, {name}! I'm <b>kabar</b>: every day at {time} ({zone}) I send you a digest "
        "of the news on the topics you follow.\n\nTry /topics to pick topics, /search to "
        "look something up, or /help for every command.",
    },
    "resumed": {
        "id": "Selamat datang kembali! Ringkasan harian aktif lagi, pukul {time} ({zone}).",
        "en": "Welcome back! Your daily digest is on again, at {time} ({zone}).",
    },
    "help": {
        "id": "<b>Perintah kabar</b>\n"
        "/topics – topik populer\n/subscribe TOPIK – ikuti topik atau kata kunci\n"
        "/unsubscribe TOPIK – berhenti mengikuti\n/mytopics – topik yang kamu ikuti\n"
        "/search KATA – cari berita\n/latest – berita terbaru\n/digest – ringkasan saya sekarang\n"
        "/time HH:MM – jam kirim ringkasan\n/timezone ZONA – zona waktu (mis. WIB, "
        "Asia/Makassar, +07:00)\n/language id|en – bahasa\n"
        "/preview on|off – ringkasan diawali gambar berita utama\n"
        "/stop – hentikan ringkasan harian",
        "en": "<b>kabar commands</b>\n"
        "/topics – popular topics\n/subscribe TOPIC – follow a topic or keyword\n"
        "/unsubscribe TOPIC – stop following\n/mytopics – what you follow\n"
        "/search WORDS – search the news\n/latest – latest stories\n/digest – my digest now\n"
        "/time HH:MM – when your digest arrives\n/timezone ZONE – your timezone (e.g. "
        "Europe/Berlin, WIB, +07:00)\n/language id|en – language\n"
        "/preview on|off – digests lead with the top story's picture\n"
        "/stop – pause daily digests",
    },
    "help_admin": {
        "id": "\n\n<b>Admin</b>\n/push – simpan artikel (teks, URL, atau balas pesan/dokumen)\n"
        "/delete ID – hapus artikel\n/stats – statistik\n/feeds – daftar feed\n"
        "/feed_add URL – tambah feed\n/feed_remove ID – hapus feed",
        "en": "\n\n<b>Admin</b>\n/push – store an article (text, URL, or reply to a "
        "message/document)\n/delete ID – delete an article\n/stats – statistics\n"
        "/feeds – list feeds\n/feed_add URL – add a feed\n/feed_remove ID – remove a feed",
    },
    "stopped": {
        "id": "Ringkasan harian dihentikan. Kirim /start kapan saja untuk melanjutkan.",
        "en": "Daily digests paused. Send /start any time to resume.",
    },
    "not_registered": {
        "id": "Kamu belum terdaftar. Kirim /start dulu.",
        "en": "You're not registered yet. Send /start first.",
    },
    "language_set": {"id": "Bahasa diubah ke Indonesia.", "en": "Language set to English."},
    "language_usage": {
        "id": "Pilih bahasa: /language id atau /language en",
        "en": "Choose a language: /language id or /language en",
    },
    "time_set": {
        "id": "Ringkasan akan dikirim setiap hari pukul {time} ({zone}).",
        "en": "Your digest will arrive every day at {time} ({zone}).",
    },
    "time_usage": {
        "id": "Tulis jam dalam format HH:MM, misalnya /time 06:30",
        "en": "Give a time as HH:MM, for example /time 06:30",
    },
    "timezone_set": {
        "id": "Zona waktu diubah ke {zone}. Ringkasan tetap pukul {time}.",
        "en": "Timezone set to {zone}. Your digest still arrives at {time}.",
    },
    "timezone_usage": {
        "id": "Zona waktu tidak dikenal. Contoh: /timezone WIB, /timezone Asia/Makassar, "
        "/timezone +07:00",
        "en": "Unknown timezone. Examples: /timezone Europe/Berlin, /timezone WIB, "
        "/timezone +07:00",
    },
    "subscribe_usage": {
        "id": "Tulis topik atau kata kunci, misalnya /subscribe ekonomi",
        "en": "Name a topic or keyword, for example /subscribe economy",
    },
    "subscribed": {
        "id": "Kamu sekarang mengikuti <b>{topic}</b>.",
        "en": "You now follow <b>{topic}</b>.",
    },
    "already_subscribed": {
        "id": "Kamu sudah mengikuti <b>{topic}</b>.",
        "en": "You already follow <b>{topic}</b>.",
    },
    "did_you_mean": {
        "id": "Belum ada topik <b>{topic}</b>. Maksudmu salah satu ini?",
        "en": "There's no topic <b>{topic}</b> yet. Did you mean one of these?",
    },
    "keyword_anyway": {"id": "Ikuti “{topic}” saja", "en": "Follow “{topic}” anyway"},
    "unsubscribed": {
        "id": "Kamu berhenti mengikuti <b>{topic}</b>.",
        "en": "You no longer follow <b>{topic}</b>.",
    },
    "not_subscribed": {
        "id": "Kamu tidak mengikuti <b>{topic}</b>. Lihat /mytopics.",
        "en": "You don't follow <b>{topic}</b>. See /mytopics.",
    },
    "too_many_topics": {
        "id": "Kamu sudah mengikuti {limit}, batas maksimal. Hapus satu dengan /unsubscribe.",
        "en": "You already follow {limit}, the maximum. Drop one with /unsubscribe.",
    },
    "mytopics": {"id": "<b>Topik yang kamu ikuti</b>", "en": "<b>Topics you follow</b>"},
    "mytopics_empty": {
        "id": "Kamu belum mengikuti topik apa pun, jadi ringkasanmu berisi berita utama. "
        "Lihat /topics.",
        "en": "You don't follow any topics yet, so your digest has the top stories. See /topics.",
    },
    "topics": {
        "id": "<b>Topik populer</b> — ketuk untuk mengikuti:",
        "en": "<b>Popular topics</b> — tap to follow:",
    },
    "topics_empty": {
        "id": "Belum ada topik. Topik muncul setelah berita pertama disimpan.",
        "en": "No topics yet. They appear once the first stories are stored.",
    },
    "search_usage": {
        "id": "Tulis kata yang dicari, misalnya /search harga beras",
        "en": "Say what to look for, for example /search rice prices",
    },
    "search_none": {
        "id": "Tidak ada berita yang cocok dengan <b>{query}</b>.",
        "en": "No stories match <b>{query}</b>.",
    },
    "search_header": {
        "id": "<b>{total}</b> {results} untuk <b>{query}</b> ({first}–{last}):",
        "en": "<b>{total}</b> {results} for <b>{query}</b> ({first}–{last}):",
    },
    "search_expired": {
        "id": "Hasil pencarian ini sudah kedaluwarsa. Cari lagi dengan /search.",
        "en": "These search results have expired. Search again with /search.",
    },
    "next": {"id": "Berikutnya ›", "en": "Next ›"},
    "previous": {"id": "‹ Sebelumnya", "en": "‹ Previous"},
    "latest_empty": {"id": "Belum ada berita tersimpan.", "en": "No stories stored yet."},
    "latest_header": {"id": "<b>Berita terbaru</b>", "en": "<b>Latest stories</b>"},
    "digest_empty": {
        "id": "Belum ada berita baru untuk topikmu. Coba lagi nanti atau lihat /latest.",
        "en": "Nothing new on your topics yet. Try again later or see /latest.",
    },
    "not_admin": {
        "id": "Maaf, perintah ini hanya untuk admin.",
        "en": "Sorry, that command is for admins only.",
    },
    "push_usage": {
        "id": "Kirim /push dengan teks artikel atau URL, atau balas pesan/dokumen (.txt/.html) "
        "dengan /push.",
        "en": "Send /push with the article text or a URL, or reply /push to a message or a "
        ".txt/.html document.",
    },
    "push_duplicate": {
        "id": "Duplikat dari #{id}: {reason}.",
        "en": "Duplicate of #{id}: {reason}.",
    },
    "push_rejected": {"id": "Ditolak: {reason}", "en": "Rejected: {reason}"},
    "push_stored": {"id": "Tersimpan sebagai #{id}.", "en": "Stored as #{id}."},
    "document_too_big": {
        "id": "Dokumen lebih dari 20 MB, terlalu besar.",
        "en": "The document is larger than 20 MB, too big to read.",
    },
    "document_type": {
        "id": "Hanya dokumen .txt atau .html yang bisa dibaca.",
        "en": "Only .txt or .html documents can be read.",
    },
    "delete_usage": {
        "id": "Tulis nomor artikel: /delete 12",
        "en": "Give the article id: /delete 12",
    },
    "deleted": {"id": "Artikel #{id} dihapus.", "en": "Article #{id} deleted."},
    "not_found": {"id": "Tidak ada artikel #{id}.", "en": "There is no article #{id}."},
    "stats": {
        "id": "<b>Statistik</b>\nArtikel: {articles}\nPelanggan: {subscribers} (aktif {active})\n"
        "Ringkasan terkirim hari ini: {sent_today}\nGagal: {failed}\nFeed: {feeds}",
        "en": "<b>Statistics</b>\nArticles: {articles}\nSubscribers: {subscribers} (active "
        "{active})\nDigests sent today: {sent_today}\nFailures: {failed}\nFeeds: {feeds}",
    },
    "feeds_empty": {
        "id": "Belum ada feed. Tambah dengan /feed_add URL",
        "en": "No feeds yet. Add one with /feed_add URL",
    },
    "feeds_header": {"id": "<b>Feed</b>", "en": "<b>Feeds</b>"},
    "feed_usage": {
        "id": "Tulis URL feed: /feed_add https://…",
        "en": "Give a feed URL: /feed_add https://…",
    },
    "feed_added": {"id": "Feed #{id} ditambahkan: {title}", "en": "Feed #{id} added: {title}"},
    "feed_exists": {
        "id": "Feed itu sudah ada sebagai #{id}.",
        "en": "That feed already exists as #{id}.",
    },
    "feed_removed": {"id": "Feed #{id} dihapus.", "en": "Feed #{id} removed."},
    "feed_not_found": {"id": "Tidak ada feed #{id}.", "en": "There is no feed #{id}."},
    "feed_remove_usage": {
        "id": "Tulis nomor feed: /feed_remove 3",
        "en": "Give the feed id: /feed_remove 3",
    },
    "feed_failing": {
        "id": "⚠️ Feed #{id} gagal dibaca sejak {hours} jam lalu: {url}\n{error}",
        "en": "⚠️ Feed #{id} has failed for {hours} hours: {url}\n{error}",
    },
    "feed_recovered": {
        "id": "✅ Feed #{id} bisa dibaca lagi: {url}",
        "en": "✅ Feed #{id} works again: {url}",
    },
    "error": {
        "id": "Maaf, ada yang salah di pihak kami. Coba lagi sebentar lagi.",
        "en": "Sorry, something went wrong on our side. Please try again in a moment.",
    },
    "unknown_command": {
        "id": "Perintah tidak dikenal. Lihat /help.",
        "en": "I don't know that command. See /help.",
    },
    # /preview (pictures)
    "preview_usage": {
        "id": "Tulis /preview on agar ringkasan diawali gambar berita utama, atau /preview off.",
        "en": "Send /preview on to lead your digest with the top story's picture, or /preview off.",
    },
    "preview_on": {
        "id": "Ringkasanmu kini diawali gambar berita utama (jika beritanya punya gambar).",
        "en": "Your digest now leads with the top story's picture (when it has one).",
    },
    "preview_off": {
        "id": "Ringkasanmu kini tanpa gambar.",
        "en": "Your digest now comes without pictures.",
    },
}

# Counted nouns, singular and plural. Indonesian marks no plural on the noun: "1 hasil",
# "2 hasil".
NOUNS: dict[str, dict[str, tuple[str, str]]] = {
    "result": {"id": ("hasil", "hasil"), "en": ("result", "results")},
    "article": {"id": ("artikel", "artikel"), "en": ("article", "articles")},
    "topic": {"id": ("topik", "topik"), "en": ("topic", "topics")},
    "item": {"id": ("item", "item"), "en": ("item", "items")},
    "digest": {"id": ("ringkasan", "ringkasan"), "en": ("digest", "digests")},
    "message": {"id": ("pesan", "pesan"), "en": ("message", "messages")},
    "feed": {"id": ("feed", "feed"), "en": ("feed", "feeds")},
}


def noun(lang: str, key: str, count: int | str) -> str:
    """The noun `key` as it reads after `count`: "1 result", "2 results", "1000+ results"."""
    forms = NOUNS[key].get(lang) or NOUNS[key]["en"]
    return forms[0] if count == 1 or count == "1" else forms[1]


def counted(lang: str, key: str, count: int | str) -> str:
    """A count and its noun: "1 result", "3 topics", "2 hasil"."""
    return f"{count} {noun(lang, key, count)}"


def pick_language(chosen: str | None, telegram_code: str | None, default: str) -> str:
    """The reply language: the user's choice, else Telegram's language, else the default."""
    if chosen in SUPPORTED_LANGUAGES:
        return chosen
    base = (telegram_code or "").split("-")[0].lower()
    if base == "ms":  # Malay readers are served better by Indonesian than English.
        return "id"
    return base if base in SUPPORTED_LANGUAGES else default


def t(lang: str, key: str, **values: object) -> str:
    """The text `key` in `lang`, with every value HTML-escaped."""
    template = TEXTS[key].get(lang) or TEXTS[key]["en"]
    return template.format(**{k: escape(str(v), quote=False) for k, v in values.items()})
