"""Pages saved by a clipper, an archive or an app, or passed on by e-mail, brought back to
the page people copied.

A web clipper (Obsidian's, MarkDownload) saves Markdown under a YAML front matter that names
the title, the address and the date; an e-mail client puts a forwarded page under its own
header and the sender's note, and a signature and a disclaimer under it. kabar reads the
page in between, and takes the title and the address the clipper recorded. So too: a
newsletter's lead story under its masthead, a web archive's copy under its toolbar, a page
a feed reader or news app shows under its bar, a note app's clipping under its header of
fields, a page pasted under the channel post that links it, an outlet's social post; and
the story under a news alert, inside a media-monitoring report or a newsroom's draft,
pasted into a team chat's channel, or read in a paper's replica (PressReader).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time

import yaml

from digest.alternation import folded_for_words
from digest.dates import WIB, parse_date

# A site's bare address, as a bar or a page prints it on a line of its own
WEB_ADDRESS = re.compile(r"(?:www\.)?[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.[a-z]{2,6}")


@dataclass(frozen=True)
class Clip:
    """The page's text, and what a clipper's front matter says of it."""

    text: str
    title: str | None = None
    url: str | None = None
    published: datetime | None = None
    source: str | None = None  # the account that posted it, when its name shows no outlet
    author: str | None = None  # the writer a newsroom's draft names in its header


def unclip(text: str) -> Clip:
    """The page inside a clipping or a forwarded e-mail, or an outlet's post sharing a story;
    the text as it is when it is none of these."""
    # A forward's mark sits under the forwarder's note, near the top: only that is searched.
    head = text[:3000]
    folded = head.casefold()
    if (
        # "---------- Forwarded message ---------" (Gmail), "------- Forwarded Message
        # -------" (Proton Mail)
        "forwarded message" in folded
        or "original message" in folded
        or "pesan terusan" in folded
        or "pesan yang diteruskan" in folded
        or "pesan asli --" in folded
        or "begin forwarded message:" in folded  # Apple Mail's
        or "____________________" in head
    ):
        text = _forwarded(text)
    elif text[:40].lstrip()[:5] in ("From:", "Dari:"):
        text = _mail_header_off(text)
    # "Lihat di browser", "Tidak bisa membaca email ini? Lihat versi web."
    offered = any(word in text[:1500] for word in ("browser", "peramban", "versi web"))
    if (
        offered
        and "<" in text[:600]
        and (opened := _webmail_off(text))
        and (lead := _newsletter_lead(opened[1], opened[0]))
    ):
        return Clip(lead)  # a newsletter as a webmail shows it, under its header
    if offered and (lead := _newsletter_lead(text)):
        return Clip(lead)
    if _archive_named(head[:800]) and (issue := _newsletter_archive(text)):
        return Clip(issue)
    if ":PROPERTIES:" in head[:600] and (captured := _org_capture(text)):
        return captured
    if text[:40].lstrip().startswith(_ARCHIVES) and (archived := _archived(text)):
        return archived
    if ("cache" in head[:60] or "tembolok" in head[:300]) and (cached := _search_cache(text)):
        return cached
    if _in_news_app(text[:80].lstrip().split("\n", 1)[0]) and (shown := _app_page(text)):
        return shown
    if "Clipped from:" in head[:600] and (clipped := _clipping_header_off(text)):
        return clipped
    if text[:20].lstrip().startswith("Google Alert") and (alerted := _under_alert(text)):
        return Clip(alerted)
    if "Berita:" in head and (monitored := _monitoring_clip(text)):
        return monitored
    if _DRAFT_TITLE.match(text, 0, 200) and (draft := _draft(text)):
        return draft
    if text[:20].lstrip().startswith("PressReader") and (replica := _press_reader(text)):
        return replica
    if ("\n# " in head[:300] or text.lstrip()[:1] == "#") and (posted := _chat_channel(text)):
        return Clip(posted)
    if ("×" in head[:600] or " X  +" in head[:300] or " X +" in head[:300]) and (
        tabbed := _under_tab_strip(text)
    ):
        return tabbed
    if " · " in head[:300] and (in_app := _in_app_browser(text)):
        return in_app
    if "%" in head[:120] and (screen := _PHONE_SCREEN.match(text)):
        # a long screenshot's text: the phone's status bar and the browser's address bar
        url = screen["address"] and f"https://{screen['address'].rstrip('.…')}"
        return Clip(text[screen.end() :], url=url)
    if " · " in head[:80] and (notified := _NOTIFICATION.match(text)):
        # a news app's notification over the story it opened: "RNZ · 4m ago", its title and
        # its line of text; the app names the outlet
        return Clip(text[notified.end() :], source=notified["app"].strip())
    first_line = text[:40].lstrip().split("\n", 1)[0].strip().casefold()
    if first_line in _READING_LISTS and (listed := _in_reading_list(text)):
        return listed
    if first_line == "kindle" and (bar := _KINDLE_BAR.match(text)):
        # Kindle's app over a page sent to it: "Library   <title>", then its buttons
        return Clip(text[bar.end() :])
    if "\nhttp" in head[:600] and (titled := _title_and_address(text)):
        return titled
    if "Add a property" in head and (noted := _notion_page(text)):
        return noted
    if ":: " in head[:200] and (outlined := _logseq_page(text)):
        return outlined
    if (
        "- " in head[:400]
        and len(_BLOCK_START.findall(head, 0, 1500)) >= 5
        and (nested := _outline_page(text))
    ):
        return nested
    if "translate.goog" in head[:600] and (translated := _translated_page(text)):
        return translated
    if _TRANSLATE_OFFER.match(text) and (untranslated := _under_translate_offer(text)):
        return untranslated
    if "## Full Document" in text and (highlighted := _highlights_export(text)):
        return highlighted
    if (
        ("http" in head[:1500] or _LINK_CARD.search(head, 0, 1500))
        and not text.startswith("---")
        and (page := _page_under_post(text))
    ):
        return Clip(page)
    if (" pukul " in text[:300] or " at " in text[:300]) and (post := _social_post(text)):
        return Clip(post)
    first = text[:12].lstrip()[:8].casefold()
    if (first == "facebook" or _GROUP_KIND.search(head, 0, 400)) and (
        shared := _pasted_in_post(text, _GROUP_STAMP)
    ):
        return Clip(shared)
    if first.startswith("reddit") and (shared := _pasted_in_post(text, _LINKED)):
        return Clip(shared)
    if "\nQuote:" in head and (quoted := _forum_quote(text)):
        return Clip(quoted)
    if "\n1/" in head and "@" in head[:600] and (thread := _thread(text)):
        return Clip(thread)
    if text[:12].lstrip().startswith("Instagram") and (caption := _caption(text)):
        return caption
    if "References" in text[-20000:] and (dumped := _text_browser_dump(text)):
        return Clip(dumped)
    if text.startswith("---"):
        clip = _front_matter(text)
        if clip is not None:
            return Clip(_plain(clip.text), clip.title, clip.url, clip.published)
    if "](" in head and text.count("](") >= 3:
        return _markdown_note(text)
    if ">" in head and _LOG_LINE.search(head) and (pasted := _pasted_in_log(text)):
        return Clip(pasted)
    if _TITLE_FIELD.search(head, 0, 1200) and (headed := _fields_over_page(text)):
        return headed
    if (fields := _NOTE_FIELDS.match(text)) is not None:
        # a journal's or a notes app's fields over the entry ("Date: 18 June 2030 at 19:05",
        # "Location:", "Weather:", "Tags:"): the entry's, not the page's
        source = _NOTE_SOURCE.search(fields[0])
        return Clip(text[fields.end() :], url=source["url"] if source else None)
    if ":" in head and (field := _ADDRESS_FIELD.search(head, 0, 1500)):
        # a clipboard's or a notes app's "URL: https://…" over the page: where it came from,
        # the outlet's address when the page names none
        return Clip(text, url=field[1])
    return Clip(text)


# --- e-mail -----------------------------------------------------------------------------

# The line a mail client puts over a forwarded message, in Gmail's, Outlook's and Indonesian.
_FORWARD_MARK = re.compile(
    r"^[ \t>]*(?:-{3,}|={3,})\s*(?:Forwarded message|Original Message|Pesan terusan"
    # Zoho's, in Indonesian: "============ Pesan yang diteruskan ============"; Roundcube's
    # "-------- Pesan Asli --------"
    r"|Pesan yang diteruskan|Pesan asli)\s*(?:-{3,}|={3,})[ \t]*$"
    # Apple Mail's: "Begin forwarded message:" on a line of its own
    r"|^[ \t>]*Begin forwarded message:[ \t]*$"
    # Outlook's: a rule of underscores over the forwarded message's "From:"
    r"|^_{20,}[ \t]*$(?=\n[ \t]*(?:From|Dari)\s*:)",
    re.MULTILINE | re.IGNORECASE,
)
# The header under it: "From:", "Date:", "Subject:", "To:", "Cc:" (and Indonesian labels).
_HEADER_FIELD = re.compile(
    r"(?:From|Date|Sent|Subject|To|Cc|Dari|Tanggal|Terkirim|Subjek|Perihal|Kepada|Judul)\s*:",
    re.IGNORECASE,
)
# A signature's separator ("-- " by the standard, "--" as typed) ends the message.
_SIGNATURE = re.compile(r"^--[ \t]?$", re.MULTILINE)


def forwarded(text: str) -> str:
    """The message a forwarded e-mail holds, or the text as it is: for a mail saved as a web
    page (Zoho Mail's), whose text is read apart from a clipping's."""
    head = text[:3000].casefold()
    if any(mark in head for mark in ("forwarded message", "diteruskan", "terusan", "pesan asli")):
        return _forwarded(text)
    return text


def _forwarded(text: str) -> str:
    """The forwarded message, without the note over it, its header or the signature under it;
    in a chain of forwards, the first message of the chain (the last one down the text)."""
    marks = list(_FORWARD_MARK.finditer(text))
    if not marks:
        # Outlook's line under a note over a page pasted whole, no message's header under it
        return _mail_header_off(text) if text[:40].lstrip()[:5] in ("From:", "Dari:") else text
    mark = marks[-1]
    lines = text[mark.end() :].split("\n")
    start = 0
    while start < len(lines) and (
        not lines[start].strip() or _HEADER_FIELD.match(lines[start].strip())
    ):
        start += 1
    body = "\n".join(lines[start:])
    signature = _SIGNATURE.search(body)
    if signature:
        body = body[: signature.start()]
    # "Tolong dibaca, nanti kita bahas.": the forwarder's own word over the page, a sentence;
    # a page opens on its outlet or headline, which end on none
    blocks = body.split("\n\n")
    notes = 0
    while (
        notes < 2
        and notes + 1 < len(blocks)
        and blocks[notes].strip().endswith((".", "!", "?"))
        and blocks[notes].strip().count("\n") < 2
    ):
        notes += 1
    return "\n\n".join(blocks[notes:])


def _mail_header_off(text: str) -> str:
    """A newsletter as its e-mail came: the text under its header ("From:", "To:", "Date:",
    "Subject:"), when the header names a subject."""
    lines = text.lstrip().split("\n")
    end = 0
    while end < min(len(lines), 8) and _HEADER_FIELD.match(lines[end].strip()):
        end += 1
    if not any(
        lines[n].strip()[:8].casefold() in ("subject:", "subjek:", "perihal:") for n in range(end)
    ):
        return text
    return _note_off("\n".join(lines[end:]))


# What a mail puts around a page pasted in it: the sender's phone or app ("Sent from
# Outlook"), the organisation's warning on mail from outside, the line Outlook draws
_MAIL_FURNITURE = re.compile(
    r"(?:sent\s+from\s+(?:my\s+)?|dikirim\s+dari\s+)\S.{0,40}"
    r"|(?:\[?(?:external(?:\s+(?:e-?mail|sender))?|caution|warning|eksternal|perhatian)\]?\s*:?\s*)?"
    r"(?:this\s+(?:e-?mail|message)\s+(?:originated|came|was\s+sent)\s+from\s+outside"
    r"|(?:e-?mail|surel|pesan)\s+ini\s+berasal\s+dari\s+luar)\b.*"
    r"|_{20,}",
    re.IGNORECASE,
)
# A note's sign-off: "Regards,", "Best,", "Salam,", "Terima kasih,"
_SIGN_OFF = re.compile(
    r"(?:(?:best|kind|warm)\s+)?(?:regards|best|thanks|thank\s+you|cheers|salam|terima\s+kasih"
    r"|hormat\s+(?:saya|kami)|wassalam)[,.!]?",
    re.IGNORECASE,
)


def _mail_furniture(block: str) -> bool:
    return all(
        _MAIL_FURNITURE.fullmatch(line.strip()) for line in block.split("\n") if line.strip()
    )


def _note_off(text: str) -> str:
    """The page a mail holds under its sender's note: a sentence or two over it, the sign-off
    and the sender's name, "Sent from Outlook", the warning on mail from outside, and the
    line Outlook draws. A page opens on its outlet or headline, which end on no full stop."""
    blocks = text.strip("\n").split("\n\n")
    at = sentences = 0
    signed = False
    while at + 1 < len(blocks):
        lines = [line.strip() for line in blocks[at].split("\n") if line.strip()]
        if _mail_furniture(blocks[at]):
            pass  # a blank block too
        elif _SIGN_OFF.fullmatch(lines[0]) and len(lines) <= 2:
            signed = True  # "Regards,\nAisyah"
        elif (
            len(lines) == 1
            and len(lines[0].split()) <= 2
            and (signed or (sentences and _mail_furniture(blocks[at + 1])))
        ):
            signed = False  # "Mo" under "Best,", or over "Sent from Outlook"
        elif (
            sentences < 2
            and len(lines) <= 2
            and lines[-1].endswith((".", "!", "?"))
            and not _IN_BROWSER.search(lines[-1])  # a newsletter's own offer of its web copy
        ):
            sentences += 1  # "Hi all, FYI on the MPC decision this morning."
        else:
            break
        at += 1
    return "\n\n".join(blocks[at:]) if at else text


# A webmail's view of a message, as copied: the subject, the folder ("Inbox", "Kotak
# Masuk"), the sender "Name <address>", the day, and "to me" over the message itself.
_FOLDERS = frozenset({"inbox", "kotak masuk", "primary", "utama", "updates", "pembaruan"})
_SENDER = re.compile(r"(?P<name>[^<>@]{2,60}?)\s*<[^<>@\s]+@[^<>\s]+>")
_TO_ME = re.compile(r"(?:to|kepada)\s+(?:me|saya)\b.{0,40}", re.IGNORECASE)


def _webmail_off(text: str) -> tuple[str, str] | None:
    """A newsletter copied from a webmail's view of it (Gmail's): the sender's name, and the
    message under its header with the day it was sent on top."""
    lines = [line.strip() for line in text.lstrip().split("\n")[:12]]
    if len(lines) < 6 or lines[1].casefold() not in _FOLDERS:
        return None
    sender = next((m for line in lines[2:5] if (m := _SENDER.fullmatch(line))), None)
    to_me = next((n for n in range(3, len(lines)) if _TO_ME.fullmatch(lines[n])), None)
    if sender is None or to_me is None:
        return None
    day = next((line for line in lines[3:to_me] if parse_date(line) is not None), "")
    rest = text.lstrip().split("\n")[to_me + 1 :]
    return sender["name"].strip().strip('"'), "\n".join([day, *rest]).strip("\n")


# The line over a newsletter's masthead that offers its web copy.
_IN_BROWSER = re.compile(
    r"(?:.{0,60}\?\s*)?(?:view|read|lihat|baca|buka)\s+(?:this\s+email\s+|online\s+|email\s+ini\s+)?"
    r"(?:(?:in|di)\s+(?:your\s+)?browser|(?:versi\s+|di\s+)?peramban|versi\s+web"
    r"|(?:the\s+)?web\s+version)\.?",
    re.IGNORECASE,
)
# A lead story's byline: "Oleh Gilang Saputra", "By Kavitha Menon Ellison // 26 November 2025"
# ("Selasa, 26 Juni 2029, 18:30 WIB | Penulis: Galih Prasetyo Utomo": the day, then a label)
_LEAD_BYLINE = re.compile(
    r"(?:.{6,50}\|\s*)?(?:[Bb]y|BY|[Oo]leh|OLEH|Penulis\s*:)\s+[A-Z][\w'’.\-]+"
    r"(?:\s+[A-Z][\w'’.\-]+){1,4}\b.{0,40}"
)


def _newsletter_lead(text: str, sender: str | None = None) -> str | None:
    """A newsletter's lead story, from its headline (the line over the first byline) down to
    the next numbered item, under the newsletter's masthead (or the `sender`'s name, with the
    day it was sent on the line over the web copy's offer): its greeting, sponsor and
    contents are no story."""
    lines = [line.strip() for line in text.lstrip().split("\n")]
    day = ""
    if sender is not None and lines and not _IN_BROWSER.fullmatch(lines[0]):
        day, lines = lines[0], lines[1:]
        while lines and not lines[0]:
            lines = lines[1:]
    if not lines or not _IN_BROWSER.fullmatch(lines[0]):
        return None
    masthead = sender or next((line for line in lines[1:6] if line), "")
    return _lead_story(lines, masthead, day)


def _newsletter_archive(text: str) -> str | None:
    """A newsletter's issue on its archive page (Mailchimp's "Past Issues", a site's
    "Arsip Newsletter"): the site's name, then the lead story, as in the mail."""
    lines = [line.strip() for line in text.lstrip().split("\n")]
    # "Southern Reporter – Morning Briefing": the site's name before its newsletter's
    masthead = re.split(r" [–|-] ", lines[0], maxsplit=1)[0] if lines else ""
    return _lead_story(lines, masthead, "") if masthead else None


