"""Every text kabar shows in English: replies, commands, digest labels, errors.

A new language is one more file like this one, with the same names and keys
(tests/bot/test_locales.py checks that every language has every key and placeholder).
"""

from __future__ import annotations

NAME = "English"

TEXTS: dict[str, str] = {
    "help_title": "<b>kabar commands</b>",
    "help_admin_title": "<b>Admin</b>",
    "welcome": "Hi, {name}! I'm <b>kabar</b>: every day at {time} ({zone}) I send you a digest of the news on the topics you follow.\n\nTry /topics to pick topics, /search to look something up, or /help for every command.",
    "resumed": "Welcome back! Your daily digest is on again, at {time} ({zone}).",
    "stopped": "Daily digests paused. Send /start any time to resume.",
    "not_registered": "You're not registered yet. Send /start first.",
    "language_set": "Language set to English.",
    "language_usage": "Choose a language: {choices}",
    "time_set": "Your digest will arrive every day at {time} ({zone}).",
    "time_usage": "Give a time as HH:MM, for example /time 06:30",
    "timezone_set": "Timezone set to {zone}. Your digest still arrives at {time}.",
    "timezone_usage": "Unknown timezone. Examples: /timezone Europe/Berlin, /timezone WIB, /timezone +07:00",
    "subscribe_usage": "Name a topic or keyword, for example /subscribe economy",
    "subscribed": "You now follow <b>{topic}</b>.",
    "already_subscribed": "You already follow <b>{topic}</b>.",
    "did_you_mean": "There's no topic <b>{topic}</b> yet. Did you mean one of these?",
    "keyword_anyway": "Follow “{topic}” anyway",
    "unsubscribed": "You no longer follow <b>{topic}</b>.",
    "not_subscribed": "You don't follow <b>{topic}</b>. See /mytopics.",
    "too_many_topics": "You already follow {limit}, the maximum. Drop one with /unsubscribe.",
    "mytopics": "<b>Topics you follow</b>",
    "mytopics_empty": "You don't follow any topics yet, so your digest has the top stories. See /topics.",
    "topics": "<b>Popular topics</b> — tap to follow:",
    "topics_empty": "No topics yet. They appear once the first stories are stored.",
    "search_usage": "Say what to look for, for example /search rice prices",
    "search_none": "No stories match <b>{query}</b>.",
    "search_header": "<b>{total}</b> {results} for <b>{query}</b> ({first}–{last}):",
    "search_expired": "These search results have expired. Search again with /search.",
    "next": "Next ›",
    "previous": "‹ Previous",
    "latest_empty": "No stories stored yet.",
    "latest_header": "<b>Latest stories</b>",
    "digest_empty": "Nothing new on your topics yet. Try again later or see /latest.",
    "not_admin": "Sorry, that command is for admins only.",
    "push_usage": "Send /push with the article text or a URL, or reply /push to a message or a .txt/.html document.",
    "push_duplicate": "Duplicate of #{id}: {reason}.",
    "push_rejected": "Rejected: {reason}",
    "push_stored": "Stored as #{id}.",
    "document_too_big": "The document is larger than 20 MB, too big to read.",
    "document_type": "Only .txt or .html documents can be read.",
    "delete_usage": "Give the article id: /delete 12",
    "deleted": "Article #{id} deleted.",
    "not_found": "There is no article #{id}.",
    "stats": "<b>Statistics</b>\nArticles: {articles}\nSubscribers: {subscribers} (active {active})\nDigests sent today: {sent_today}\nFailures: {failed}\nFeeds: {feeds}",
    "feeds_empty": "No feeds yet. Add one with /feed_add URL",
    "feeds_header": "<b>Feeds</b>",
    "feed_usage": "Give a feed URL: /feed_add https://…",
    "feed_added": "Feed #{id} added: {title}",
    "feed_exists": "That feed already exists as #{id}.",
    "feed_removed": "Feed #{id} removed.",
    "feed_not_found": "There is no feed #{id}.",
    "feed_remove_usage": "Give the feed id: /feed_remove 3",
    "feed_failing": "⚠️ Feed #{id} has failed for {hours} hours: {url}\n{error}",
    "feed_recovered": "✅ Feed #{id} works again: {url}",
    "error": "Sorry, something went wrong on our side. Please try again in a moment.",
    "unknown_command": "I don't know that command. See /help.",
    'preview_usage': "Send /preview on to lead your digest with the top story's picture, or /preview off.",
    'preview_on': "Your digest now leads with the top story's picture (when it has one).",
    'preview_off': 'Your digest now comes without pictures.',
}