def _lead_story(lines: list[str], masthead: str, day: str) -> str | None:
    """The lead story of a newsletter's lines: the headline over the first byline, down to the
    next numbered item, under the masthead (and the day it was sent)."""
    for n in range(2, min(len(lines), 80)):
        if not _LEAD_BYLINE.fullmatch(lines[n]):
            continue
        # the headline over the byline, above the picture's credit ("Illustration: …")
        above = next(
            (m for m in range(n - 1, 0, -1) if lines[m] and not _PICTURE_LINE.match(lines[m])), 0
        )
        headline = _LEAD_LABEL.sub("", lines[above])  # "1 big thing: …" (Axios)
        if 3 <= len(headline.split()) <= 30 and not headline.endswith((".", ":")):
            story = lines[above + 1 :]
            end = next((k for k, x in enumerate(story) if _NUMBERED_ITEM.fullmatch(x)), None)
            dated = [headline, day] if day else [headline]
            return "\n\n".join([masthead, "\n".join([*dated, *story[:end]])])
    return None


# An archive of a newsletter's issues: "Arsip Newsletter", Mailchimp's "Past Issues"
_ARCHIVED_ISSUES = ("arsip newsletter", "newsletter archive", "past issues", "arsip edisi")


def _archive_named(text: str) -> bool:
    """Whether text names a newsletter's archive, in any case (four words looked for in the
    lower-cased text, as a pattern ignoring case would find them, at a tenth of the cost)."""
    folded = folded_for_words(text)
    return any(name in folded for name in _ARCHIVED_ISSUES)


_PICTURE_LINE = re.compile(r"(?:illustration|ilustrasi|photo|foto|image|gambar)\s*:", re.I)
_LEAD_LABEL = re.compile(r"^\d{1,2}\s+[\w ]{2,20}:\s+(?=\S)")
# The next item of a numbered newsletter: "2. 🚌 Blue Line ridership beats projections"
_NUMBERED_ITEM = re.compile(r"\d{1,2}\.\s+\S.{2,100}(?<![.!?])")


# An Evernote or OneNote clipping's header: "Clipped from: https://…", "Created: …",
# "Updated: …", "Notebook: …", "Tags: …"; the page's title may stand over it.
_CLIPPING_FIELD = re.compile(
    r"(?:Clipped from|Created|Updated|Notebook|Tags|Source|Author)\s*:.*", re.IGNORECASE
)


# A line of a chat's log, IRC's way (HexChat, irssi, mIRC, ZNC): the time, maybe the day
# before it, the sender in angle brackets, the message ("Oct 23 19:05:41 <alasdair>	The …",
# "[19:05] <@kirsty_g> evening all")
_LOG_LINE = re.compile(
    r"^(?:[A-Z][a-z]{2}\s+\d{1,2}\s+)?\[?(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?\]?\s+"
    r"<[@+%~&]?(?P<sender>[^<>\s]{1,32})>\s+(?P<said>.*)",
    re.M,
)


def _pasted_in_log(text: str) -> str | None:
    """A page pasted into a chat's log line by line: the longest run of one sender's lines
    sent within half a minute of each other (a minute, where the log shows no seconds),
    without their times and name; the chatter around it ("paywalled, pasting it") is the
    channel's."""
    runs: list[tuple[str, list[str]]] = []
    logged = last = 0
    for line in text.split("\n"):
        if not line.strip():
            continue
        found = _LOG_LINE.fullmatch(line.strip())
        if found is None:
            runs.append(("", []))  # "Oct 23 19:02:11 *\tNow talking on #…": the log's notice
            continue
        logged += 1
        sent = int(found["h"]) * 3600 + int(found["m"]) * 60 + int(found["s"] or 0)
        if not runs or runs[-1][0] != found["sender"] or sent - last > (30 if found["s"] else 60):
            runs.append((found["sender"], []))
        runs[-1][1].append(found["said"].strip())
        last = sent
    if logged < 6:
        return None
    paste = max((said for _, said in runs), key=lambda said: sum(map(len, said)))
    if len(paste) < 5 or sum(map(len, paste)) < 600:
        return None
    return "\n".join(paste)


_ADDRESS_FIELD = re.compile(
    r"^[ \t]*(?:URL|Url|Link|Tautan|Source URL|Alamat)[ \t]*:[ \t]*(https?://\S+)[ \t]*$", re.M
)
# A header's fields over a page that a feed reader, a mail or a read-later app shows
# ("Feed: …", "Title: …", "Author: …", "Link: …"): one naming the page's title
_TITLE_FIELD = re.compile(r"^[ \t]*(?:Title|Subject|Headline|Judul|Subjek|Perihal):[ \t]", re.M)
_FIELD_LINE = re.compile(r"([A-Z][A-Za-z]*(?: [A-Za-z]+)?):\s+(\S.*)")
_TITLE_FIELDS = frozenset({"title", "subject", "headline", "judul", "subjek", "perihal"})
_FEED_NAME_END = re.compile(r" [-–—|:] ")
_ADDRESS_FIELDS = frozenset({"link", "url", "tautan", "address", "alamat", "source"})


def _fields_over_page(text: str) -> Clip | None:
    """The page under a header of two fields or more, one of them its title, under one line
    of the app's own at most, when the page says the title again on a line of its own: the
    page's own top is there, and the header is the app's ("Title:" is no headline). The
    address a field gives is kept."""
    lines = text.lstrip().split("\n")
    # the block under one line of the app's own, or under its menus ("Akregator - Pembaca
    # Umpan", its menu bar and its feeds' list): from the first field of the block that
    # names the title
    titled = next((n for n, line in enumerate(lines[:20]) if _TITLE_FIELD.match(line)), 0)
    block = titled
    while block > 0 and _FIELD_LINE.fullmatch(lines[block - 1].strip()):
        block -= 1
    for first in dict.fromkeys((0, 1, block)):
        n, fields = first, dict[str, str]()
        while n < min(len(lines), first + 10) and (
            field := _FIELD_LINE.fullmatch(lines[n].strip())
        ):
            fields.setdefault(field[1].casefold(), field[2].strip())
            n += 1
        title = next((value for key, value in fields.items() if key in _TITLE_FIELDS), None)
        if len(fields) < 2 or title is None:
            continue
        if not any(line.strip() == title for line in lines[n : n + 30]):
            return None
        url = next(
            (
                v
                for k, v in fields.items()
                if k.split()[0] in _ADDRESS_FIELDS and v.startswith("http")
            ),
            None,
        )
        # the feed's name ("Feed: The Durham Dispatch - News"), without its section
        feed = next((v for k, v in fields.items() if k in ("feed", "site")), None)
        source = _FEED_NAME_END.split(feed, maxsplit=1)[0].strip() if feed else None
        return Clip("\n".join(lines[n:]), url=url, source=source or None)
    return None


def _clipping_header_off(text: str) -> Clip | None:
    """The page a note-taking app clipped, under its header of fields."""
    lines = text.lstrip().split("\n", 12)
    fields = [n for n, line in enumerate(lines[:8]) if _CLIPPING_FIELD.fullmatch(line.strip())]
    if not fields or not lines[fields[0]].lstrip().startswith("Clipped from:") or fields[0] > 1:
        return None
    address = lines[fields[0]].split(":", 1)[1].strip() or None
    return Clip("\n".join(lines[fields[-1] + 1 :]), url=address)


# --- a page under a news alert or a media-monitoring report --------------------------------


def _under_alert(text: str) -> str | None:
    """The page pasted under a Google Alerts e-mail, past the rule between them: the alert
    lists a few headlines and snippets, the page is the story."""
    lines = text.split("\n", 80)
    for n, line in enumerate(lines[3:80], start=3):
        if _RULE_LINE.fullmatch(line):
            page = "\n".join(lines[n + 1 :])
            return page if len(page) > 300 else None
    return None


# A monitoring agency's clipping: a record of fields ("Media : niaga.asia", "Tanggal Terbit :
# 20/02/2026", "Jam Terbit : 14:20 WITA", "Tautan : https://…"), the analyst's summary, then
# the story under "Naskah Berita:"
_MONITOR_FIELD = re.compile(
    r"^[ \t]*(?P<field>Media|Tanggal Terbit|Jam Terbit|Tautan|Link|URL)"
    r"[ \t]*:[ \t]*(?P<value>\S.*)$",
    re.MULTILINE | re.IGNORECASE,
)
_STORY_LABEL = re.compile(
    r"^[ \t]*(?:Naskah|Isi|Teks)[ \t]+Berita[ \t]*:[ \t]*$", re.MULTILINE | re.IGNORECASE
)
_RECORD_END = re.compile(
    r"^[ \t]*(?:(?:Catatan|Komentar|Ringkasan)[ \t]+Analis[ \t]*:|-{10,}|_{10,}|={10,})",
    re.MULTILINE | re.IGNORECASE,
)


def _monitoring_clip(text: str) -> Clip | None:
    """The story a media-monitoring report quotes whole, with the day and address it records."""
    label = _STORY_LABEL.search(text, 0, 6000)
    if not label:
        return None
    fields = {
        m["field"].casefold(): m["value"].strip()
        for m in _MONITOR_FIELD.finditer(text, 0, label.start())
    }
    if "media" not in fields:
        return None
    address = fields.get("tautan") or fields.get("link") or fields.get("url")
    day = fields.get("tanggal terbit")
    published = parse_date(f"{day} {fields.get('jam terbit', '')}") if day else None
    # The story ends where the analyst's note or the next record begins.
    end = _RECORD_END.search(text, label.end())
    return Clip(
        text[label.end() : end.start() if end else len(text)],
        url=address if address and address.startswith("http") else None,
        published=published,
    )


# --- a newsroom's draft of a story ---------------------------------------------------------

# "NASKAH BERITA — HARIAN BHIRAWA ONLINE", "DRAF BERITA", "DRAFT STORY": the draft's title
_DRAFT_TITLE = re.compile(r"\s*(?i:naskah\s+berita|draf(?:t)?\s+(?:berita|story|article))\b")
# Its header of fields, one a line: "Penulis: Name (wap)", "Jadwal tayang: Rabu, …"
_DRAFT_FIELD = re.compile(r"^[ \t]*(?P<field>[A-Z][\w ]{1,25}?)[ \t]*:[ \t]*(?P<value>\S.*)$", re.M)
_DRAFT_RULE = re.compile(r"^[ \t]*(?:─{3,}|-{3,}|={3,}|_{3,})[ \t]*$", re.M)
_SCHEDULED = ("jadwal tayang", "jadwal terbit", "tayang", "terbit", "scheduled", "publish")


def _draft(text: str) -> Clip | None:
    """The story in a newsroom's draft, between the header of fields and the notes under the
    rule that closes it: the writer and the time it is scheduled to run."""
    rule = _DRAFT_RULE.search(text, 0, 3000)
    if rule is None:
        return None
    fields = {
        m["field"].casefold(): m["value"].strip()
        for m in _DRAFT_FIELD.finditer(text, 0, rule.start())
    }
    if len(fields) < 3:
        return None
    end = _DRAFT_RULE.search(text, rule.end())
    when = next((fields[name] for name in _SCHEDULED if name in fields), None)
    writer = fields.get("penulis") or fields.get("reporter") or fields.get("writer")
    return Clip(
        text[rule.end() : end.start() if end else len(text)],
        published=parse_date(when) if when else None,
        author=writer,
    )