# Why an input, a page or a feed was refused (digest/problems.py).
PROBLEMS: dict[str, str] = {
    "invalid_url": "That isn't a valid web address.",
    "scheme": "Only http and https links can be fetched.",
    "credentials": "Links with a user name or password in them can't be fetched.",
    "too_large": "The page is larger than {size}.",
    "slow_total": "The site took longer than {seconds} seconds to send the page.",
    "no_answer": "The site didn't answer within {seconds} seconds.",
    "no_connection": "kabar couldn't connect to the site.",
    "broken_connection": "The connection broke off before the page was complete.",
    "redirect_nowhere": "The site redirected without saying where to.",
    "too_many_redirects": "Too many redirects (more than {limit}).",
    "host_not_found": "kabar couldn't find the site {host}.",
    "private_address": "That address points to a private network, so kabar won't fetch it.",
    "site_answered": "The site answered {status_text}.",
    "not_a_page_type": "That link doesn't point to a web page (it is {mime}).",
    "not_a_page_file": "That link doesn't point to a web page (it looks like a file).",
    "unknown_encoding": "The site sent the page in an encoding kabar can't read ({encoding}).",
    "corrupt_compression": "The site sent a corrupted compressed page.",
    "binary_nul": "not text: the input contains NUL bytes (a binary file?)",
    "empty": "empty input: there is no text to read",
    "empty_html": "empty input: the HTML page has no readable text",
    "unprintable": "not text: the input is mostly unprintable bytes or symbols",
    "feed_document": "not an article: the input is an RSS or Atom feed",
    "xml_document": "not an article: the input is an XML document",
    "json_document": "not an article: the input is JSON data",
    "no_headline": "no headline: nothing in the text reads like a headline",
    "no_body": "no body paragraphs: only a headline and page furniture were found",
    "no_headline_paragraph": "no headline: the text starts straight with a paragraph",
    "unreadable": "kabar could not read it ({error})",
    "not_a_feed": "That is not an RSS or Atom feed.",
    "opml_doctype": "That OPML file declares a DOCTYPE, which kabar doesn't accept.",
    "not_opml_xml": "That is not an OPML file (it isn't well-formed XML).",
    "not_opml": "That is not an OPML file.",
    "feed_broken": "The feed isn't well-formed XML and kabar could read no articles from it.",
    "feed_scheme": "Only http and https links can be feeds.",
    "same_link": "same link as #{id}",
    "same_text": "same text as #{id}",
    "nearly_same_text": "nearly the same text as #{id}",
}

# The command menu and /help, in this order: (command, what it takes, what it does).
COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("digest", "", "my digest now"),
    ("search", "WORDS", "search the news"),
    ("latest", "", "latest stories"),
    ("topics", "", "popular topics"),
    ("subscribe", "TOPIC", "follow a topic or keyword"),
    ("unsubscribe", "TOPIC", "stop following a topic"),
    ("mytopics", "", "what you follow"),
    ("time", "HH:MM", "when your digest arrives"),
    ("timezone", "ZONE", "your timezone (e.g. Europe/Berlin, WIB, +07:00)"),
    ("language", "{languages}", "language"),
    ("preview", "on|off", "digests lead with the top story's picture"),
    ("stop", "", "pause daily digests"),
    ("help", "", "help"),
)

# Shown by /help to admins only, never in the menu.
ADMIN_COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("push", "", "store an article (text, URL, or reply to a message/document)"),
    ("delete", "ID", "delete an article"),
    ("stats", "", "statistics"),
    ("feeds", "", "list feeds"),
    ("feed_add", "URL", "add a feed"),
    ("feed_remove", "ID", "remove a feed"),
)

# Counted nouns, singular and plural ("1 result", "2 results").
NOUNS: dict[str, tuple[str, str]] = {
    "result": ("result", "results"),
    "article": ("article", "articles"),
    "topic": ("topic", "topics"),
    "item": ("item", "items"),
    "digest": ("digest", "digests"),
    "message": ("message", "messages"),
    "feed": ("feed", "feeds"),
}

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# Labels inside cards and digests.
LABELS: dict[str, str] = {
    "read": "Read more",
    "also": "Also reported by",
    "digest": "Your news digest for",
    "empty": "No new articles for your topics yet.",
}