# --- a page pasted into a team chat's channel (Slack, Discord) ----------------------------

# The channel's name: Slack's "# monitoring-media", Discord's "#bola-ntt"
_CHANNEL_NAME = re.compile(r"^# ?[\w\-]{2,80}[ \t]*$", re.M)
# Each message opens under its sender's name and the time: Slack's "Dimas Arya Pratama  9:58
# AM", Discord's "Ferdy Lado — Hari ini pukul 07.12", "jas_wh — Today at 11:02", "Tom R —
# 23/08/2029 07:12"
_MESSAGE_HEAD = re.compile(
    r"^[ \t]*[^\W\d_][^\n]{1,40}?(?:[ \t]{2,}| — (?:(?i:today at|yesterday at|hari ini pukul"
    r"|kemarin pukul)|\d{1,2}/\d{1,2}/\d{2,4},?)[ \t])\d{1,2}[:.]\d{2}(?:[ \t]?[AP]M)?[ \t]*$",
    re.M,
)
# Under a message: its thread's count and last reply, the reactions
_THREAD_NOTE = re.compile(
    r"^[ \t]*(?:\d+ repl(?:y|ies)|Last reply .*|View thread|(?::[\w+\-]+: \d+[ \t]*)+)[ \t]*$",
    re.M | re.IGNORECASE,
)


def _chat_channel(text: str) -> str | None:
    """The page someone pasted into a channel, its longest message: what the others said
    around it, and the link's preview, are chatter."""
    if not _CHANNEL_NAME.search(text, 0, 300):
        return None
    heads = list(_MESSAGE_HEAD.finditer(text))
    if len(heads) < 2:
        return None
    ends = [head.start() for head in heads[1:]] + [len(text)]
    messages = [text[head.end() : end] for head, end in zip(heads, ends, strict=True)]
    longest = max(messages, key=len)
    if len(longest) < 0.5 * len(text) or len(longest) < 400:
        return None
    longest = _THREAD_NOTE.sub("", longest)
    note, _, page = longest.strip().partition("\n\n")
    if "\n" not in note and (note[:1].islower() or note.rstrip().endswith((":", "👇"))):
        # "full text-nya aku tempel di sini ya": the sender's word over the page
        longest = page
    headline = longest.lstrip().split("\n", 1)[0].strip()
    card = next(
        (card for card in _LINK_PREVIEW.finditer(text) if card["title"].strip() == headline), None
    )
    if card is not None and headline:
        # the page pasted from its headline down: the site the link's preview names over it
        # ("https://www.readingchronicle.co.uk/…" / "Reading Chronicle" / the title)
        return f"{card['site'].strip()}\n\n{longest}"
    return longest


# A link's preview in a chat: its address, the site's name, the page's title
_LINK_PREVIEW = re.compile(
    r"^https?://\S+[ \t]*\n(?P<site>[^\n]{2,60})\n(?P<title>[^\n]{10,300})$", re.M
)


# --- a paper read in PressReader ------------------------------------------------------------

# The story's head: "Khaleej Times · 13 Feb 2026 · 8", the paper, the day, the page
_EDITION = re.compile(
    r"^[ \t]*(?P<paper>[^·\n]{2,60}?) · (?P<day>\d{1,2} \w{3,9} \d{4}) · \d+[ \t]*$", re.M
)
# Its record under the story: "Article Name: …", "Publication: …", "Author: …"
_REPLICA_END = re.compile(r"^[ \t]*(?:Article Name:|Printed and distributed by PressReader)", re.M)


def _press_reader(text: str) -> Clip | None:
    """A story read in PressReader's replica of the paper: the story between the edition's
    line and the record under it, with the paper's name and day."""
    edition = _EDITION.search(text, 0, 3000)
    if edition is None:
        return None
    end = _REPLICA_END.search(text, edition.end())
    return Clip(
        text[edition.end() : end.start() if end else len(text)],
        published=_when(parse_date(edition["day"])),
        source=edition["paper"].strip(),
    )


# --- a page copied with the browser's tabs, address bar and bookmarks ---------------------

# The tab strip: each tab's title and its close button, then the new tab's "+"
# (one tab or more; a Mac's window buttons "● ● ●" before them)
# ("X" for the close button where the copy lost its sign: "Lead levels fall in … X  +")
_TAB_STRIP = re.compile(r"[^\n]+?(?:\s+[×X]\s+[^\n]+?)*\s+(?:×(?:\s+\+)?|X\s+\+)[ \t]*")
# the bar's buttons before the address: "←  →  ⟳", "<  >  C"
_BAR_BUTTONS = re.compile(r"(?:\S{1,2}\s+)+(?=\S{4,})")
_ADDRESS_BAR = re.compile(rf"(?:https?://)?{WEB_ADDRESS.pattern}(?:/\S*)?")
_BAR_CELLS = re.compile(r"\S(?: {3,}|\t)\S")


def _under_tab_strip(text: str) -> Clip | None:
    """A page copied with the browser's window around it: its tabs' titles, the address bar
    (the page's address) and the bookmarks bar under it are the reader's, not the page's."""
    lines = text.lstrip().split("\n", 3)
    if len(lines) < 4 or not _TAB_STRIP.fullmatch(lines[0]):
        return None
    address = _BAR_BUTTONS.sub("", lines[1].strip(), count=1)  # back, forward, reload
    if not _ADDRESS_BAR.fullmatch(address):
        return None
    rest = lines[2:]
    if len(_BAR_CELLS.findall(rest[0])) >= 2:
        rest = rest[1:]  # "Impor bookmark...   YouTube   Google Drive   …   Semua Bookmark"
    url = address if address.startswith(("http://", "https://")) else f"https://{address}"
    return Clip("\n".join(rest), url=url)


# --- a page opened in a chat app's own browser ----------------------------------------------

# Its bar: the close button, the site's address and a lock or a menu; then the app's name and
# its offer to open the page in the phone's browser
_IN_APP_BAR = re.compile(
    rf"\s*[✕×]?\s*(?P<host>{WEB_ADDRESS.pattern})\s*[🔒⋯⋮…]?\s*\n"
    r"\s*[\w ]{2,20} · (?i:open in (?:browser|chrome|safari)|buka di (?:browser|peramban))\s*\n"
)


def _in_app_browser(text: str) -> Clip | None:
    """A page read in Telegram's or Messenger's own browser: its bar is the app's."""
    bar = _IN_APP_BAR.match(text)
    if bar is None:
        return None
    return Clip(text[bar.end() :], url=f"https://{bar['host']}")


# --- a phone's long screenshot, read as text ------------------------------------------------

# The status bar (the clock, icons, the battery's "62%"), then the browser's address bar
_PHONE_SCREEN = re.compile(
    r"\s*\d{1,2}[.:]\d{2}\s[^\w\n]*(?:\s+\S+){0,6}?\s+\d{1,3}%[ \t]*\n"
    rf"(?:[ \t]*(?:🔒\s*)?(?P<address>{WEB_ADDRESS.pattern}(?:/\S*)?)(?:\s+\S)?[ \t]*\n)?"
)


# --- a news app's notification over its story ----------------------------------------------

# The app's name and the notification's age, its title and text, then a blank line
_NOTIFICATION = re.compile(
    r"\s*(?P<app>[^·\n]{2,40}) · (?i:sekarang|now|baru saja|just now"
    r"|\d{1,2}\s?(?:m|min|mnt|menit|h|j|jam|d)(?:\s+(?:ago|lalu|yang lalu))?)[ \t]*\n"
    r"(?:[^\n]+\n){1,3}[ \t]*\n"
)


# --- a page saved to a reading list, or sent to a Kindle ---------------------------------

# Kindle's app over a page sent to it: "Kindle", "Library   <title>", its buttons
_KINDLE_BAR = re.compile(
    r"\s*Kindle[ \t]*\n(?:[ \t]*(?:Library|Perpustakaan)\b[^\n]*\n)?"
    r"[ \t]*Aa\b[^\n]*(?:Go to|Buka|Notes|Catatan)[^\n]*\n"
)

_READING_LISTS = frozenset(
    {"daftar bacaan", "reading list", "raindrop.io", "pocket", "matter", "instapaper"}
)
# The foot it puts under the page: its link to the original, the day it was added, notes
_READING_LIST_FOOT = re.compile(
    r"^[ \t]*(?:lihat\s+aslinya\s+di|buka\s+asli|view\s+original|open\s+original|ditambahkan\s+ke"
    r"|added\s+to|highlights\s+\(\d+\)|sorotan\s+\(\d+\))\b.*$",
    re.MULTILINE | re.IGNORECASE,
)


def _in_reading_list(text: str) -> Clip | None:
    """A page saved to a reading list (Safari's, Raindrop.io, Pocket): the app's name and bar
    over the headline, the site's address under it, the app's foot under the story."""
    lines = text.split("\n", 12)
    host = next(
        (n for n, line in enumerate(lines[2:11], start=2) if WEB_ADDRESS.fullmatch(line.strip())),
        None,
    )
    if host is None:
        return None
    # the headline over the site's address, next to it or a blank line above; or under it
    # (Raindrop.io's reader): the longer line of the two
    above = lines[host - 1] if lines[host - 1].strip() else lines[host - 2]
    below = lines[host + 1] if host + 1 < len(lines) else ""
    if not above.strip() and not below.strip():
        return None
    if not lines[host - 1].strip() and len(below.split()) > len(above.split()):
        start = text.index(lines[host], text.index(lines[host - 1]))
    else:
        start = text.index(above)
    foot = _READING_LIST_FOOT.search(text, start)
    page = text[start : foot.start() if foot else len(text)]
    return Clip(page, url=f"https://{lines[host].strip()}")


# --- a page pasted under its title and address --------------------------------------------


def bare_link(line: str) -> bool:
    """A link alone on its line: "https://kabarbangkinang.co.id/hukum/…" under a title."""
    return line.startswith(("http://", "https://")) and " " not in line


def _title_and_address(text: str) -> Clip | None:
    """A page pasted under its tab's title and its address (as a browser's "copy title and
    link" gives them): the page, and the address; the title repeats in the page itself."""
    lines = text.lstrip().split("\n", 2)
    if len(lines) < 3 or not bare_link(lines[1]):
        return None
    title = lines[0].strip()
    for bar in (" - ", " | ", " – "):
        title = title.rsplit(bar, 1)[0] if bar in title else title
    if len(title.split()) < 4 or title not in lines[2][:3000]:
        return None
    page = lines[2]
    if shared := _APP_SHARE.match(page):
        # an app's share text: "Dibagikan dari aplikasi Kabar Timur. Unduh di Google Play.",
        # "Shared from The Visayan Daily Star app", over the page it shares
        page = page[shared.end() :]
    return Clip(page, url=lines[1].strip())


_APP_SHARE = re.compile(
    r"\s*(?:(?:dibagikan|dikirim)\s+(?:dari|melalui|via)\s+(?:aplikasi\s+)?|shared\s+(?:from|via)\s)"
    r"[^\n]{2,80}\n",
    re.IGNORECASE,
)


# --- a page clipped into Notion ----------------------------------------------------------

# The database's properties over the page: a label on one line, its value on the next
_NOTION_END = re.compile(r"^[ \t]*(?:\+ Add a property|Add a comment\.\.\.)[ \t]*$", re.MULTILINE)
_NOTION_URL = re.compile(r"^[ \t]*URL[ \t]*\n[ \t]*(https?://\S+)", re.MULTILINE)


def _notion_page(text: str) -> Clip | None:
    """A page clipped into a Notion database: its path, its title and properties (URL,
    Created, Tags, Status) over the page; the page, and the URL the clip kept."""
    ends = list(_NOTION_END.finditer(text, 0, 3000))
    if not ends:
        return None
    address = _NOTION_URL.search(text, 0, ends[-1].start())
    return Clip(text[ends[-1].end() :], url=address[1] if address else None)


# --- a page read through Google Translate -------------------------------------------------

# The translation bar's last line, over the page: "Pertahankan terjemahan ini ✕"
# A Logseq page: its properties ("title:: …", "source:: https://…"), one to a line, over
# the page's blocks, each a line opening on "- " (a nested block is the reader's own note)
_LOGSEQ_PROPERTY = re.compile(r"^(?P<key>[a-z][\w\-]{1,20}):: (?P<value>.*)$", re.MULTILINE)
_LINK_BRACKETS = re.compile(r"\[\[([^\]]*)\]\]")


def _logseq_page(text: str) -> Clip | None:
    """A page clipped into Logseq: its properties give its title, address, site, writer and
    time; its top-level blocks are its paragraphs, up to the reader's own heading ("##
    Catatan saya") and without the picture's block and the title's."""
    props = {found["key"]: found["value"].strip() for found in _LOGSEQ_PROPERTY.finditer(text)}
    if len(props) < 3 or "title" not in props:
        return None
    paragraphs = []
    for line in text.split("\n"):
        if not line.startswith("- "):
            continue  # a property, a blank line, a nested note
        block = line[2:].strip()
        if block.startswith("## "):
            break  # the reader's own notes under a heading of theirs
        if block.startswith(("# ", "![")) or block == "---":
            continue
        paragraphs.append(block.removeprefix("> "))
    published = parse_date(props["published"]) if props.get("published") else None
    return Clip(
        "\n\n".join(paragraphs),
        title=_LINK_BRACKETS.sub(r"\1", props["title"]),
        url=props.get("source") or props.get("url"),
        published=published,
        source=props.get("site"),
        author=props.get("author"),
    )


# An outliner's block opening a line
_BLOCK_START = re.compile(r"^[ \t]*[-*•] ", re.M)
# An outliner's block: its indent, a bullet, its text
_BULLET = re.compile(r"(?P<indent>[ \t]*)[-*•] (?P<block>.*)")
_OUTLINE_PROPERTY = re.compile(r"^[ \t]*[-*•]? ?(?P<key>[a-z][\w\-]{1,20}):: (?P<value>.*)$", re.M)


def _outline_page(text: str) -> Clip | None:
    """A page pasted into an outliner's note (Roam's, Logseq's, Workflowy's): most lines are
    blocks, and the page is the longest run of sibling blocks, one paragraph each, under
    whatever block the reader nested it in; the reader's own blocks around it are theirs. The
    address and the site a property names are kept."""
    lines = [line for line in text.split("\n") if line.strip()]
    blocks = [_BULLET.fullmatch(line) for line in lines]
    if len(lines) < 8 or sum(b is not None for b in blocks) * 10 < len(lines) * 7:
        return None
    # each block's children, by the line of the block they hang from (-1: the note's top)
    children: dict[int, list[str]] = {}
    above: list[tuple[int, int]] = []  # the open blocks: (depth, line)
    for n, found in enumerate(blocks):
        if found is None:
            continue
        depth = len(found["indent"].expandtabs(4))
        while above and above[-1][0] >= depth:
            above.pop()
        if "::" not in found["block"]:
            children.setdefault(above[-1][1] if above else -1, []).append(found["block"].strip())
        above.append((depth, n))
    page = max(children.values(), key=lambda run: sum(map(len, run)), default=[])
    if len(page) < 5 or sum(map(len, page)) < 600:
        return None
    props = {found["key"]: found["value"].strip() for found in _OUTLINE_PROPERTY.finditer(text)}
    url = next((v for k, v in props.items() if k in ("url", "source") and "://" in v), None)
    site = next((v for k, v in props.items() if k in ("source", "site") and "://" not in v), None)
    return Clip(
        "\n\n".join(page),
        url=url,
        source=_LINK_BRACKETS.sub(r"\1", site) if site else None,
    )


_TRANSLATE_BAR_END = re.compile(
    r"^[ \t]*(?:Pertahankan terjemahan ini|Keep this translation)\b.*$", re.M
)
_TRANSLATED_ADDRESS = re.compile(r"(?:https?://)?([\w\-]+)\.translate\.goog(/[^?\s]*)?")


# A browser's offer to translate the page, copied over it: "Translate this page?",
# "Deze pagina is in het Engels. Vertalen naar Nederlands?", "Terjemahkan halaman ini?"
_TRANSLATE_OFFER = re.compile(
    r"\s*(?:translate\s+this\s+page\?|terjemahkan\s+halaman\s+ini\?"
    r"|this\s+page\s+is\s+in\s+\w+\.\s+translate\b|halaman\s+ini\s+berbahasa\s+\w+\."
    r"|deze\s+pagina\s+is\s+in\s+het\s+\w+\.)",
    re.IGNORECASE,
)
# Its last line: the choice never to translate the site ("Never translate this site",
# "Nooit deze site vertalen", "Jangan pernah terjemahkan situs ini")
_TRANSLATE_OFFER_END = re.compile(
    r"^.*\b(?:never\s+translate\s+this\s+site|nooit\s+deze\s+site\s+vertalen"
    r"|jangan\s+(?:pernah\s+)?terjemahkan\s+situs\s+ini)\b.*$\n?",
    re.IGNORECASE | re.MULTILINE,
)


def _under_translate_offer(text: str) -> Clip | None:
    """The page under a browser's offer to translate it (its prompt, its languages and its
    buttons, the last of which never translates the site), and the site's address the bar
    prints under them, if it does."""
    end = _TRANSLATE_OFFER_END.search(text, 0, 600)
    if end is None:
        return None
    page = text[end.end() :]
    first, _, rest = page.lstrip().partition("\n")
    if WEB_ADDRESS.fullmatch(first.strip()):
        return Clip(rest, url=f"https://{first.strip()}/")
    return Clip(page)


def _translated_page(text: str) -> Clip | None:
    """A page read through Google Translate: the page under the translation bar, and its own
    address, which the translator's ("thesun-my.translate.goog/…") spells with hyphens."""
    bar = _TRANSLATE_BAR_END.search(text, 0, 2000)
    if bar is None:
        return None
    address = _TRANSLATED_ADDRESS.search(text, 0, bar.start())
    url = None
    if address:
        host = address[1].replace("--", "\0").replace("-", ".").replace("\0", "-")
        url = f"https://{host}{address[2] or '/'}"
    return Clip(text[bar.end() :], url=url)


# --- a reader app's export of a page and its highlights ---------------------------------

# Readwise's Markdown: the page's metadata, the reader's highlights, then the page itself
_EXPORT_FIELD = re.compile(r"^- (URL|Published Date|Full Title): (.+)$", re.MULTILINE)


def _highlights_export(text: str) -> Clip | None:
    """A page exported with its metadata and highlights (Readwise): the page under "## Full
    Document", its title, address and day from the metadata."""
    metadata = text.find("## Metadata")
    document = text.find("## Full Document")
    if metadata < 0 or document < metadata:
        return None
    fields = dict(_EXPORT_FIELD.findall(text, metadata, document))
    day = fields.get("Published Date", "")
    try:
        published = _when(date.fromisoformat(day.strip())) if day else None
    except ValueError:
        published = None
    page = text[document + len("## Full Document") :]
    return Clip(page, title=fields.get("Full Title"), url=fields.get("URL"), published=published)


# --- a feed reader's or a news app's view of a page -------------------------------------

# Apps that show an outlet's page under their own bar, named on the copy's first line (with
# their buttons around the name: "←   BaBe   🔊   Aa   ⋮", "✕   ⚡ Instant View   ⋮").
_NEWS_APPS = frozenset(
    {"inoreader", "feedly", "flipboard", "newsbreak", "smartnews", "babe", "google news"}
    | {"instant view", "immersive reader", "miniflux", "reeder", "netnewswire", "newsblur"}
)
# A feed reader's filters under its name: "All Unread · Today · Starred" (Reeder)
_FILTER = r"(?i:all unread|unread|all|today|starred|semua|belum dibaca|hari ini|berbintang)"
_READER_FILTERS = re.compile(rf"{_FILTER}(?:\s+·\s+{_FILTER})+")
# The feed's name and its section over the item: "FIRST INDIA › Sports"
_FEED_SECTION = re.compile(r"(?P<feed>[^›\n]{2,40}?)\s+›\s+[^›\n]{2,30}")
# The bar's last line, over the page: "Mark as read  ☆ Star  Read later  Share  Open in new
# tab ↗" (Inoreader), the "⋮" under the page's address (Google News), a bar that closes on
# its menu or its close button, Flipboard's buttons ("←  ♡  💬  ⤴  ⋯").
_APP_BAR_END = re.compile(
    r".{0,80}[⋮✕⋯]|.*\bOpen (?:link )?in (?:a )?new tab\b.*|(?i:.*\b(?:Visit website|Open original"
    r"|View original|Fetch original content)\b.*)"
)
# The feed's name over the item in a reader: "BandungBergerak.id · 2d", "THE JAPAN NEWS ·
# the-japan-news.com · 4h", "Eurasia Review / by Laras Hapsari / 2h"
# "Betahita.id · by Nabila Kurnia Putri · Jun 11, 2029 10:25" (Inoreader)
# "Tyrone Courier · Local business · 2 hours ago" (Miniflux): the feed's category between
_FEED_ITEM = re.compile(
    r"(?P<feed>[^·•/]{2,40}?)\s+[·•/]\s+"
    r"(?:(?:by\s+(?P<writer>[^·•/]{2,60})|[\w.\-]+\.[a-z]{2,}|[^\W\d][^·•/\d]{1,30})\s+[·•/]\s+)?"
    r"(?P<stamp>(?:\d+\s?[smhdwj]|\d{1,2} \w+ \d{4}|[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}).*)"
)
_WORDS = re.compile(r"[^\W\d_]+")


def _in_news_app(line: str) -> bool:
    """Tell whether a copy's first line is a news app's bar: its name, its buttons."""
    words = [word.casefold() for word in _WORDS.findall(line)]
    if not words or len(words) > 4:
        return False
    return (
        " ".join(words[:2]) in _NEWS_APPS
        or words[0] in _NEWS_APPS
        or (words == ["google"] and line.strip() == "Google")  # Discover, in the Google app
    )


def _app_page(text: str) -> Clip | None:
    """The page an app shows under its bar, with the feed's name over it when the page
    itself names no outlet."""
    lines = text.lstrip().split("\n", 40)
    # the bar stands over the page: none of its lines comes after the story's first paragraph
    # (feedly's "Save to Board   Mark as Read   Share" under a short story)
    story = next(
        (
            n
            for n, line in enumerate(lines[:40])
            if len(line.split()) >= 12 and line.rstrip().endswith((".", "”", '"'))
        ),
        40,
    )
    ends = [n for n, line in enumerate(lines[:story]) if _APP_BAR_END.fullmatch(line.strip())]
    items = [
        (n, found)
        for n, line in enumerate(lines[:40])
        if (found := _FEED_ITEM.fullmatch(line.strip()))
    ]
    if not ends and len(lines) > 3 and _READER_FILTERS.fullmatch(lines[1].strip()):
        # Reeder: its name and filters over the item, the feed and its section over the day
        rest = lines[2:]
        at = next((n for n, line in enumerate(rest[:4]) if line.strip()), 0)
        if fed := _FEED_SECTION.fullmatch(rest[at].strip()):
            return Clip("\n".join(rest[at + 1 :]), source=fed["feed"].strip())
        return Clip("\n".join(rest))
    if not ends and not (
        # feedly: the item under the feed's name, the buttons under the story
        items and items[0][0] > 0 and lines[items[0][0] - 1].strip() == items[0][1]["feed"]
    ):
        return None
    # A card that opens the page in the app's browser, its own bar over it (Discover): the last
    # bar over the page; with no bar over it (feedly's buttons are under the story), the item
    end = ends[-1] if ends else items[0][0]
    feed = items[0][1]["feed"] if items else None
    if items and items[0][0] > end:
        end = items[0][0]  # Flipboard: a reader's note over the item, under the bar
    rest = lines[end + 1 :]
    if not ends and feed:
        # feedly's item over the page its buttons stand under: "Himachal Watcher / by Anjali
        # Thakur / 4h" names the outlet, and the writer, who stays on a line of his own
        writer = items[0][1]["writer"]
        page = "\n".join([f"By {writer.strip()}", *rest] if writer else rest)
        return Clip(page, source=feed.strip())
    top = [n for n, line in enumerate(rest[:8]) if line.strip()]
    follow = next((n for n in top[1:4] if rest[n].strip() in _FOLLOW), None)
    if follow is not None:
        # the channel the app follows, its age and reads, "+ Ikuti" (BaBe): the channel's
        # name, without its tick, is the outlet's
        feed, rest = rest[top[0]].strip().removesuffix("✓").strip(), rest[follow + 1 :]
    page = "\n".join(rest)
    if items and (at := items[0][0]) > 0 and (title := lines[at - 1].strip()) not in page:
        # the reader's own header over a page that prints no headline (Inoreader): the
        # item's title, its writer and its stamp
        item = items[0][1]
        writer = f"By {item['writer'].strip()}\n" if item["writer"] else ""
        page = f"{title}\n{writer}{item['stamp']}\n\n{page}"
    return Clip(f"{feed}\n\n{page}" if feed else page)


_FOLLOW = frozenset({"+ Ikuti", "Ikuti", "+ Follow", "Follow"})


# --- a channel's post over the page it links ---------------------------------------------

# What only a channel's post shows: its followers, its pointer to the story, hashtags.
_POST_MARK = re.compile(
    r"pengikut|subscribers|followers|saluran|selengkapnya|read more|👉|👇|(?:^|\s)#\w",
    re.IGNORECASE,
)
_RULE_LINE = re.compile(r"[ \t]*(?:-{3,}|_{3,}|\*{3,}|—{2,}|─{3,})[ \t]*")
# A link's card in a post (LinkedIn, Facebook): the site's bare address on a line of its own.
_LINK_CARD = re.compile(
    r"^[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:com|id|net|org|co|co\.\w\w)$", re.M
)


# A note that names where the story under it was copied from: "Sumber: https://…" (a
# teacher's assignment, a newsletter's clipping)
_SOURCE_ADDRESS = re.compile(r"^[ \t]*(?:Sumber|Source)[ \t]*:[ \t]*https?://\S+", re.M)


def _page_under_post(text: str) -> str | None:
    """The page pasted under a channel's post that links it (WhatsApp, Telegram), past the
    rule between them: the post is a teaser, the page the story."""
    lines = text.split("\n", 30)
    for n, line in enumerate(lines[2:30], start=2):
        if _RULE_LINE.fullmatch(line):
            post = "\n".join(lines[:n])
            page = "\n".join(lines[n + 1 :])
            linked = "http" in post or _LINK_CARD.search(post) is not None
            if linked and (
                (len(page) > 3 * len(post) and _POST_MARK.search(post))
                # a note that says where the story under it comes from, however long
                or (len(page) > len(post) and _SOURCE_ADDRESS.search(post))
            ):
                return page
            return None
    return None


# --- a web archive's copy -----------------------------------------------------------------

# The Wayback Machine's and archive.today's first line over the page they keep.
_ARCHIVES = ("The Wayback Machine - http", "archive.ph", "archive.today", "archive.is",
             "archive.li", "archive.md", "archive.vn")  # fmt: skip
# The last lines of their toolbars: what follows is the page as it was.
_TOOLBAR_END = re.compile(
    r"The Wayback Machine - https?://\S+|TIMESTAMPS|About this capture"
    r"|.*\breport bug or abuse\b.*|Webpage\s+Screenshot"
)
_KEPT_ADDRESS = re.compile(r"https?://web\.archive\.org/web/\d+\w*/(https?://\S+)|(https?://\S+)")


def _archived(text: str) -> Clip | None:
    """The page a web archive keeps, under its toolbar, with the address it was saved from."""
    lines = text.lstrip().split("\n", 40)
    ends = [n for n, line in enumerate(lines[:40]) if _TOOLBAR_END.fullmatch(line.strip())]
    if not ends:
        return None
    address = _KEPT_ADDRESS.search("\n".join(lines[: ends[-1] + 1]))
    url = address and (address[1] or address[2])
    if url and "archive." in url.split("/")[2]:
        url = None
    return Clip("\n".join(lines[ends[-1] + 1 :]), url=url)


# --- a search engine's cached copy ----------------------------------------------------------

# Its banner: the address the copy was taken from and when; then the views it offers and a
# tip on finding words, over the page as it was
_CACHE_BANNER = re.compile(
    # (under the engine's own bar: "Telusur.id  |  Tembolok")
    r"(?:[^\n]{0,60}\n)?\s*(?:ini\s+adalah\s+(?:salinan\s+)?(?:cache|tembolok)\s+(?:\w+\s+)?dari"
    r"|this\s+is\s+(?:\w+['’]s\s+cache\s+of|the\s+cached\s+copy\s+of))\s+(?P<url>https?://\S+?)\.?\s",
    re.IGNORECASE,
)
# The banner's last line: its tip, or the search terms it marks
_CACHE_TIP = re.compile(
    r"^[ \t]*(?:tips?\s*:|to\s+quickly\s+find\b|istilah\s+penelusuran\b|these\s+search\s+terms\b"
    r"|the\s+following\s+search\s+terms\b).*$",
    re.M | re.I,
)


def _search_cache(text: str) -> Clip | None:
    """A page copied from a search engine's cache: the page under its banner, with the
    address the banner names."""
    banner = _CACHE_BANNER.match(text)
    if banner is None:
        return None
    tip = _CACHE_TIP.search(text, banner.end(), banner.end() + 800)
    start = tip.end() if tip else text.find("\n", banner.end())
    return Clip(text[start:], url=banner["url"])


# --- a text browser's dump ----------------------------------------------------------------

# lynx's and w3m's marks: a link's number before its text, a picture's "[IMG]"; the links'
# addresses listed under "References" at the foot
_LINK_NUMBER = re.compile(r"\[\d{1,4}\]")
_PICTURE = re.compile(r"\[IMG\][ \t]*")  # what follows it on its line is the picture's text
_REFERENCES = re.compile(r"^[ \t]*References[ \t]*\n(?:[ \t]*\n)*[ \t]*1\.[ \t]", re.MULTILINE)


def _text_browser_dump(text: str) -> str | None:
    """A page saved by `lynx -dump`: without its links' numbers and the list of their
    addresses under it."""
    foot = _REFERENCES.search(text)
    if foot is None or len(_LINK_NUMBER.findall(text, 0, foot.start())) < 5:
        return None
    return _PICTURE.sub("Photo: ", _LINK_NUMBER.sub("", text[: foot.start()]))


# --- a member's post in a Facebook group, pasting a story ----------------------------------

# The post's stamp under its poster: "Kontributor teratas · 2 j · 🌐", "3 h · 🌐", "20 Agustus
# pukul 14.02 · 🌏", "August 20 at 2:02 PM · 🌏"
_GROUP_STAMP = re.compile(
    r".{0,40}·\s*\d+\s*(?:j|jam|m|mnt|h|hr|hari|d|w|mgg)\s*·\s*\S+"
    r"|[\w ]{3,30}\s(?:pukul|at)\s\d{1,2}[.:]\d{2}(?:\s?[AP]M)?\s*·\s*\S+"
)
# A group's line under its name: "Grup Publik · 48,2 rb anggota", "Public group · 12K members"
_GROUP_KIND = re.compile(
    r"^[ \t]*(?:Grup (?:Publik|Privat)|(?:Public|Private) group) ·", re.M | re.I
)
# A Reddit post's link under its title: "konde.co/2026/01/survei-prt ↗"
_LINKED = re.compile(r"(?:https?://)?[\w\-]+(?:\.[\w\-]+)+/\S*\s*↗")


def _pasted_in_post(text: str, anchor: re.Pattern[str]) -> str | None:
    """A post that pastes a story under a word of its poster's own (a member's in a Facebook
    group, under the post's stamp; a Reddit post's, under its link): the story, from its
    headline on, the site's bar and the post's head dropped."""
    blocks = text.split("\n\n")
    stamp = next(
        (
            n
            for n, block in enumerate(blocks[:12])
            if any(anchor.fullmatch(line.strip()) for line in block.split("\n"))
        ),
        None,
    )
    if stamp is None or stamp + 2 >= len(blocks):
        return None
    note = blocks[stamp + 1].strip()
    start = stamp + 2
    ruled = _RULE_LINE.fullmatch(blocks[start])  # the story set between rules
    start += bool(ruled)
    title = blocks[start].strip() if start < len(blocks) else ""
    if "\n" in title or title.endswith((".", "!", "?")) or len(title.split()) < 4:
        return None  # the post has no story's headline under the member's word
    story = blocks[start:]
    if ruled:
        # the rule under the story closes it: the reactions and comments follow
        story = "\n\n".join(story).split(f"\n{ruled.group().strip()}\n", 1)[0].split("\n\n")
    return "\n\n".join(story) if note else None


# --- a forum thread's opening post, quoting a story -------------------------------------

_QUOTE_OPENS = re.compile(r"^[ \t]*(?:Quote|Kutipan)\s*:[ \t]*$", re.MULTILINE)
# Where the quote ends: the post's source box, its buttons, the next post's number
_QUOTE_ENDS = re.compile(
    r"^[ \t]*(?:Spoiler for\b.*|#\d{1,4}|.*\bQuote\s+Balas\b.*|.*\bKirim Cendol\b.*)[ \t]*$",
    re.MULTILINE,
)


def _forum_quote(text: str) -> str | None:
    """A forum thread whose opening post quotes a story in full (Kaskus): the quote, from
    its headline to the post's source box and buttons."""
    opens = _QUOTE_OPENS.search(text, 0, 6000)
    if opens is None:
        return None
    ends = _QUOTE_ENDS.search(text, opens.end())
    if ends is None:
        return None  # no forum's post around it: an article's own "Quote:" box
    quoted = text[opens.end() : ends.start()]
    return quoted if len(quoted.split()) >= 30 else None


# --- an outlet's thread on X --------------------------------------------------------------

_HANDLE = re.compile(r"@\w{1,15}")
# The first post's time and views: "10.21 · 11 Des 2025 · 8.412 Tayangan", "10:21 AM · Dec 11,
# 2025 · 8,412 Views"
_THREAD_STAMP = re.compile(r"(?P<clock>\d{1,2}[.:]\d{2}(?:\s?[AP]M)?)\s·\s(?P<day>[^·]*\d{4})\b.*")
# A credit under the last post: "Liputan: …", "Reporter: …", "Penulis: …"
_THREAD_CREDIT = re.compile(
    r"(?:liputan|laporan|reporter|penulis|reporting|words)\s*:\s*\S.*", re.I
)


def _thread(text: str) -> str | None:
    """An outlet's numbered thread ("1/5 …" to "5/5 …") under its account and a title, read
    as the story's page: the account's name, the title, the first post's time, the credit
    under the last post, then the posts without their numbers, headers and counts."""
    lines = [line.strip() for line in text.split("\n")]
    first = next((n for n, line in enumerate(lines[:40]) if re.match(r"1/\d{1,2} ", line)), None)
    if first is None:
        return None
    total = lines[first].split(" ", 1)[0].split("/")[1]
    handle = next(
        (n for n in range(first - 1, 0, -1) if _HANDLE.fullmatch(lines[n]) and lines[n - 1]),
        None,
    )
    title = next((x for x in reversed(lines[(handle or first) + 1 : first]) if x), None)
    if handle is None or title is None or title.casefold() in ("ikuti", "follow"):
        return None  # a thread with no title: kabar has no headline to give it
    posts: list[str] = []
    stamp = credits = None
    n = first
    while n < len(lines) and len(posts) < int(total):
        number = f"{len(posts) + 1}/{total} "
        if not lines[n].startswith(number):
            n += 1
            continue
        post = [lines[n][len(number) :]]
        n += 1
        # the post runs to a blank line or X's "Tampilkan lebih banyak" / "Show more"
        while n < len(lines) and lines[n] and not lines[n].startswith(("Tampilkan", "Show more")):
            if _THREAD_CREDIT.fullmatch(lines[n]):
                credits = credits or lines[n]
            elif not lines[n].startswith(("Baca ", "Read ")):  # "Baca laporan lengkap: …"
                post.append(lines[n])
            n += 1
        posts.append(" ".join(post).removesuffix("🧵").strip())
        if stamp is None:
            stamp = next((m for x in lines[n : n + 3] if (m := _THREAD_STAMP.fullmatch(x))), None)
    if len(posts) < int(total) or stamp is None:
        return None
    credits = credits or next((x for x in lines[n : n + 4] if _THREAD_CREDIT.fullmatch(x)), None)
    top = [lines[handle - 1], title, f"{stamp['day']} {stamp['clock']}", credits or ""]
    return "\n\n".join(["\n".join(x for x in top if x), *posts])


# --- an outlet's caption on Instagram ----------------------------------------------------

# The account over the caption, with its tick: "goodnewsfromindonesia ✓"
_ACCOUNT = re.compile(r"(?P<account>[\w.]{3,30})(?: ✓)?")
_CAPTION_DAY = re.compile(r"\d{1,2} \w+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}")
# What ends a caption: its credits, the pointer to the link in its bio, its hashtags, its date
_CAPTION_END = re.compile(
    r"(?i:(?:teks|text|foto|photo|video|naskah|editor)\s*:.*|#\w.*"
    r"|(?:selengkapnya\s+di|link\s+in)\s+(?:link\s+)?bio\b.*)|" + _CAPTION_DAY.pattern
)


def _caption(text: str) -> Clip | None:
    """An outlet's caption on Instagram read as the story's page: the caption's title line,
    its date and its "Teks:" credit at the top, its paragraphs as the story; the account that
    posted it is the source."""
    lines = [line.strip() for line in text.split("\n")]
    # The caption opens where the account's name stands alone over the title (the same name
    # heads the post with "• Ikuti"/"• Follow" after it).
    at = next(
        (
            n
            for n in range(2, min(len(lines) - 1, 40))
            if (account := _ACCOUNT.fullmatch(lines[n]))
            and any(x.startswith(account["account"] + " ") for x in lines[1:n])
            and lines[n + 1]
        ),
        None,
    )
    if at is None:
        return None
    end = next((n for n in range(at + 2, len(lines)) if _CAPTION_END.fullmatch(lines[n])), None)
    if end is None:
        return None
    day = next((x for x in lines[end : end + 12] if _CAPTION_DAY.fullmatch(x)), None)
    credit = next(
        (
            x.split(":", 1)[1].strip()
            for x in lines[end : end + 4]
            if x.casefold().startswith(("teks:", "text:", "naskah:"))
        ),
        None,
    )
    top = [lines[at + 1], day or "", f"Penulis: {credit}" if credit else ""]
    story = "\n\n".join(["\n".join(x for x in top if x), "\n".join(lines[at + 2 : end])])
    return Clip(story, source=lines[at].removesuffix(" ✓"))


# --- an outlet's post on a social network --------------------------------------------------

# The time Facebook gives a post under the page's name: "20 November pukul 18.45 · 🌏",
# "November 20 at 6:45 PM ·"; the year only when it is not this one.
_POST_STAMP = re.compile(
    r"(?P<day>\d{1,2}) (?P<month>[A-Za-z]+)(?: (?P<year>\d{4}))? pukul (?P<clock>\d{1,2}[.:]\d{2})"
    r"|(?P<month_en>[A-Z][a-z]+) (?P<day_en>\d{1,2})(?:, (?P<year_en>\d{4}))? at "
    r"(?P<clock_en>\d{1,2}:\d{2}\s?[AP]M)"
)
# The link card under the post: the site's address in capitals, then the story's title.
_CARD_ADDRESS = re.compile(r"[A-Z0-9][A-Z0-9\-]*(?:\.[A-Z0-9\-]+)+")
# Where the post ends: its reactions' and comments' counts, its buttons.
_POST_END = re.compile(
    r"\S*\s*[\d.,]+\s*(?:rb|jt|K|M)?\s*$|\d[\d.,]*\s*(?:rb\s+)?(?:komentar|comments?)\b.*"
    r"|Suka\s+Komentari\s+Bagikan|Like\s+Comment\s+Share",
)
_URL_IN_POST = re.compile(r"/(20\d\d)/\d\d/")


def _social_post(text: str) -> str | None:
    """A page's post sharing its story (Facebook): the page's name, the post's time, its words
    and the card of the story it links, read as the story's page: the outlet, the card's
    title as the headline, the time (the year from the story's address), the post's words."""
    head = [line.strip() for line in text[:600].split("\n")[:6]]
    top = [n for n, line in enumerate(head) if line]
    stamp = next((m for n in top[1:3] if (m := _POST_STAMP.match(head[n]))), None)
    if stamp is None:
        return None  # most pages: no post's time under their first line
    lines = [line.strip() for line in text.split("\n")]
    at = lines.index(stamp.string)
    card = next(
        (n for n in range(at + 1, len(lines) - 1) if _CARD_ADDRESS.fullmatch(lines[n])), None
    )
    if card is None or not lines[card + 1]:
        return None
    end = next((n for n in range(at + 1, card) if _POST_END.fullmatch(lines[n])), card)
    words = [line for line in lines[at + 1 : end] if not line.startswith(("http://", "https://"))]
    while words and (not words[0] or words[0].upper() == words[0]):
        words.pop(0)  # the post's title in capitals: the card's title is the story's
    year = stamp["year"] or stamp["year_en"]
    if year is None:
        address = next((x for x in lines[at:card] if x.startswith("http")), "")
        found = _URL_IN_POST.search(address)
        year = found[1] if found else None
    if stamp["day"]:
        when = f"{stamp['day']} {stamp['month']} {year or ''} {stamp['clock']}"
    else:
        when = f"{stamp['month_en']} {stamp['day_en']}, {year or ''} {stamp['clock_en']}"
    top_lines = [lines[top[0]], lines[card + 1], " ".join(when.split())]
    return "\n\n".join([*top_lines, "\n".join(words)])


# --- an Org mode capture ----------------------------------------------------------------

# Emacs's Org mode note of a page (org-capture, org-eww): the heading with its tags, the
# drawer of the capture's properties, then the page with its links as [[address][words]]
_ORG_HEADING = re.compile(r"\A\s*\*+[ \t]+[^\n]*\n")
_ORG_DRAWER = re.compile(
    r"\s*:PROPERTIES:[ \t]*\n(?P<fields>(?:[ \t]*:[\w\-]+:[^\n]*\n)*?)[ \t]*:END:[ \t]*\n"
)
_ORG_URL = re.compile(r"^[ \t]*:URL:[ \t]*(?P<url>https?://\S+)", re.MULTILINE)
_ORG_LINK = re.compile(r"\[\[([^\[\]\n]+)\](?:\[([^\[\]\n]+)\])?\]")


def _org_capture(text: str) -> Clip | None:
    """The page an Org mode capture holds, under its heading and properties, its links'
    words as the page shows them; the address the capture names kept."""
    heading = _ORG_HEADING.match(text)
    drawer = _ORG_DRAWER.match(text, heading.end()) if heading else None
    if drawer is None:
        return None
    url = _ORG_URL.search(drawer["fields"])
    lines = text[drawer.end() :].split("\n")
    for n, line in enumerate(lines):
        links = _ORG_LINK.findall(line)
        if len(links) >= 3 and not _ORG_LINK.sub("", line).strip():
            # a menu's links on one line: its items apart, as the page shows them
            lines[n] = "   ".join(words or address for address, words in links)
    page = _ORG_LINK.sub(lambda m: m[2] or m[1], "\n".join(lines))
    return Clip(page, url=url["url"] if url else None)


# --- a clipper's Markdown -----------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.DOTALL)
# A line of a YAML block: "title: …", "  - clippings", or blank.
_YAML_LINE = re.compile(r"[ \t]*(?:$|[\w\-]+[ \t]*:|-[ \t]|#)")


def _front_matter(text: str) -> Clip | None:
    match = _FRONT_MATTER.match(text)
    if match is None or not all(_YAML_LINE.match(line) for line in match[1].splitlines()):
        return None  # a rule over the page, not a block of fields
    try:
        meta = yaml.safe_load(match[1])
    except yaml.YAMLError:
        meta = None
    if not isinstance(meta, dict):
        return Clip(text[match.end() :])  # fields kabar cannot read: dropped with their block
    title = meta.get("title")
    source = meta.get("source") or meta.get("url")
    page = text[match.end() :]
    if heading := _FIRST_HEADING.match(page):
        # "# Davao City council imposes …" first under the block: the page's own title, where
        # the block's is the note's name ("MindaNews - Davao River quarry moratorium"); a
        # block's title that is the heading and the site's name keeps the site's name
        if not str(title or "").casefold().startswith(heading["title"].casefold()):
            title = heading["title"]
        if not source and (named := _NOTE_SOURCE.search(page, heading.end(), 1500)):
            source = named["url"]  # HackMD's ":::info / Source: https://… / :::" under it
    return Clip(
        page,
        title=str(title).strip() or None if title else None,
        url=source if isinstance(source, str) and source.startswith("http") else None,
        published=_when(meta.get("published") or meta.get("date")),
    )


# The page's title heading as the first line under a front matter
_FIRST_HEADING = re.compile(r"\s*#[ \t]+(?P<title>\S.*?)[ \t#]*$", re.MULTILINE)


def _when(value: object) -> datetime | None:
    """The date a front matter gives: a day is read as its start in Jakarta, a time as
    written (the page's own stamp, to the minute, wins over a bare day)."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=WIB)
    if isinstance(value, date):
        return datetime.combine(value, time(), tzinfo=WIB)
    return None


_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]+)\]\((?:[^()\s]|\([^)\s]*\))*(?:\s+\"[^\"\n]*\")?\)")
_WIKI_LINK = re.compile(r"\[\[([^\]|\n]+)(?:\|([^\]\n]+))?\]\]")
_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+", re.MULTILINE)
_QUOTED = re.compile(r"^[ \t]*>[ \t]?", re.MULTILINE)
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_RULE = re.compile(r"^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$", re.MULTILINE)
# HackMD's and Docusaurus's boxes: ":::info" over a note and ":::" under it
_CONTAINER = re.compile(r"^[ \t]*:::[ \t]*(?:\w+[ \t]*)?$", re.MULTILINE)
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])")


# A note's first heading of the first level: the page's title, under the notes app's fields
# ("Notebook: …", "Tags: …", "Created: …") and over the page.
_TITLE_HEADING = re.compile(r"^#[ \t]+(?P<title>\S.*?)[ \t#]*$", re.MULTILINE)
_NOTE_SOURCE = re.compile(r"^[ \t]*(?i:source|url|sumber)[ \t]*:[ \t]*(?P<url>https?://\S+)", re.M)


# Three or more of a note's fields, one a line, opening the text
_NOTE_FIELD = (
    r"[ \t]*(?i:date|created|updated|modified|location|weather|tags|notebook|folder|source|url"
    r"|tanggal|lokasi|cuaca|label|dibuat|diperbarui|buku\s+catatan)[ \t]*:[ \t]*\S[^\n]*\n"
)
_NOTE_FIELDS = re.compile(rf"\A\s*(?:{_NOTE_FIELD}){{3,}}")


def _markdown_note(text: str) -> Clip:
    """A page saved as Markdown: under the title heading when a notes app's fields stand
    over it (their "Created:" is the clipping's day, not the story's), the address they
    name kept."""
    title = _TITLE_HEADING.search(text, 0, 1500)
    above = text[: title.start()] if title else ""
    if title is None or any(len(line.split()) > 25 for line in above.splitlines()):
        return Clip(_plain(text))  # no title, or the page's own text runs above it
    source = _NOTE_SOURCE.search(above)
    return Clip(
        _plain(text[title.end() :]),
        title=_plain(title["title"]).strip(),
        url=source["url"] if source else None,
    )


def _plain(markdown: str) -> str:
    """Markdown as the page reads: links' words, no pictures, no marks of headings, quotes
    or bold ("## Kenapa harus diverifikasi?", "> “Kami tidak …”")."""
    text = _IMAGE.sub("", markdown)
    text = _WIKI_LINK.sub(lambda m: m[2] or m[1], text)
    text = _LINK.sub(r"\1", text)
    text = _HEADING.sub("", text)
    text = _QUOTED.sub("", text)
    text = _RULE.sub("", text)
    text = _CONTAINER.sub("", text)
    text = _STRONG.sub(r"\2", text)
    return _ESCAPED.sub(r"\1", text)
