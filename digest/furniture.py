"""Recognise the page furniture around an article: captions, related links, bylines, prompts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from digest.alternation import ByFirstChar
from digest.apps import is_app
from digest.dateline import INFORMATION_DESKS, is_outlet
from digest.name_words import (
    BALINESE,
    COMMON,
    NOBLE_OPENERS,
    ORG_WORDS,
    ROOT_WORDS,
    TITLES,
    word_set,
)
from digest.names import common_noun, place_name
from digest.places import known_place

# Lines that are never part of an article, whatever comes around them.
_FURNITURE = re.compile(
    r"""^(?:
        advertisement\b.*|advertisment|iklan|ads?|sponsored|scroll\s+to\s+(?:continue|resume).*
      # an ad's slot marked in a draft or a print view: "[IKLAN — posisi in-article 1]"
      | \[\s*(?:iklan|advertisement|ads?)\b[^\]]{0,60}\]
      | (?:lanjut(?:kan)?\s+)?scroll(?:\s+ke\s+bawah)?.*|gulir\s+ke\s+bawah.*
      # a site's plea for members: "Caracas Chronicles is 100% reader-supported. Become a member."
      | (?-i:[A-Z]).{1,60}\s+is\s+(?:100\s?%\s+)?reader[-\s]supported\b.*
      # a blog's like button as copied before it loads, a gallery's link
      | like\s+loading\.*|(?:photo\s+gallery|galeri\s+foto)(?:\s*\(\d+\))?
      # a newsletter's pitch: "Berlangganan kabar industri dan otomotif Karawang setiap Jumat."
      | berlangganan\s+(?:kabar|berita|newsletter|buletin|rangkuman)\b.{0,100}
      # a weekly's pointer to another story in the issue: "Also in this issue: Sea rescue …"
      | also\s+in\s+this\s+issue\s*:.*
      # a related story's link in brackets between paragraphs: "[Related: Legislature's …]"
      | \[\s*(?:related|baca\s+juga|read\s+(?:more|also))\s*:.*\]
      # a document's page count, as a reader or an editor shows it: "Halaman 2 dari 3"
      | (?:halaman|page)\s+\d{1,3}\s+(?:dari|of)\s+\d{1,3}\b.{0,30}
      # a site's survey prompt under the story (Gannett's papers)
      | share\s+your\s+feedback\s+to\s+help\s+improve\b.*
      # a desk's link to its other stories: "MORE SPORT: Ballarat Miners confirm …" (ACM)
      | (?-i:MORE\s+[A-Z]{3,15}(?:\s+[A-Z]{3,15})?)\s*:\s+\S.{5,150}
      # a paper's colophon and its offer: "St Helena Independent is published every Friday in
      # Jamestown.", "Subscribe to The Norfolk Islander – home delivery and online editions …"
      | (?-i:(?:The\s+)?[A-Z][\w'’.&\-]*(?:\s+[A-Z][\w'’.&\-]*){0,4})\s+is\s+published
        \s+(?:every|each)\b.*
      | subscribe\s+to\s+(?:the\s+)?(?-i:[A-Z]).{2,110}
      # a form's fields and buttons, each in brackets: "[ Alamat email ]  [ Berlangganan ]"
      | (?:\[\s*[^\]\[]{1,30}\]\s*){1,4}
      # a search box's placeholder, and the account's buttons beside it: "Cari... Masuk | Daftar"
      | (?:cari|search|telusuri)(?:\s+\w+){0,2}\s*(?:\.{3}|…)(?:\s+\S.{0,40})?
      # a poll's box inside the story: its label and its buttons (its choices end the
      # story's text, parse._body); a video's player, as copied before it loads
      | polling|jajak\s+pendapat|poll
      | \[?(?:kirim\s+suara|vote)\]?(?:\s+(?:lihat\s+hasil|view\s+results))?|lihat\s+hasil
      | video\s+player\s+is\s+loading\.?|this\s+is\s+a\s+modal\s+window\.?|play\s+video
      | bagikan(?:\s+artikel(?:\s+ini)?)?|share(?:\s+this(?:\s+article|\s+story)?)?|komentar
      | comments?|bookmark|copy\s+link|salin\s+tautan|link\s+copied|tautan\s+disalin|tweet
      | email|print|sms|copy\s+(?:article|story|page)\s+link
      | cetak|facebook|twitter|whatsapp|telegram|line|linkedin|pinterest|x|reddit|bluesky
      | ikuti\s+(?:kami|berita).*|follow\s+us.*|dapatkan\s+(?:update|berita).*
      # a live blog's and a newsletter's prompts: "Save articles to read later and create your
      # own reading list.", "These are the latest updates:", "Get the biggest daily stories by
      # email", "You may occasionally receive promotional content from the Los Angeles Times."
      | save\s+articles\s+to\s+read\s+later\b.*|these\s+are\s+the\s+latest\s+updates\s*:?
      # "Stay up to date with the latest news, sport and entertainment from IOL.", "Kindly
      # share this story:" (Punch)
      | stay\s+up\s+to\s+date\s+with\s+the\s+latest\b.{0,120}|kindly\s+share\s+this\s+story\s*:?
      # Postmedia's ad break, The Canadian Press's line under its stories on partners' pages,
      # a business site's ticker label, Hong Kong Free Press's appeals
      | this\s+advertisement\s+has\s+not\s+loaded\s+yet\b.{0,80}
      | this\s+report\s+by\s+the\s+canadian\s+press\s+was\s+first\s+published\b.{0,40}
      | stocks?\s+in\s+this\s+(?:article|story)
      | (?:help\s+)?(?:support|safeguard)\s+press\s+freedom\b.{0,160}
      | catch\s+up\s+on\s+our\s+coverage\b.*
      | get\s+(?:the\s+)?(?:biggest|latest|top|best)\s+[\w ]{0,30}?(?:stories|news|headlines)
        \s+(?:by|via|in\s+your)\s+(?:e-?mail|inbox)\b.*
      | you\s+may\s+occasionally\s+receive\s+promotional\s+content\b.*
      # a sponsor's note and a wire's ban on copying: "This content was commissioned by
      # Nikkei's Global Business Bureau.", "No reproduction without permission."
      | this\s+content\s+was\s+(?:commissioned|produced|paid\s+for)\s+by\b.{0,120}
      | no\s+reproduction\s+without\s+permission\.?
      # a science site's notes on the story: "edited by Lena Marsh, reviewed by Robert
      # Kahale", "This article has been reviewed according to Science X's editorial process
      # …", "This document is subject to copyright. …" (Phys.org)
      | edited\s+by\s+(?-i:[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})
        (?:,\s+reviewed\s+by\s+(?-i:[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}))?
      | this\s+article\s+has\s+been\s+reviewed\s+according\s+to\b.*
      | this\s+document\s+is\s+subject\s+to\s+copyright\b.*
      # "If you like what you read, follow us on Facebook, Instagram, X and Telegram …"
      # (Mothership), "Kalau suka artikel ini, ikuti kami di …"
      | (?:if\s+you\s+(?:like|enjoyed?)\s+what\s+you\s+(?:read|see)|(?:kalau|jika)\s+suka
          \s+(?:artikel|berita)\s+ini),?\s+(?:follow\s+us|ikuti\s+kami)\b.{0,160}
      # "Follow Zagreb Herald on Facebook and Instagram …": the outlet's own accounts
      | follow\s+(?:[A-Z][\w.&\-]*\s+){1,4}on\s+(?:facebook|instagram|x|twitter|tiktok|youtube)\b.*
      # "Follow Lincolnshire Live" over its accounts' buttons (Reach)
      | follow\s+(?-i:[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,3})
      # "Topik terkait: #agritech #pendanaan": a topic line of hashtags
      | (?:topik|tag|tags|topics?)(?:\s+terkait)?\s*:?\s*\#.*
      # a row of tags of several words each: "#kopi pagar alam   #harga kopi" (Palpos)
      | \#\s?[^\s\#][^\#.!?]{0,40}?(?:\s\#\s?[^\s\#][^\#.!?]{0,40}?){2,}
      | (?:download|unduh)\s+(?:aplikasi|app).*|sign\s+up\s+(?:for|to).*|subscribe.*newsletter.*
      # a paper's call for tips: "Do you have a story for us? Contact the newsdesk."
      | (?:do\s+you\s+have|got)\s+a\s+story(?:\s+for\s+us)?\?.*
      | punya\s+(?:cerita|informasi|berita)\s+(?:untuk|buat)\s+kami\?.*
      # a newsletter box's button alone, and its pitch: "Sign up!", "Keep up to date with the
      # latest from the Oamaru Mail. Subscribe to our weekly newsletter."
      | sign\s+up(?:\s+(?:now|here|today))?\s*!?|keep\s+up\s+to\s+date\s+with\b.*\bsubscribe\b.*
      | (?:simak|tonton|saksikan|lihat)[!:]?\s+(?:juga|pula|selengkapnya|video|foto|galeri).*
      | disclaimer\s*:.*|penafian\s*:.*
      # a paper's offer of its print or e-edition under the story (Marshall Islands Journal)
      | (?:get|read|subscribe\s+to)\b.{0,60}\be-?(?:edition|paper)\b.*
      # an opinion page's note on its writer and its disclaimer ("*Penulis adalah dosen …",
      # "Tulisan ini merupakan opini pribadi penulis …", "The views expressed are …")
      | (?:\*\)?)?\s*penulis\s+(?:adalah|merupakan)\s+.*
      | (?:tulisan|artikel|opini)\s+ini\s+(?:merupakan|adalah)\s+(?:opini|pendapat|pandangan)\b.*
      | (?:isi\s+)?(?:tulisan|artikel)\s+ini\s+(?:sepenuhnya\s+)?(?:menjadi\s+)?
        tanggung\s+jawab\s+penulis.*
      | the\s+views\s+expressed\s+(?:in\s+this\s+(?:article|piece|column)\s+)?are\b.*
      # an outlet's word over a press release it prints whole, and the release's number and
      # contacts ("Redaksi X menerima siaran pers dari …", "Nomor: SP/214/XI/…", "Telp. …")
      | redaksi\s+.{2,40}?\s+menerima\s+(?:siaran|rilis)\s+pers\b.*
      | berikut\s+(?:isi|adalah)\s+(?:siaran|rilis)\s+pers\b.*
      | nomor\s*:\s*\S+/\S+.*|narahubung\s*:.*|(?:telp|tel|telepon)\.?\s*:?\s*\(?\+?\d.*
      | pictured\s*:.*  # the Daily Mail's captions
      | selengkapnya\s+(?:baca\s+)?di\b.{0,40}  # a post's pointer to its story
      # a live page's note on its order and clock
      | follow\s+(?:the\s+)?(?:latest\s+)?(?:updates|live\s+coverage)\s+below\b.*
      | all\s+times\s+(?:are|in)\s+(?-i:[A-Z]{3,5})\b.*
      # an Australian outlet's acknowledgement of country at the page's foot
      | (?:sbs|abc|we)\s+acknowledges?\s+the\s+traditional\s+(?:owners|custodians)\b.*
      # a wire story's note and a prompt under it (NDTV): "(Except for the headline, this
      # story has not been edited by NDTV staff …)", "Track Latest News Live on NDTV.com …"
      | \(?except\s+for\s+the\s+headline,\s+this\s+story\s+has\s+not\s+been\s+edited\b.*
      | track\s+latest\s+news\s+live\s+on\b.*
      # a video player's bar and its next clip: "▶ 00:00 / 02:48", "Putar  🔊  ⚙ 720p  ⛶ Layar
      # penuh", "Berikutnya: Warga Serbu … (01:57)"
      | [▶►]\s*\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?
      | (?:putar|play|pause|jeda)\b.{0,40}\b(?:layar\s+penuh|full\s*screen|\d{3,4}p)\b.*
      | (?:berikutnya|selanjutnya|up\s+next|next)\s*:.{3,150}\(\d{1,2}:\d{2}\)
      # a Muslim outlet's date bar: "Jakarta, 29 Jumadil Awal 1447 H"
      | (?:[a-z]+,\s*)?\d{1,2}\s+(?:muharram|safar|rabiul\s+(?:awal|akhir)|jumadil\s+(?:awal|akhir)
        |rajab|sya['’]?ban|ramadh?an|syawal|dzulqa['’]?dah|dzulhijjah)\s+1[34]\d\d\s*h\.?
      # a repost's note over the story: "This piece first appeared in Khaosod English. …"
      | this\s+(?:piece|story|article)\s+(?:first\s+)?(?:appeared|was\s+first\s+published)\s+in\b.*
      # a paywall's count and offer: "You've read 2 of 3 free articles this month.",
      # "Subscribe to Frontier for US$5.99 a month to get unlimited access …"
      | you['’]ve\s+read\s+\d+\s+of\s+\d+\s+free\s+(?:articles|stories)\b.*
      | anda\s+(?:telah|sudah)\s+membaca\s+\d+\s+dari\s+\d+\s+artikel\b.*
      | subscribe\s+to\s+.{2,40}\s+for\s+\S{0,4}\d.{0,80}
      # an interview's note under it: "This interview has been edited for length and clarity."
      | this\s+(?:interview|conversation|transcript|q&a)\s+has\s+been\s+(?:lightly\s+)?
        (?:edited|condensed)\b.*
      | wawancara\s+ini\s+(?:telah\s+)?(?:disunting|diringkas)\b.*
      # a desk's sign-off on a line of its own: "—KG, GMA Integrated News"
      | [—–]\s*[a-z]{2,4}(?:/[a-z]{2,4})*,\s+[a-z][\w .]{2,40}
      # an aggregator's pointer to the outlet's page (Kurio): "Baca artikel asli di SWA"
      | baca\s+artikel\s+(?:asli|lengkap(?:nya)?)\s+di\b.*
      # a newsletter's pitch: "Newsletter: Get the latest travel news … Sign up"
      | newsletter\s*:.*\bsign\s+up\b.*
      # a live page's sign-off: "That's where we'll leave our live coverage for today. …"
      | that['’]s\s+where\s+we['’]ll\s+(?:leave|end|wrap\s+up)\s+(?:our|the|this)\b.*
      # a printed page's jumps: "Bersambung ke hal 11", "Sambungan dari hal 1"
      | (?:bersambung\s+ke|sambungan\s+dari)\s+hal(?:aman|\.)?\s*\d+
      | continued\s+(?:on|from)\s+page\s+\d+
      # an e-edition's foot: "This article appeared in the Stratford Herald print edition of
      # …", "◀ Previous article  Next article ▶", "Berlangganan e-Paper NERACA mulai …"
      | this\s+article\s+appeared\s+in\s+the\s+.{2,60}\s+print\s+edition\b.*
      | [◀‹◂]?\s*(?:previous\s+article|artikel\s+sebelumnya)
        \s+(?:next\s+article|artikel\s+berikutnya)\b.*
      | (?:berlangganan|subscribe\s+to)\s+(?:the\s+)?.{0,40}e-?(?:paper|edition)\b.*
      # a live blog's entry: its link back to the blog, its badge, its share row
      | [←‹]?\s*(?:kembali\s+ke|back\s+to)\s+live\s+blog\b.*
      | 🔴?\s*live\s+·\s+[\w &]{2,30}
      | (?:bagikan\s+pembaruan\s+ini|share\s+this\s+(?:update|post))\s*:.*
      | (?:lihat\s+semua\s+pembaruan|see\s+all\s+updates)\s*→?
      # a ticker's label over the page: "BREAKING NEWS: Jalur Puncak ditutup sementara …", in
      # sentence case (not a headline so labelled: "BREAKING NEWS: Mantan Bupati Banyumas …")
      | breaking\s+news\s*:(?-i:(?=(?:.*?\s[a-z]){3})).*
      # when the page was saved in a reader app ("Saved Nov 8, 2025", Instapaper) or clipped
      # to a note ("Clipped Aug 28, 2032", HackMD)
      | (?:saved|disimpan|clipped|diklip)\s+(?:on\s+|pada\s+)?[\w ,]{3,20}\d{4}
      # a WordPress feed's note under its items: "The post <title> appeared first on <site>.",
      # "Artikel <title> pertama kali tampil di <site>."
      | (?:the\s+post|artikel|tulisan|pos)\s+(?-i:[A-Z0-9“"]).{3,250}?\s+(?:appeared\s+first
        |first\s+appeared|pertama\s+kali\s+(?:tampil|muncul)|muncul\s+pertama\s+kali)\s+
        (?:on|in|di)\s+(?-i:[A-Z])[^,]{1,60}?\.?
      # a browser's print header and footer, on every printed page: "<title> | <site>  9/24/32,
      # 8:03 AM" (Safari), "9/24/32, 8:03 AM  <title> | <site>" (Chrome), "<address>  Page 1
      # of 2", "<address>  1/3"
      | \S.*\s[|–-]\s\S.*?\s\d{1,2}/\d{1,2}/\d{2,4},\s*\d{1,2}[:.]\d{2}(?:\s*[ap]m)?
      | \d{1,2}/\d{1,2}/\d{2,4},\s*\d{1,2}[:.]\d{2}(?:\s*[ap]m)?\s+\S.*\s[|–-]\s\S.*
      | https?://\S+\s+(?:page\s+|halaman\s+)?\d{1,3}\s*(?:/|of|dari)\s*\d{1,3}
      # the writer's address under the story: "Renata Ostrowski: rostrowski@seattletimes.com;
      # on X: @renataost."
      # (The Seattle Times: "Priya Raman: 206-464-2031 or praman@seattletimes.com; Priya …",
      # her telephone first)
      | (?-i:[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){1,3}):\s*
        (?:\(?\d{3}\)?[-.\ ]\d{3}[-.]\d{4}\s+or\s+)?[\w.+\-]+@[\w\-]+\.[\w.\-]+.{0,100}
      # the site's licence under the story: "Creative Commons License: MindaNews stories
      # are licensed under …", "Karya ini dilisensikan di bawah Lisensi Creative Commons …"
      | creative\s+commons(?:\s+licen[cs]e)?\s*:.*
      | (?:this\s+(?:work|article|story|post|content)|(?:[\w.]+\s+){1,3}(?:stories|articles)
        )\s+(?:is|are)\s+licen[cs]ed\s+under\s+(?:a\s+|the\s+)?creative\s+commons\b[\w\-. ]*
        licen[cs]e\.?
      | (?:karya|artikel|konten|tulisan)\s+ini\s+dilisensikan\s+di\s+bawah\s+.{0,30}creative
        \s+commons\b.*
      # a page sent to a Kindle: "Dikirim ke Kindle pada 16 Okt 2029", "Source: stuff.co.nz ·
      # Sent to Kindle on Oct 25, 2029", its place in the document ("Location 18 of 164 •
      # 11%"), its foot ("Dikirim dari Send to Kindle", "End of document") and the citation
      # it copies with a passage ("Name. Title (Kindle Location 3-41). site. Kindle Edition.")
      | (?:(?:source|sumber)\s*:\s*\S+\s+·\s+)?(?:sent|dikirim)\s+(?:to|ke)\s+kindle\b.*
      | (?:dikirim\s+dari|sent\s+(?:from|with))\s+send\s+to\s+kindle
      | (?:location|lokasi)\s+\d+\s+(?:of|dari)\s+\d+(?:\s*[•·]\s*\d+\s*%)?
      | end\s+of\s+document|your\s+highlights\s+and\s+notes\s+will\s+appear\s+here
      | .{10,300}\(kindle\s+location\s+[\d\-–]+\)\..{0,60}kindle\s+edition\.?
      # A wire's note to editors: "(ATTN: ADDS analyst comments in paras 7-8)"
      | \((?:attn|eds?|editors?|note\s+to\s+editors)\s*:[^()]*\)
      | video\s+pilihan.*|\[\s*(?:gambas|video|foto|photo|baca|infografis)\b[^\]]*\]
      # "Bagikan artikel ini:  WhatsApp  Facebook", "Share this:   Facebook   X   Email"
      | (?:share|bagikan|sebarkan)(?:\s+(?:artikel|berita|ini|this|article|story|post))*
        (?:\s+(?:ke|to|on|via))?\s*:.*
      | salin\s+link|copy\s+url|link\s+disalin
      # "Share on Twitter", "Share via email", "Bagikan ke WhatsApp": one button each
      | (?:share|bagikan)\s+(?:on|via|to|ke|lewat)\s+[\w.+\-]+(?:\s+[\w.+\-]+)?
      | (?:(?:facebook|twitter|whatsapp|telegram|line|linkedin|pinterest|x|e-?mail|threads|reddit
          |instagram|tiktok|copy\s+link|salin\s+link|salin\s+tautan)\s*[|,/•·]?\s*){2,}
      | (?:berita\s*terbaru\s*)?(?:index|indeks)(?:\s+berita)?\s*»?
      | (?:jangan\s+lupa\s+|yuk\s+)?
        (?:ikuti|follow|gabung|join|download|unduh|install|dapatkan|get|klik|click|cek|sign\s+up
          |simak
          |subscribe|daftar|berlangganan|langganan)\b.*(?:google\s+news|whatsapp|telegram|aplikasi
          |instagram|tiktok|youtube
          |\bapp\b|play\s+store|app\s+store|inbox|kotak\s+masuk|newsletter|buletin|notifikasi
          |notifications
          |t\.me/).*
      | (?:klik|click)\s+(?:di\s*sini|here|link\s+ini).*
      | (?:home|beranda|index|news|berita)\s*[>»›/|]\s*\w.*
      | konten\s+lainnya\s+dari\s+.{2,40}|baca\s+selengkapnya\s+di\s+.{2,40}
      | (?:waktu\s+baca|lama\s+baca|estimasi\s+baca|(?:estimated\s+)?reading\s+time)\s*:?\s*\d+.*
      | masa\s+membaca\s*:?\s*\d+\s+minit  # Malay: "Masa membaca: 3 minit" (Sinar Harian)
      # a newsletter post's bars and its writer's asides (Substack): the audio offer, the
      # call to subscribe inside the story, a greeting, a promise of more, the signature
      | [∙·•]?\s*paid\s+subscribers\s+get\b.*
      | thanks\s+for\s+reading\s+.{2,60}?[!.]\s*(?:subscribe|share)\b.*
      | (?:hi|hello|hey)\s+(?:all|everyone|friends|folks|there)\s*[,!].*
      | i['’]ll\s+keep\s+(?:following|you\s+posted|watching)\b.*|[—–]\s*\w+(?:\s+\w+)?
      # a post's call for comments: "Bagaimana menurut kalian? Tulis di kolom komentar ya!"
      | bagaimana\s+menurut\s+(?:kalian|kamu|anda|sobat|kawan)\b.*
      | (?:what\s+do\s+you\s+think|thoughts)\?.{0,80}\bcomments?\b.*
      # a search box's prompt, a government site's bar, a share bar in brackets, a channel's
      # call ("Stay up-to-date by following Daily Express's Telegram channel.")
      | search\s+(?:products?|brands?|articles?|news|stories)\b.{0,40}
      | republic\s+of\s+the\s+philippines|gov\.ph
      | (?:\[[^\[\]\n]{1,15}\]\s*){3,}  # "[Facebook] [X] [Kakao] [Link] [Print] [Font size]"
      | stay\s+up-to-date\s+by\s+following\b.{0,80}\b(?:telegram|whatsapp|channel)\b.*
      # a comment box's rules: "Support your local community by engaging with Japan Today's
      # commenting rules."
      | (?:support|read|please\s+read)\b.{0,80}\bcommenting\s+(?:rules|guidelines|policy)\b.*
      # a grant's note under the story: "Liputan ini didukung oleh Dana Liputan …"
      | (?:liputan|artikel|tulisan|laporan)\s+ini\s+(?:didukung|dibiayai|terbit\s+atas\s+dukungan)
        \b.*
      | this\s+(?:story|article|report(?:ing)?)\s+was\s+(?:supported|funded|made\s+possible)\b.*
      # a site's languages ("RO | RU | EN"), a writer's note to readers ("Note from the
      # author: Hi, this is …", "Thank you for reading."), how to reach the writer
      | (?-i:[A-Z]{2})(?:\s*[|/·]\s*(?-i:[A-Z]{2})){1,5}
      | note\s+from\s+the\s+(?:author|editor|writer)\s*:.*|thank\s+you\s+for\s+reading\b.*
      | (?:e-?mail|contact|reach)\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}\s+at\s+\S+@\S+
      # "The Local Democracy Reporting Service is funded by the BBC and used by …", "… is a
      # partnership between the BBC and regional news publishers."
      | (?:the\s+)?local\s+democracy\s+reporting\s+service\s+is\s+(?:a\s+)?(?:bbc-)?(?:funded
          |partnership|scheme)\b.{0,160}
      # Canada's Local Journalism Initiative under its reporters' stories: "Tessa Bourassa is
      # a Local Journalism Initiative reporter."
      | (?-i:[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){0,3})\s+is\s+an?\s+local\s+journalism
        \s+initiative\s+reporter\b.{0,120}
      # a plea to subscribe: "Local news matters. Support the Port Lincoln Times by subscribing."
      | (?:local\s+(?:news|journalism)\s+matters\.\s+)?support\s+(?:the\s+)?
        (?-i:[A-Z])[\w.'’&\- ]{2,50}\s+by\s+
        (?:subscribing|becoming\s+a\s+(?:subscriber|member)|donating)\b.{0,80}
      | local\s+(?:news|journalism)\s+matters[.!]?\s*$
      # a blog's comment form under the story (WordPress): "Leave a Reply", "Cancel reply",
      # "Save my name, email, and website in this browser for the next time I comment.",
      # "Post Comment", in both languages
      | (?:leave\s+a\s+reply|cancel\s+reply|post\s+comment|submit\s+comment
          |tinggalkan\s+(?:balasan|komentar)|batalkan\s+balasan|kirim\s+komentar)\W{0,3}
      | (?:save\s+my\s+name,\s+email,?\s+and\s+website\s+in\s+this\s+browser
          |simpan\s+nama,\s+email,?\s+dan\s+situs\s+web\s+saya\s+pada\s+peramban\s+ini
        )\b.{0,80}
      # News Corp's prompt to follow a section; a newsletter box's offer and its error; a
      # metered paywall's count; a plea under the story
      | don[’']t\s+miss\s+out\s+on\s+the\s+headlines\s+from\s+.{2,60}
      | want\s+to\s+stay\s+updated\?\s+subscribe\b.{0,80}
      | there\s+was\s+a\s+problem\s+subscribing\s+you\b.{0,150}
      | you\s+have\s+(?:\d+|one|two|three)\s+free\s+(?:articles?|stories)\s+(?:remaining|left)
        \b.{0,100}
      | your\s+subscription\s+makes\s+(?:stories|journalism|reporting)\s+like\s+this\s+possible\.?
      # a newsletter box's error and button (National World's papers; its long offer, "Did you
      # know with a Digital Subscription …", is _PROMO's): "Sorry, there seem to be some
      # issues. Please try again later.", "Submitting..."
      | sorry,\s+there\s+seem(?:s)?\s+to\s+be\s+(?:some|an?)\s+(?:issues?|problem|error)\b.{0,60}
      | submitting\s*(?:\.{3}|…)
      # a site's line under its stories: "Get Current Updates on India News, Weather Today,
      # Latest News at Hindustan Times."
      | get\s+(?:current|latest)\s+updates\s+on\s+.{3,120}\s+at\s+(?-i:[A-Z]).{2,40}
      # a small outlet's plea to its readers: "Kami adalah media independen. … Jadilah bagian
      # dari komunitas Floresa."
      | kami\s+(?:adalah\s+)?media\s+independen[.!]\s.{0,200}
      | jadilah\s+bagian\s+dari\s+(?:komunitas|keluarga)\s+[^,]{2,60}
      # a newsletter box's answer and its promise: "Thank you for signing up!", "We care about
      # the protection of your data. Read our Privacy Policy."
      | (?:thank\s+you|thanks)\s+for\s+(?:signing\s+up|subscribing)[.!]?
      | terima\s+kasih\s+(?:telah|sudah)\s+(?:mendaftar|berlangganan)[.!]?
      | we\s+care\s+about\s+(?:the\s+protection\s+of\s+)?your\s+(?:data|privacy)\b.{0,60}
      # its consent box (BLOX): "* I understand and agree that registration on or use of this
      # site constitutes agreement to its user agreement and privacy policy."
      | \*?\s*i\s+understand\s+and\s+agree\s+that\s+registration\b.{0,160}
      # "You have been successfully subscribed!"
      | you(?:['’]ve|\s+have)\s+(?:been\s+)?successfully\s+(?:subscribed|signed\s+up)\b.{0,60}
      # the writer's contacts under the story: "Makana Perreira, staff writer, can be reached
      # at 245-0424 or mperreira@thegardenisland.com."
      | (?-i:[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){0,3}),?(?:\s+[\w\- ]{3,30},)?\s+can\s+be
        \s+reached\s+at\s+.{0,30}(?:@|\d{3}[\-. ]\d{4}).{0,80}
      # a paywall's plea: "Become a subscriber to read Shetland Times content online and in print."
      | become\s+a\s+(?:subscriber|member)\s+to\s+(?:read|get|enjoy)\b.{0,100}
      # a chat's box to answer a thread: "Reply to thread…", "Balas di utas…"
      | (?:reply\s+(?:to|in)\s+thread|balas\s+(?:di\s+)?utas)\W{0,3}
      # a comment box's prompt: "Want to join the conversation? Please sign in or register to
      # comment on this article.", "Sign in to comment."
      | (?:want\s+to\s+join\s+the\s+(?:conversation|discussion)\?
          |(?:to\s+)?join\s+the\s+conversation\b(?=.{0,60}\b(?:log\s+in|sign\s+in|register|subscribe|comment)))
        .{0,120}
      | join\s+the\s+(?:conversation|discussion)[.!]?\s*$
      # a newsletter's offer: "Get local news and sports headlines every morning.", "Receive the
      # latest updates from Vulcan Post straight to your inbox."
      | (?:get|receive)\s+(?:the\s+)?(?:latest\s+|local\s+|top\s+)?
        (?:news|updates|headlines|stories)\b.{0,60}?\b(?:every\s+(?:morning|day|week|evening)|straight\s+to\s+your\s+inbox
          |in\s+your\s+inbox|delivered\s+daily)\b.{0,40}
      # a syndicated story's note of its first title (News Corp Australia's papers)
      | originally\s+published\s+as\s+.{5,200}
      # a paywall's offer over the story: "Subscribe for full access"
      | subscribe\s+(?:now\s+)?(?:for|to\s+get)\s+(?:full|unlimited)\s+(?:digital\s+)?access
        \b.{0,80}
      | (?:please\s+)?(?:sign\s+in|log\s+in|register)\s+(?:or\s+register\s+)?to\s+comment\b.{0,80}
      # an app's actions under what it shows ("Kirim masukan · Laporkan konten"), a chat's
      # box to type in ("Ketik pesan… 😊 📎 🎤"), a Markdown note's link references ("[3]: …")
      | (?:kirim\s+masukan|laporkan\s+(?:konten|artikel|berita)|send\s+feedback
          |report\s+(?:this\s+)?(?:content|article|story))\b.{0,60}
      | (?:ketik|tulis)\s+(?:pesan|balasan)\b.{0,30}|(?:type|write)\s+a\s+(?:message|reply)\b.{0,30}
      | \[\d{1,3}\]:\s*\S+.{0,80}
      # News24's links inside the story: "READ | Karoo farmers and radio quiet zone: …"
      | (?:read|also\s+read|watch|listen)\s+\|\s+.{3,150}
      # a note that the story changed since it ran: "This story was updated to include …",
      # "Artikel ini telah diperbarui dengan tambahan keterangan dari …"
      | this\s+(?:story|article|report)\s+(?:was|has\s+been)\s+updated\b.{0,200}
      | (?:artikel|berita|tulisan)\s+ini\s+(?:telah\s+)?(?:diperbarui|diperbaharui)\b.{0,200}
      # a call for tips: "Punya informasi soal …? Kirim ke redaksi@…", "Have a tip? Email …"
      | (?:punya|ada)\s+(?:informasi|info|cerita|data|dokumen)\b[^?]{0,160}\?\s*
        (?:kirim(?:kan)?|hubungi|email|surel)\b.*
      | (?:have|got)\s+a\s+(?:news\s+)?tip\b.*
      # a screenshot read by OCR: the phone's status bar, the chat's "forwarded" label, the
      # scanner's notes ("14.52 ⏰ 🔇 Vo LTE 4G+ .ıll 78%", "[Teks hasil pindai dari gambar]")
      | \d{1,2}[.:]\d{2}\s(?=.*\b(?:lte|volte|vo|[345]g\+?|h\+|wi-?fi)\b).{0,60}\d{1,3}\s?%
      | (?:←\s*)?(?:diteruskan(?:\s+berkali-kali)?|forwarded(?:\s+many\s+times)?)
      | \[\s*(?:teks|text)\s+(?:hasil|terdeteksi|detected|scanned|extracted)\b[^\]]*\]
      # a radio's live button, a read-aloud player's voice
      | [🔴●◉]?\s*live(?:\s+(?:now|streaming))?\s+(?:dengarkan|listen|watch|tonton|saksikan)\b.*
      | [🔴●◉]\s*live|dengarkan\s+(?:radio|siaran)\b.*|listen\s+live\b.*
      | (?:dibacakan|disuarakan)\s+oleh\s*:.*|(?:read|narrated|voiced)\s+by\s*:.*
      # a read-aloud player: its buttons, its length, its transcript's bar and time marks
      | [▶►⏵⏯]\s*(?:play|putar|dengarkan|listen)\b.*|(?:play|putar)\s*[⏸⏯⏮⏭⏹].*
      # "[ ▶ ]  Dengarkan berita ini  0:00 / 3:12", "Listen to this article 4:05"
      | (?:\[\s*[▶►⏵⏯]\s*\]\s*)?(?:dengarkan|listen\s+to)\s+(?:berita|artikel|this
          \s+(?:article|story))(?:\s+ini)?\b.{0,30}
      | (?:estimated\s+)?(?:length|duration|durasi)\s*:?\s*\d{1,2}:\d{2}
      | transcript\s*[·•|].*|[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])]
      | audio\s+for\s+this\s+(?:article|story)\s+is\b.*
      | (?:this\s+)?(?:transcript|audio)\s+(?:was|is|has\s+been)\s+(?:generated|produced|created)
        \s+(?:automatically|by\s+(?:ai|a\s+computer|an?\s+\w+\s+voice))\b.*
      | \d+\s+(?:min(?:ute)?s?|menit)\s+(?:read|baca(?:an)?)
      | \d+\s*[–-]\s*\d+\s+(?:minutes|menit)  # a reader view's "4–5 minutes"
      # a newsletter's foot, Rappler's mood meter and "WATCH:" links
      | (?:kamu|anda)\s+menerima\s+email\s+ini\b.*|berhenti\s+berlangganan\b.*
      | you\s+(?:are\s+)?receiv(?:e|ed|ing)\s+this\s+(?:email|newsletter)\b.*|unsubscribe\b.*
      | dukung\s+jurnalisme\b.*|how\s+does\s+this\s+make\s+you\s+feel\?|watch\s*:.*
      # MSN's wrapper: "Lewati ke konten", "Cari di web", "Ikuti", "• 3 mnt membaca", and in
      # English "Skip to content", "Search the web", "Follow"
      | lewati\s+ke\s+konten|cari\s+di\s+web|ikuti|[•·]?\s*\d+\s+mnt\s+membaca
      # the same chrome in Malay: "Langkau ke kandungan utama", "Log Masuk", "Kongsi artikel ini"
      | langkau\s+ke\s+kandungan(?:\s+utama)?|log\s+masuk|kongsi(?:\s+artikel\s+ini)?
      | search\s+the\s+web|write|published\s+in\s+.{2,60}\s+·\s+follow
      # "Baca Ini Juga Deh:" (KapanLagi)
      | baca(?:_|\s+)?(?:(?:ini\s+)?juga|pula|selengkapnya|berita\s+lain(?:nya)?)\b.*|baca:.*
      | baca\s+lagi\s*:.*  # Malay's "BACA LAGI: …" (Sinar Harian)
      | baca\s+artikel\s+selengkapnya\b.*
      | read\s+(?:more|also|next|the\s+full).*|related\s*:.*|see\s+also\s*:.*|also\s+read.*
      # News Corp's link to a related story: "MORE: Ross River Dam levels climb …"; "Also in
      # this section: …" (The Shetland Times), "More from The Colorado Sun: …"
      | (?-i:MORE):\s.*|also\s+in\s+this\s+section\s*:.*|more\s+from\s+[^:]{2,40}:\s.*
      | (?:©|\(c\)|copyright|hak\s+cipta).*|all\s+rights\s+reserved.*
      | halaman\s*:?[\s\d,]*|page\s+\d+(?:\s+of\s+\d+)?|selanjutnya|next|sebelumnya|previous
      # a blog's links to its neighbours: "Read Previous", "Previous Post", "Artikel Sebelumnya"
      | (?:read\s+)?previous(?:\s+(?:post|article|story))?|next\s+post
      | (?:artikel|berita|post|tulisan)\s+(?:sebelumnya|berikutnya)
      | (?:editor|penyunting|redaktur|red|fotografer|photographer|sumber|humas)\s*:.*
      # a timeline box's entry beside the story: "• 10.40 WIB – Puluhan siswa mengeluh …"
      | [•·]\s*\d{1,2}[.:]\d{2}\s*(?:wib|wita|wit)?\s*[–—-]\s.*
      | (?:tags?|topik|topics?|kata\s+kunci|keywords?|more\s+on)\s*:.*|rekomendasi|recommended.*
      | (?:berita|artikel)\s+(?:terkait|berkaitan|lainnya|terpopuler|pilihan|populer|terbaru).*
      | terpopuler|populer|terkini|most\s+(?:read|popular).*|trending.*|headline|paling\s+popular
      | home|beranda|menu|login|masuk|daftar|register|cari|search|close|tutup|loading.*
      # one account button for both: "Sign in / up" (The Register), "Sign in/Register"
      | (?:sign|log)\s*in\s*/\s*(?:up|register|sign\s*up)
      # a menu's opener, the print replica's link and the weather beside them (Tribune's)
      | all\s+sections|semua\s+(?:kanal|rubrik)|today['’]s\s+(?:e-?edition|paper)
      | (?:(?:ber)?langganan\s+|subscribe\s+(?:to\s+)?)?e-?paper|(?:ber)?langganan
      | text\s+ad\s*:.*  # "TEXT AD: Advertise your business on PREMIUM TIMES – Click here"
      | terverifikasi|verified|url\s+telah\s+disalin|save|simpan
      | \d+\s+(?:komentar|comments?|shares?|views?|dibaca)|dibaca\s+\d+.*
      | only\s+have\s+a\s+minute\?\s*listen\s+instead.*  # McClatchy's audio player
      # a match's score box over the story: "Skor per kuarter: 18-16, 20-22, …" (Mainbasket)
      | (?:skor|score)\s+(?:per|by)\s+(?:kuarter|quarter|babak|set|half|inning)\s*:\s*[\d\s,\-–]+
      # a gallery's title inside the story (the USA Today network): "Photos: Candidates take …"
      | photos\s*:\s+.{3,120}|gallery\s*:\s*\d+\s+photos
      # a comment box's welcome (Nunatsiaq News), a broadcaster's call to watch (Channel 4), a
      # correction under the story, a live page's notes, a site's terms at its foot (the AJC)
      | (?-i:[A-Z]).{1,40}\s+welcomes\s+comments\s+that\b.{0,120}
      | watch\s+.{2,40}?\s+(?:weeknights|weekdays|nightly|every\s+\w+)\s+at\s+\d.{0,20}?
        \s+on\s+(?-i:[A-Z]).{0,60}
      | an?\s+(?:previous|earlier)\s+version\s+of\s+this\s+(?:story|article|report)\s+
        (?:misstated|misspelled|misidentified|incorrectly|wrongly|gave|said|stated|reported)\b.{0,120}
      | this\s+is\s+a\s+(?:developing|breaking)\s+(?:news\s+)?story\b.{0,80}
      | here\s+are\s+the\s+latest\s+updates\s*:?
      | by\s+using\s+this\s+(?:web)?site,?\s+you\s+(?:accept|agree)\b.{0,160}
      # when the page last changed, by its age: "Article was updated 3 hrs ago" (Toronto Star)
      | article\s+was\s+updated\s+\d{1,2}\s+(?:mins?|hrs?|hours?|minutes?|days?)\s+ago
      # a comment box's disclaimer (Vanguard)
      | comments\s+expressed\s+here\s+do\s+not\s+reflect\b.{0,120}
      | listen\s+to\s+this\s+article.*|(?:teks\s+podcast\s*·\s*)?dengarkan\s+(?:artikel|berita).*
      | dengar\s+artikel\s+ini|ringkasan\s+artikel\s+dijana\s+ai  # Malay: listen; an AI summary
      # a link alone on its line (a print view's address, a chat's "Baca selengkapnya" link)
      | (?:https?://|www\.)\S+
      # audio players, reading times, share menus, print-edition notes, paywalls, newsletters
      | (?:new\s*)?you\s+can\s+now\s+listen\s+to\b.*|listen\s+to\s+more\s+stories\b.*
      | \d+\s+mins?\s+to\s+read|close\s+extra\s+sharing\s+options|copy\s+link\s+url\s+copied!?
      | appeared\s+in\s+the\s+.{0,40}\bprint\s+edition\b.*|go\s+deeper\s*:.*
      | support\s+(?:local|independent|quality|our)\s+journalism\b.*|advertise\s+with\s+[\w.]+\.?
      | log\s+in,?\s+(?:register|or\s+subscribe|to\s+save)\b.*|already\s+a\s+subscriber\?.*
      | \*?\s*all\s+fields\s+(?:are\s+required|must\s+be\s+completed)\b.*
      | get\s+full\s+access\s+to\b.*|listening\s+to\s+articles\s+is\s+free\b.*
      | (?:very\s+)?(?:small|medium|large)\s+text\s+size|media\s+kit\b.*
      | a\s?[+-]\s*a\s?[+-]  # the text size buttons: "A+ A-"
      | search\s+[\w.]+(?:\s+[\w.]+)?\s*(?:\.\.\.|…)  # a search box's prompt: "Search CNN..."
      # a translated story's credits: "Translated by Samnang Keo. Edited by Gareth Lowell."
      | translated\s+by\s+[^.]{3,60}\.(?:\s+edited\s+by\s+[^.]{3,80}\.)?
      | like\s+this\s+content\?.*
      # cookie banners' buttons, English sites' prompts and reading times
      | accept(?:\s+all)?|reject(?:\s+all)?|customi[sz]e|short\s+url
      | your\s+support\s+helps\b.*|gift\s+this\s+article(?:\s+free)?
      | need\s+help\?\s+reach\s+us\s+here\.?|read\s+time\s*:\s*\d+\s+min(?:ute)?s?
      | catch\s+your\s+daily\s+dose\s+of\b.*|mci\s+\(p\)\s+\d.*
      | republish\s+(?:our|this)\s+articles?\b.*|feedback\s*:.*|banner\s+image\s*:.*
      | see\s+related\s+from\s+this\s+reporter\s*:?
      | \(?[a-z]{2,4}(?:/[a-z]{2,4})+\)?
      | \((?:red|ant|\*+)\)|[-–—•·●*|/]+
      # English sites: navigation, interface text, prompts, newsletters, wire sign-offs
      | skip\s+to\s+(?:main\s+)?(?:content|navigation)|accessibility\s+links
      # a reader's account menu and the site's accessibility link, over the masthead
      | accessibility(?:\s+statement)?|dashboard|logout|my\s+(?:account|profile)|profile
      | saved\s+(?:items|articles)
      | (?:accessibility\s+help|skip\s+to\b|skip\s+next\s+section).*
      # a site's logo, cookie and browser notices, account prompts
      | accept\s+(?:all|cookies)|manage\s+cookies
      # a newsletter's thanks once the reader signs up; a nonprofit's pitch; a broadcaster's
      # podcast ("Want a quick and expert briefing …? Listen to our latest podcasts …")
      | (?:thank\s+you[.!]?\s+)?please\s+check\s+your\s+(?:inbox|email)\s+to\s+confirm\b.{0,40}
      | did\s+you\s+know\s+.{2,40}\s+is\s+a\s+non-?profit\b.*
      | .{0,120}\?\s+listen\s+to\s+our\s+(?:latest\s+)?podcasts?\b.*
      # a consent dialog's heading over the page: "This site uses cookies", "Cookies on
      # Chemistry World"
      | cookies\s+on\s+(?:the\s+)?[\w.&'’\- ]{2,40}
      | (?:we\s+care\s+about\s+)?your\s+privacy(?:\s+choices)?|manage\s+preferences
      | show\s+purposes|i\s+accept|cookie\s+settings
      # a live blog's note over its entries: "Follow all the action and reaction below from
      # our live blog."
      | (?:follow|ikuti)\s.{0,60}\b(?:live\s+(?:blog|coverage|updates)|liputan\s+langsung)\b.{0,30}
      # when a feed reader fetched the story, under when it was published (feedly)
      | received\s*:\s*\w{3},?\s+\d{1,2}\s+\w{3}\s+\d{4}\b.*
      # a related story's link inside the story: "READ THIS: New cross-border bus route …"
      | read\s+this\s*:.*
      # New Zealand's note on its Local Democracy Reporting, and a comment box's note
      | ldr\s+is\s+local\s+(?:body\s+)?journalism\b.*
      | conversations\s+are\s+opinions\s+of\s+our\s+readers\b.*
      # a ticker of the latest headlines under the masthead: "TERKINI: Jalan … •  Harga … •"
      | (?:terkini|breaking|trending|terpopuler|latest)\s*:\s.{5,}•.*
      # a desk's note on its sources under the story: "(With a report from PNA)/PN"
      | \(with\s+(?:a\s+)?reports?\s+from\s+[^)]{2,40}\)(?:\s*/\s*[a-z]{1,4})?
      # a paywall's offer inside the story: "Subscribe now for just $1 for 6 months."
      | subscribe\s+(?:now|today)\b.{0,80}
      | ie\s*11\s+is\s+not\s+supported\b.*|create\s+your\s+free\s+profile\b.*
      | hello!?\s+you'?re\s+almost\s+done\.?|our\s+network
      | please\s+check\s+your\s+(?:e-?mail|inbox)\s+to\s+(?:complete|confirm|verify)\b.*
      | share\s*&\s*save\b.*
      | this\s+was\s+published\s+.{1,30}\s+ago
      # a newsletter's sign-up box over the story (Reach): "We have more newsletters"; a
      # read-aloud player's notice where the browser plays none (National World)
      | we\s+have\s+more\s+newsletters|your\s+browser\s+does\s+not\s+support\s+the\s+audio
        (?:\s+element)?\.?
      # an AI summary's note over its points (NDTV, Rappler)
      | summary\s+is\s+ai[\s-]generated\b.{0,60}
      | this\s+is\s+ai[\s-]generated\s+summari[sz]ation\b.{0,120}
      # newsletters' pitches under the story (News24) and their thanks
      | want\s+to\s+be\s+in\s+the\s+know\?.{0,100}|you['’]re\s+all\s+signed\s+up!?
      | this\s+article\s+is\s+more\s+than\s+\d+\s+(?:years?|months?|weeks?|days?)\s+old
      | show\s+more|search\s+jobs|print\s+subscriptions|why\s+you\s+can\s+trust\s+\w+|sections
      | open\s+this\s+photo\s+in\s+gallery\s*:?|story\s+continues\s+below\.?
      | subscribe\s+to\s+[\w.\-]+\s+today\.?
      | your\s+(?:morning|evening|daily|weekly)\s+(?:summary|digest|briefing)\s+of\b.{2,60}
      | \+\s*follow|click\s+here\s+to\s+share\s+on\s+social\s+media|share\d*|skip\s+links
      | (?:uk|us|eur|europe|international|australia|asia)\s+edition|eur|live|close\s+dialogue.*
      | photos?\s+of\s+the\s+day
      | sign\s+(?:in|out|up)|log\s+(?:in|out)|subscribe(?:\s+now)?|follow|e?-?mail
      | (?:watch|play)\s+live|(?:show\s+)?navigation\s+menu
      | (?:section\s+)?navigation|today'?s\s+paper|supported\s+by|skip\s+advertisement
      | send\s+us\s+your\s+feedback
      | open\s+(?:side\s+)?(?:navigation|search|menu)\b.*|jump\s+to\s+(?:comments|main)\b.*
      | print\s+this\s+(?:page|article)|add\s+to\s+my\w*|current\s+time\s+\d+:\d+.*
      | add\s+to\s+your\s+saved\s+stories|story\s+continues\s+below\s+advertisement
      | share\s+full\s+article|reporting\s+from\s+[A-Z][\w ]{2,30}
      | listen\s+to\s+this\s+story|see\s+more\s+on\s*:.*|from\s+the\s+.{3,30}\s+edition
      | this\s+article\s+appeared\s+in\s+the\s+.{2,200}|discover\s+stories\s+from\s+this\s+section.*
      | get\s+latest\s+.{2,80}\s+updates\b.*|read\s*:\s+.{5,150}
      # Hindustan Times's pitches under the story: "Catch your daily dose of Fashion, …",
      # "Get Latest entertainment news, Bollywood News along with Latest News and …"
      | catch\s+your\s+daily\s+dose\s+of\b.{2,200}|get\s+latest\s+.{2,80}\s+along\s+with\b.{2,120}
      | see\s+less|see\s+more
      | (?:\#\w[\w\-]*(?:\s+\w[\w\-]*)?\s*){2,}
      | keyboard\s+shortcuts\s+for\s+audio\s+player|link\s+copied!?|image|what'?s\s+next\??
      | dengarkan|listen
      # a radio site's player: "Heard on Morning Edition", "3-Minute Listen", "Playlist"
      | heard\s+on\s+(?:morning\s+edition|all\s+things\s+considered|weekend\s+edition\b.*
          |here\s+&\s+now|fresh\s+air)
      | \d+-minute\s+listen|playlist|enlarge\s+this\s+image|(?:hide|toggle)\s+caption
      | please\s+use\s+(?:the\s+)?(?:chrome|a\s+different|a\s+modern)\s+browser\b.*
      | i\s+would\s+like\s+to\s+(?:be\s+emailed|receive)\b.*  # a newsletter box's consent
      | \d+\s+min(?:ute)?s?\s+reading\s+time
      | (?:posted|updated)\s+\d+\s*(?:h|m|d|hrs?|hours?|mins?|minutes?|days?)\s+ago.*
      | receive\s+essential\s+.*|take\s+.{0,60}\beverywhere\s+with\s+you\b.*
      | stay\s+updated\s+with\s+.*
      | why\s+you\s+can\s+trust\s+.*|privacy\s+notice\s*:.*
      | our\s+(?:new\s+)?(?:morning|afternoon|evening|daily|weekly)\s+(?:news\s+)?
          (?:email|newsletter|briefing)\b.*
      | get\s+(?:the\s+latest|our\s+free)\b.*
      | get\s+our\s+(?:morning|afternoon|evening|daily|weekly)\s+(?:news\s+)?(?:email|newsletter)
      | your\s+information\s+is\s+being\s+handled\s+in\s+accordance\s+with\b.*
      | this\s+audio\s+is\s+(?:generated|produced)\s+by\s+an?\s+ai\b.*  # CNA's player
      # The New York Times' page: its menu's labels, its print note
      | search\s*&\s*section\s+navigation|skip\s+to\s+site\s+index|give\s+the\s+times
      | leer\s+en\s+español|(?:teks|keterangan)\s+foto\s*:?
      | lanjutkan\s+membaca(?:\s+artikel)?(?:\s+di\s+bawah(?:\s+ini)?)?|kirim\s+lihat\s+hasil
      # Mongabay's links to related stories inside the story
      | see\s+related\s*:.*
      | this\s+(?:story|article)\s+was\s+(?:first\s+|originally\s+)?(?:reported|published)\b.*
      # The Taipei Times' byline when its own desk wrote the story: no one named
      | staff\s+writers?(?:\s*,\s*with\s+[\w.]+(?:\s+and\s+[\w.]+)?)?
      # CNBC: the picture's placeholder, its live button, its quotes' note under the story
      | thumbnail|data\s+is\s+a\s+real-time\s+snapshot\b.*
      # a mobile page's app bar and buttons, a cookie banner, a print view's stamp and foot
      | buka\s+di\s+aplikasi\b.*|baca\s+(?:berita\s+)?lebih\s+cepat\b.*|buka|open\s+in\s+app
      # an app store's rating and price on a phone's app banner: "★★★★☆ Gratis di Google Play"
      | [★☆]+\s*(?:gratis|free|get)?.{0,30}(?:google\s+play|app\s+store)
      | (?:gratis|free)\s+(?:di|on|in)\s+(?:google\s+play|the\s+app\s+store)
      | [☰✕×⋮🔍≡]+
      | (?:setuju|terima)(?:\s+pelajari\s+lebih\s+lanjut)?|pelajari\s+lebih\s+lanjut
      | dicetak\s+pada\s*:.*|artikel\s+ini\s+dicetak\s+dari\b.*
      | (?:versi\s+cetak|print\s+version)?\s*(?:\[\s*(?:cetak|tutup|print|close)\s*\]\s*)+
      # Kompasiana's note on its bloggers, Newsweek's call for tips, a paper cited under the story
      | kompasiana\s+adalah\s+platform\s+blog\b.*|do\s+you\s+have\s+a\s+tip\b.*
      | [A-Z][\w'’\-]+,\s+(?:[A-Z]\.\s?){1,3}(?:,\s+[^()]{2,80})?\(\d{4}\)\..*
      # a newsletter copied from its email: its sign-off, its forwarding line, its labels
      | [-–—]\s*the\s+.{2,40}\s+(?:newsroom|team|desk|editors)|forward\s+this\s+email\b.*
      | not\s+a\s+subscriber\?.*|(?:top|lead|today'?s|featured)\s+stor(?:y|ies)
      | view\s+(?:in\s+browser|this\s+email\s+in\s+your\s+browser|online)
      | read\s+this\s+story\s+on\s+\S+\s*[→»]?
      # The Telegraph's foot: its plea for advertising, its comment rules and buttons
      | we\s+rely\s+on\s+advertising\s+to\s+help\s+fund\b.*
      | the\s+telegraph\s+values\s+your\s+comments\b.*|join\s+the\s+conversation
      | show\s+\d+\s+comments|back\s+to\s+top
      # a page's count of its readers: "Views: 2,841", "Dibaca: 1.204 kali", "1.2K views"
      | (?:views?|reads?|dibaca|dilihat)\s*:?\s*[\d.,]+\s*[km]?(?:\s*(?:kali|x|times))?
      | [\d.,]+\s*[km]?\s+(?:views|reads|kali\s+dibaca|kali\s+dilihat|pembaca)
      # Forbes: its button, its note on contributors, the writer's links, its foot
      | follow\s+author|forbes\s+contributors\s+publish\s+independent\s+expert\s+analyses\b.*
      | find\s+.{2,40}\s+on\s+(?:linkedin|twitter|x)\..*|editorial\s+standards
      | reprints\s*&\s*permissions
      # a language switch: "Bahasa Indonesia | English" (Antara)
      | (?:bahasa\s+indonesia|english|indonesian?|id|en)\s*[|/·•]\s*
        (?:bahasa\s+indonesia|english|indonesian?|id|en)
      | don'?t\s+miss\s+out\s+on\s+the\s+latest\s+news\b.*|by\s+providing\s+an\s+email\s+address\b.*
      # The Conversation's partners: "Universitas X menyediakan pendanaan sebagai anggota The
      # Conversation ID.", "Lihat semua mitra"
      | .{2,100}\s(?:menyediakan\s+pendanaan\s+sebagai|provides?\s+funding\s+as)\s.{0,40}
          \bthe\s+conversation\b.*
      | lihat\s+semua\s+mitra|see\s+all\s+partners
      # comment prompts: DW's, The Conversation's
      | kirimkan\s+komentar\s+anda\b.*|sebelum\s+anda\s+berkomentar\b.*
      | for\s+feedback,\s+complaints,?\s+or\s+inquiries,\s+contact\s+us\.?  # the Inquirer
      | connect\s+via\s+(?:email|twitter|x|facebook|linkedin)\.?  # a writer's links (SMH)
      # "Contact reporter Ana Lucía Moreno at amoreno@tucson.com. On X: @AnaLMoreno_Star",
      # "Contact Grace Kowalczyk at gkowalczyk@timesnews.com or follow her on X …", and with a
      # bullet ("• Contact reporter … at …@…", the Juneau Empire)
      | (?:•\s*)?(?:contact|reach)\s+(?:(?:the\s+)?(?:reporter|writer|columnist)\s+.{2,60}?
          |(?-i:[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’.\-]*){1,3}))\s+at\s+
          (?:[\d()+][\d\-().\s]{6,18}\s+or\s+)?\S+@\S+.*  # "at 701-555-0142 or …@…"
      # Advance Local's note on its links; a related story's link inside the story
      | if\s+you\s+purchase\s+a\s+product\s+or\s+register\s+for\s+an\s+account\b.*
      | more\s*:\s+(?-i:[A-Z]).{5,140}
      # a label alone over the writer's name (Postmedia)
      | author\s+of\s+the\s+article\s*:?
      | [\w’'.\- ]{1,30}\snewsletter\s*:\s*get\b.*  # "ST Sports newsletter: Get the week's …"
      | support\s+(?:free-thinking|independent|our)\s+journalism.*
      # "Support PREMIUM TIMES' journalism of integrity …", "Make a contribution"
      | support\s+[\w.\- ]{2,30}['’]s?\s+journalism\b.*|make\s+a\s+contribution\.?
      | join\s+our\s+(?:commenting\s+forum|community|newsletter|channel).*
      | do\s+you\s+have\s+questions\s+about\s+.*
      | share\s+your\s+(?:experiences|thoughts|views|story|stories)\b.*
      | before\s+it'?s\s+here,\s+it'?s\s+on\s+the\s+bloomberg\s+terminal\.?
      | [-–—]*\s*with\s+(?:additional\s+)?assistance\s+from\s+.*
      | \((?:updates|adds|recasts|corrects|rewrites|changes)\b[^()]*\)
      | source\s*:\s*.{2,80}
      | list\s+of\s+\d+\s+items?|list\s+\d+\s+of\s+\d+|end\s+of\s+list
      | related\s+(?:news|articles?|stories|story|coverage|reading)\s*:.*
      # Indonesian sites' prompts and self-descriptions under the story
      | apakah\s+artikel\s+ini\s+(?:berguna|bermanfaat|membantu)\s*\??
      | kamu\s+sudah\s+menonton\s+video\s+ini\s*\??
      | silakan\s+baca\s+konten\s+menarik\s+lainnya\b.*|subscribe\s+for\s+updates\b.*
      | \*\s*(?:follow|ikuti)\b.{0,80}\b(?:whatsapp|telegram|google\s+news|channel)\b.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# The same list, tried by a line's first character (digest.alternation): a third of the time.
_is_listed = ByFirstChar(_FURNITURE)
# The outlet's own promotion, however long: channels, apps, accounts, "Artikel ini telah
# tayang di …", a ban on copying, the credits of a wire's reporters.
_PROMO = re.compile(
    r"""^(?:
        artikel\s+ini\s+(?:telah\s+)?(?:tayang|terbit|dimuat)\b.*
      # National World's papers: "Did you know with a Digital Subscription to The Scotsman, you
      # can get unlimited access to the website …"
      | did\s+you\s+know\s+with\s+a\s+digital\s+subscription\b.*
      # "(Ayo ikuti saluran WhatsApp KapanLagi.com …)": in brackets too
      | (?:\*+\))?\s*\(?(?:simak|dapatkan|ikuti|baca|pilih|gabung|bergabung|yuk|ayo
          |jangan\s+lewatkan)\b.{0,320}?
        (?:whatsapp|telegram|google\s+news|channel|saluran|aplikasi|\bapp\b|\bgrup\b|akun
          |orion|di\s*sini|klik|berita\s+lainnya|video\s+terbaru).*
      | dilarang\s+(?:keras\s+)?(?:mengambil|mengutip|menyalin|menggandakan).*
      | good\s+journalism\s+costs\s+a\s+lot\s+of\s+money\b.*  # Premium Times's appeal
      # a health site's reviewer note and feedback prompt (theAsianparent), a comment box's
      # rules (Daily Mirror)
      | artikel\s+ini\s+(?:telah\s+)?(?:ditinjau|direview)\s+(?:oleh|secara\s+medis)\b.*
      # a health site's note that it is no doctor: "Informasi dalam artikel ini tidak
      # menggantikan konsultasi …", "This article has been medically reviewed …"
      # "Artikel ini bersifat informatif dan tidak menggantikan konsultasi langsung dengan
      # dokter.", "This content is for information only and does not replace medical advice."
      | (?:artikel|informasi|konten|tulisan)\s+(?:ini|(?:dalam|pada|di)\s+(?:artikel|situs)\s+ini)
        \b.{0,60}?\b(?:tidak|bukan)\s+(?:untuk\s+)?(?:menggantikan|pengganti|dimaksudkan)\b
        .*\b(?:dokter|medis|tenaga\s+kesehatan|profesional)\b.*
      | this\s+(?:article|content)\s+(?:has\s+been|was|is)\s+(?:medically\s+reviewed
          |for\s+informational\s+purposes|not\s+(?:a\s+substitute|intended)\b).*
      | this\s+(?:article|content|information)\b.{0,60}?\b(?:does\s+not|is\s+not\s+intended\s+to)
        \s+(?:replace|substitute)\b.*\b(?:doctor|medical|professional)\b.*
      | apakah\s+artikel\s+ini\s+(?:membantu|bermanfaat)\??.*|was\s+this\s+article\s+helpful\??.*
      | add\s+comment\b.*|comments\s+will\s+be\s+(?:edited|moderated)\b.*
      # "Independent journalism costs money. Support Times of Malta for the price of a coffee.",
      # "Independent journalism costs. Support Confidencial.", "Dukung kerja-kerja jurnalisme
      # kami dengan menjadi donatur Floresa. Klik di sini.": pleas for readers' money
      | (?:independent|quality|good)\s+journalism\s+costs\s+money\b.*
      | .{0,40}\bjournalism\s+costs\.\s+support\b.*
      | (?:dukung|support)\s+(?:kerja-kerja\s+|our\s+|independent\s+)?(?:jurnalisme|journalism)\b
        .{0,80}\b(?:donatur|donasi|donate|member|klik|click)\b.*
      # "Suka dengan artikel ini? Dukung jurnalisme sains independen di Langit Nusantara."
      | (?:suka|senang)\s+dengan\s+(?:artikel|tulisan|berita|liputan)\s+ini\s*\?.*
      | (?:enjoyed|like|liked)\s+this\s+(?:article|story)\s*\?.*
      | our\s+standards\s*:.*
      # a donation box inside the story: "DutchNews.nl is free to read, but it is not free …"
      | [\w.\- ]{2,40}\s+is\s+free\s+to\s+read,?\s+but\b.*
      # Nation.Cymru's: "Support our Nation today", "For the price of a cup of coffee a month
      # you can help us create …", "Our journalism is free for everyone but not free to make."
      | support\s+our\s+[\w.\-]{2,30}\s+today\.?
      | for\s+the\s+price\s+of\s+a\s+(?:cup\s+of\s+)?coffee\b.{0,30}\byou\s+can\s+help\b.*
      | our\s+journalism\s+is\s+free\s+(?:for\s+everyone|to\s+read)\b.*
      # the Inverness Courier's: "Do you want to respond to this article? If so, click here …"
      | do\s+you\s+want\s+to\s+respond\s+to\s+this\s+(?:article|story)\?.*
      | .{0,120}\bcontributed\s+(?:reporting|(?:to\s+)?this\s+(?:report|story))
        (?:\s+from\s+[\w ,.'’\-]{2,60})?\.?
      # a wire's note on its writers under the story: "Associated Press writer Devon Ortiz
      # reported from Tallahassee, Florida."
      | (?:the\s+)?(?:associated\s+press|ap|afp|reuters|bloomberg)\s+(?:writers?|reporters?
        |correspondents?)\s+.{3,120}?\s+(?:reported\s+from|contributed)\b.{0,120}
      # The New York Times; The Himalayan Times's "… appears in the print on June 24, 2033, …"
      | a\s+version\s+of\s+this\s+article\s+appears\s+in\s+(?:the\s+)?print\b.*
      # a wire's note on itself under the story: "BERNAMA provides up-to-date authentic and
      # comprehensive news and information which are disseminated via BERNAMA Wires; …"
      | [\w.\-]{2,30}\s+provides\s+up-to-date\b.*
      # "Published in the print edition on November 20, 2029, of The Kathmandu Post."
      | published\s+in\s+the\s+print\s+edition\b.*
      # "Yosua Wenda reported from Jayapura and Arie Nugroho from Jakarta." (BenarNews)
      | (?-i:[A-Z][\w.'’\-]*(?:\s[A-Z][\w.'’\-]*){1,3}\s+reported\s+from
          \s+[A-Z]\w+(?:\s[A-Z]\w+){0,2}
        (?:,?\s+and\s+[A-Z][\w.'’\-]*(?:\s[A-Z][\w.'’\-]*){1,3}\s+from
          \s+[A-Z]\w+(?:\s[A-Z]\w+){0,2})?)\.?
      | .{0,80}\bdownload\s+the\s+.{0,40}\bapp\b.*|.{0,80}\bby\s+sharing\s+this\s+article.*
      | .{0,200}\blist\s+\d+\s+of\s+\d+  # Al Jazeera's related links: "… list 2 of 3"
      | .{0,300}\b(?:info\s+lebih\s+lengkap|selengkapnya|more\s+info)\s*,?\s*klik\b.*
      | baca\s+berita\s+tanpa\s+iklan\b.*  # "Baca berita tanpa iklan. Gabung Kompas.com+"
      # detik's AMP pages: "Baca artikel detikjabar, "…" selengkapnya https://…"
      | baca\s+artikel\s+[\w.]+,.*\bselengkapnya\b.*
      # "News Corp is a global, diversified media and information services company …"
      | .{2,40}\s+is\s+a\s+global,?\s+diversified\s+media\b.*
      # "In a time of both misinformation …, quality journalism is more crucial than ever."
      | .{0,160}\bjournalism\s+is\s+more\s+\w+\s+than\s+ever\b.*
      | (?:support\s+(?:our|independent|quality)\s+journalism|by\s+subscribing)\b.*
      | by\s+signing\s+up,?\s+you\b.*
      | by\s+using\s+this\s+site,?\s+you\s+consent\b.*  # Advance Local's foot, however long
      # "Access to Herald Premium articles requires a subscription. Subscribe now to listen."
      | access\s+to\s+.{2,40}\s+(?:articles|stories|content)\s+requires\s+a\s+subscription\b.*
      # "Subscribe to INQUIRER PLUS to get access to The Philippine Daily Inquirer & other …"
      | subscribe\s+to\s+[\w.\- ]{2,40}\s+to\s+(?:get|enjoy|unlock)\s+
          (?:full\s+|unlimited\s+)?access\b.*
      # a comment box's rules: "Comments will be moderated …" (Taipei Times), "Comments have
      # to be in English, and in full sentences" (The Hindu), "We have migrated to a new
      # commenting platform"
      | comments\s+(?:will\s+be\s+moderated|have\s+to\s+be|must\s+be|should\s+be)\b.*
      # "We want our comments to be a lively and valuable part of our community." (Newsquest);
      # "Please sign into your Press Herald account to participate in conversations below."
      | we\s+want\s+our\s+comments\s+to\s+be\b.*
      | (?:please\s+)?(?:sign|log)\s+in(?:to)?\s+(?:to\s+)?your\s+.{2,40}?\s+account\s+to
        \s+(?:participate|comment|join)\b.*
      # a licence over the story's reuse (Mongabay), a writer's contacts under it (The Gazette)
      | tulisan\s+ini\s+dilisensikan\s+di\s+bawah\b.{0,80}
      | this\s+(?:article|work|story)\s+is\s+licensed\s+under\b.{0,80}
      | comments\s*:\s*\(?\d[\d()\s.\-]{6,}.*@.*
      # "Like us on Facebook and follow us on X." (Black Press)
      | like\s+us\s+on\s+facebook\b.{0,60}
      # "Follow The Courier Crime and Courts Facebook page for updates, discussion and
      # breaking news." (DC Thomson)
      | follow\s+.{2,60}\s+(?:facebook|instagram|whatsapp|telegram)\s+(?:page|group|channel)
        \s+for\b.{0,80}
      # a site's community, its plea, its newsletter's consent, an edit note over the story:
      # "Yuk Jadi Bagian dari IDN Times Community!", "We're an independent news organization
      # serving …", "Local journalism is essential. Give directly to …", "We use your sign-up
      # to provide content …" (Reach), "Editor's note: This article was amended on …"
      | yuk\s+jadi\s+bagian\s+dari\b.{0,60}
      | we(?:'|’)re\s+an\s+independent\s+news\s+organi[sz]ation\b.*
      | local\s+journalism\s+is\s+essential\b.*
      | we\s+use\s+your\s+sign-?up\s+to\s+provide\b.*
      # an investment platform's notes on itself and on past returns under the story (Bareksa)
      | sebagai\s+informasi,\s+\S+\s+adalah\s+platform\s+investasi\b.*
      | semua\s+data\s+kinerja\s+investasi\b.*kinerja\s+masa\s+lalu\b.*
      # a user's post's note (kumparan's and others'): "Tulisan dari Maria Goreti Seda tidak
      # mewakili pandangan dari redaksi jejakwarga"
      | tulisan\s+(?:dari|ini)\s.{0,60}?tidak\s+mewakili\s+pandangan\b.*
      # an app's note on whose content it shows: "Konten ini disediakan oleh Kayuagung
      # Ekspres. Browser hanya menampilkan ulang.", "Artikel ini disediakan melalui umpan RSS.",
      # "This content is from Mackinac Island Town Crier. NewsBreak is not responsible …"
      | (?:konten|artikel|berita|isi)\s+ini\s+(?:sepenuhnya\s+)?(?:disediakan|disajikan|berasal
          |bersumber|dipasok|disalurkan)\s+(?:oleh|dari|melalui|lewat)\b.*
      | this\s+(?:content|article|story|post)\s+(?:is|was|comes)\s+(?:(?:provided|supplied
          |syndicated|delivered|republished|brought\s+to\s+you)\s+)?(?:from|by|via|through
          |courtesy\s+of)\b.*
      # a cookie banner's notice: "We and our 143 partners store and/or access information on
      # a device, such as cookies, …", "We and our partners use cookies …"
      | we\s+and\s+our\s+(?:\d+\s+)?(?:partners|vendors)\s+(?:use|store|process)\b.*
      | editor(?:'|’)s\s+note\s*:\s+this\s+(?:article|story)\s+(?:was|has\s+been)
        \s+(?:amended|updated|corrected|changed)\b.*
      # a program's trial mark on every page it printed: "Created with novaPDF Printer
      # (www.novaPDF.com). Please register to remove this message.", "Evaluation Warning: …"
      | (?:created|generated|converted|printed|made|dibuat)\s+(?:with|by|using|dengan)\s+[^.]{2,40}?
        \((?:www\.|https?://)[^)]+\)\.?(?:\s+please\s+register\b.*)?
      | evaluation\s+(?:warning|version|copy)\b.*|evaluation\s+only[.!]?\s*$
      # a help line under a story of suicide, abuse or distress: "If you or someone you know
      # needs help, contact Lifeline on 13 11 14.", "Jika Anda memiliki pikiran bunuh diri,
      # jangan ragu hubungi …"
      | if\s+you(?:\s+or\s+(?:someone|anyone)\s+you\s+know)?\s+(?:are|is|need|needs|have|has
          |feel|feels)\b
        (?=.*\b(?:lifeline|samaritans|helpline|hotline|crisis|distress|suicid|self-harm|988
          |beyond\s+blue|mental\s+health)) .{0,160}?\b(?:call|contact|ring|text|phone|visit)\b.*
      | (?:jika|apabila|bila)\s+(?:anda|kamu)\b.{0,160}?\b(?:bunuh\s+diri|depresi|krisis
          |kekerasan)\b.{0,120}?\bhubungi\b.*
      # the writer's address under the story: "Nathaniel Cobb can be contacted at 207-791-6300
      # or at ncobb@pressherald.com"
      # (or by the surname alone: "Walden may be contacted at kwalden@lmtribune.com")
      | (?-i:[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){0,3})\s+(?:can|may)\s+be
        \s+(?:contacted|reached)\s+(?:at|by|via)\b.*@.*
      | we\s+have\s+(?:migrated|moved)\s+to\s+a\s+new\s+comment(?:ing)?\s+(?:platform|system)\b.*
      # "For more news and updates, follow us on Google News." (Manila Bulletin)
      | for\s+(?:more|the\s+latest)\s+(?:news|updates|stories)\b.{0,80}
        \b(?:follow|join|subscribe|download|visit|like)\b.*
      # "Frontier relies on readers like you. Become a member today."
      | .{2,40}\s+relies\s+on\s+(?:readers|the\s+support|support|members)\b.*
      | powered\s+by\s+(?:automated|machine)\s+translation\b.*  # The National
      # "Mongabay Indonesia adalah media nirlaba. Dukung jurnalisme … dengan berdonasi."
      | .{2,40}\s+adalah\s+(?:media|organisasi)\s+(?:jurnalisme\s+|media\s+)?nirlaba\b.*
      | dukung\s+(?:jurnalisme|kami|media|kerja\s+kami)\b.*|jadilah\s+kawan\s+m\b.*
      # "Liputan ini merupakan bagian dari serial #X yang didukung para pembaca …"
      | liputan\s+ini\s+(?:merupakan\s+)?bagian\s+dari\s+(?:serial|seri)\b.*
      # "The Associated Press is an independent global news organization dedicated to …"
      | (?:the\s+)?[\w.\- ]{2,30}\s+is\s+an?\s+(?:[\w\-]+\s+){0,3}news\s+
          (?:organi[sz]ation|service|agency)\b.*  # "BenarNews is an RFA-affiliated …"
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_PROMO_OPENERS = word_set(
    "do artikel simak dapatkan ikuti baca pilih gabung bergabung yuk ayo jangan dilarang our "
    "support by comments we for powered dukung subscribe jadilah liputan apakah add was "
    "independent please like local tulisan this access sebagai semua konten berita isi suka "
    "senang enjoyed liked if jika apabila bila created generated converted printed made dibuat "
    "evaluation did follow"
)
# An aggregator's link to the outlet whose story it shows: "Lihat lebih banyak dari Harian
# Disway", "See more from Reuters" (MSN), "Baca artikel asli di SWA" (Kurio), "Lihat artikel
# asli di Warta Binjai" (Opera News)
MORE_FROM = re.compile(
    r"(?:lihat\s+lebih\s+banyak\s+dari|(?:see|read)\s+more\s+from|(?:baca|lihat)\s+artikel\s+asli\s+di"
    # a reader's note on where it found the story: "Originally published by Chatham Islands
    # Times" (inkl)
    r"|originally\s+published\s+by"
    # a news app's link to the whole story: "▼ Baca artikel lengkap dari Sirkuit.id", "Read
    # the full story at The Buteman"
    r"|[▼▶►→]?\s*(?:baca\s+(?:artikel|berita)\s+(?:lengkap|selengkapnya)\s+(?:dari|di)"
    r"|read\s+the\s+full\s+(?:story|article)\s+(?:at|on|from)))"
    r"\s+(\S.{1,40})",
    re.I,
)
# A forward's link to where it came from, under the story: "Sumber: https://…"
_SOURCE_ADDRESS = re.compile(
    r"(?:sumber|source)\s*:\s*(?:https?://\S+|(?:www\.)?[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,6}(?:/\S*)?)",
    re.IGNORECASE,
)
# "By " or "Oleh: " before a writer's name
BY_PREFIX = re.compile(r"^\s*(?:by|oleh)\s*:?\s+", re.IGNORECASE)
# A match's teams and figures listed in a box, between a report's paragraphs or under it
MATCH_SHEETS = (
    r"susunan\s+pemain|line-?ups?|starting\s+(?:xi|line-?ups?)"
    r"|statistik(?:\s+pertandingan)?|match\s+stats|statistics"
)
# Sections below which nothing belongs to the article any more.
_END_OF_ARTICLE = re.compile(
    r"^(?:rekomendasi|berita\s+terkait|artikel\s+(?:terkait|berkaitan|serupa)|berita\s+lainnya"
    # McClatchy's box under the story: "Related stories from Idaho Statesman"
    r"|related\s+(?:stories|articles)\s+from\s+(?-i:[A-Z])[^.!?]{1,40}$"
    # a gadget's or a car's spec table under the review: "Spesifikasi Xiaomi 17T Pro"
    # (a heading: the product's name in capitals or figures, no sentence)
    r"|(?:spesifikasi|specifications?|specs)(?:\s+(?:lengkap|utama|singkat))?"
    r"(?-i:(?:\s+[A-Z0-9][\w+\-]*){0,6})$"
    # a comment box's heading and count: "Have your say — Comments (37)", "Komentar (4)"
    r"|(?:have\s+your\s+say|join\s+the\s+(?:conversation|discussion))(?:\s*[—–:\-]\s*comments?"
    r"(?:\s*\(\d+\))?)?|(?:comments?|komentar)\s*\(\d+\)"
    # an e-office's signature block under the clippings a memo sends
    r"|ditandatangani\s+secara\s+elektronik(?:\s+oleh)?\s*:?|signed\s+electronically\s+by\s*:?"
    # an aggregator's other outlets' stories of the same news: "Berita serupa dari sumber lain"
    r"|(?:berita|artikel)\s+serupa\s+dari\s+(?:sumber|media)\s+lain"
    # a live blog's entry over the earlier ones: "PEMBARUAN SEBELUMNYA", "Earlier updates"
    r"|pembaruan\s+sebelumnya|(?:earlier|previous)\s+updates"
    # a newsletter's lead story's link on, and its other stories under it
    r"|(?:read\s+(?:it\s+|this\s+|the\s+rest\s+|more\s+)?on\s+(?:our|the)\s+(?:[\w'’\-]+\s+){0,3}?"
    r"(?:website|site)|baca\s+selengkapnya\s+di\s+situs)\s*[→»]?"
    r"|also\s+in\s+the\s+news|juga\s+di\s+edisi\s+ini|also\s+this\s+week|juga\s+pekan\s+ini"
    # an aggregator's link to the outlet under the story (and MORE_FROM's): "Baca di sumber
    # asli" (LINE TODAY), "Continue reading" (MSN), "View comments" (Yahoo)
    r"|baca\s+berita\s+lainnya|(?:baca|lihat)\s+di\s+sumber\s+asli|continue\s+reading"
    # any app's link to the outlet's own page: "Lihat berita asli di Gerbang Batam ›", "Baca
    # artikel asli ›", "Read the original article on X", "View original ↗"
    r"|(?:lihat|baca|buka|view|read|open|see)\s+(?:(?:berita|artikel|the)\s+|di\s+situs\s+)?"
    r"(?:asli(?:nya)?|original)(?:\s+(?:article|story|post))?(?:\s+(?:di|on|at)\s+.{2,40}?)?"
    r"\s*[›→↗»>]?"
    rf"|{_SOURCE_ADDRESS.pattern}"
    r"|artikel\s+rekomendasi|rekomendasi\s+artikel|direkomendasikan\s+untuk\s+anda"
    # an app's comments under the story it shows: "Komentar teratas", "Top comments"
    r"|komentar\s+teratas|top\s+comments"
    # an app's question on its own summary, a document's link to the story online
    r"|(?:apakah\s+(?:ringkasan|artikel)\s+ini\s+membantu|was\s+this\s+(?:summary|article)"
    r"\s+helpful)\s*\?.*|read\s+(?:this|the)\s+(?:story|article)\s+online\s*:.*"
    # a chat's stamp under the message that forwarded the story: "Fri 3:04 PM  ✓✓",
    # "9:31 a. m. ✓✓  👍 14"
    r"|(?:\w{2,9}\.?\s+)?\d{1,2}[.:]\d{2}(?:\s*[ap]\.?\s?m\.?)?\s*✓✓?.*"
    r"|view\s+comments|visit\s+website|related\s+in\s+your\s+list\s*:?"
    # a page that loads the next story under this one as the reader scrolls
    r"|(?:artikel|berita|baca)\s+selanjutnya|next\s+(?:article|story)\s*[›»>]?"
    r"|(?:memuat\s+artikel\s+berikutnya|loading\s+next\s+(?:article|story))\W{0,3}"
    # WordPress's print view, under the story: "Article printed from Garhwal Post: https://…"
    r"|article\s+printed\s+from\b.*"
    # an e-paper's links to the page's other stories: "Artikel lainnya di halaman ini:" (and
    # _LONG_ENDINGS' "Related on this page: …")
    r"|related\s+on\s+this\s+page\b.*|artikel\s+lainnya\s+di\s+halaman\s+ini\b.*"
    r"|baca\s+selengkapnya\s+di\s+\S{2,40}\s*[→»]"  # a newsletter's link to the whole story
    # a newsletter's lead story ends at its link to the site: "Read the full story on Devex.com →"
    r"|read\s+the\s+full\s+(?:story|article)\s+(?:on|at)\s+.{2,40}|more\s+coverage"
    # a channel's post: "Read full story: reachladakh.com/news/…" (Telegram)
    r"|read\s+(?:the\s+)?full\s+(?:story|article)\s*:.*"
    # a repost's note on where the story first ran; a read-aloud transcript's end
    r"|originally\s+published\s+(?:in|on|by)\s+.{2,80}|end\s+of\s+transcript\.?"
    # a post's comment box and a newsletter's sign-off (Instagram, Substack)
    r"|tambahkan\s+komentar.{0,5}|add\s+a\s+comment.{0,5}|like\s+this\s+post\?.{0,40}"
    r"|leave\s+a\s+comment|discussion\s+about\s+this\s+post|ready\s+for\s+more\?"
    # a comment box's prompt under the story: "Join the conversation. Log in or sign up …"
    r"|join\s+the\s+conversation\.\s+(?:log\s+in|sign\s+(?:in|up)|register)\b.*"
    # a press release's contacts and its note on the company under the story
    r"|untuk\s+informasi\s+lebih\s+lanjut,?\s+(?:silakan\s+)?hubungi\s*:?"
    r"|for\s+(?:further|more)\s+information,?\s+(?:please\s+)?contact\s*:?"
    r"|tentang\s+(?:perusahaan|perseroan|pt\s.{2,50}|(?-i:[A-Z]{2,8}))"  # "Tentang PLN"
    r"|about\s+(?:the\s+company|pt\s.{2,50})"
    # a correction appended under the story: "Correction: An earlier version …"
    r"|corrections?\s*:\s+an\s+earlier\s+version\b.*|ralat\s*:.*"
    r"|terpopuler|berita\s+terpopuler|more\s+from.*|filed\s+under\s*:.*|top\s+stories"
    # "Latest from Whanganui" (NZME), "Lainnya dari FinansialKita" (MSN) over other stories
    r"|latest\s+(?:from|in)\s+.{2,40}|(?:lainnya|terbaru)\s+dari\s+.{2,40}"
    # the section's and the site's newest under the writer's card (The Irish Times)
    r"|in\s+this\s+section|latest\s+(?:stories|articles)"
    # Newsquest's calls for readers' stories; Mothership's credit for its top picture
    r"|get\s+involved\s+with\s+the\s+news\s+in\s+your\s+community|want\s+more\s+stories\s+from\s+.{2,40}\?"
    r"|(?:top|cover|header|featured)\s+image\s+(?:via|credit\s*:)\s.{2,100}"
    # under the story: its comments' button, its keywords, a form to report an error (The
    # Star), the section's next stories, a gallery's label
    r"|(?:show|view|hide)\s+comments|tags\s*/\s*keywords\s*:.*|keywords(?:\s*:.*)?"
    r"|found\s+a\s+mistake\s+in\s+this\s+article\?|report\s+it\s+to\s+us\.?"
    r"|thank\s+you\s+for\s+your\s+report!?|(?-i:Next\s+[Ii]n\s+[A-Z][\w&']*(?:\s[A-Z][\w&']*){0,2})"
    r"|photo\s+gallery\s*\(click\s+to\s+enlarge\)|you\s+might\s+also\s+like.*"
    rf"|{MORE_FROM.pattern}"
    r"|related\s+(?:articles|stories|news|coverage|posts|headlines|reports)"
    r"|comments?\s*:\s*our\s+rules"  # "Comments: Our rules" over the comments (Newsquest)
    # a comment box's prompt: "Tulis komentar Anda...", "Write a comment..."
    r"|(?:tulis(?:kan)?|berikan)\s+komentar(?:\s+anda)?.{0,5}|(?:write|leave|add)\s+a\s+comment.{0,5}"
    r"|more\s+in\s+[\w&'’ ]{2,30}"  # "More in Politics" over a section's links (Mauritius Times)
    r"|most\s+(?:read|popular)|you\s+may\s+also\s+like.*|recommended\s+for\s+you|halaman\s*:?"
    r"|(?:tags?|topik|topics)(?:\s*:.*)?"
    r"|topik\s+(?:terkait|berkaitan|pilihan|populer|hangat)(?:\s*:.*)?"
    r"|trending(?:\s+(?:topics|now|stories|news))?|top\s+(?:\w+\s+)?news|related\s+tags"
    r"|komentar|comments?|more\s+on\s+this\s+(?:story|topic)|more\s+stories"
    # Mongabay: where the story first ran, its sources, its editor, under the story
    r"|citations?\s*:?|article\s+published\s+by\s+.{2,60}"
    # The Conversation: its offer to republish and its call for writers under the story
    r"|republish\s+this\s+article|want\s+to\s+write\??"
    # Forbes: the writer's box under the story opens "Follow me on LinkedIn. Check out …"
    r"|follow\s+me\s+on\s+(?:linkedin|twitter|x|instagram)\b.*"
    # The Times of India: "End of Article", its picture stories, its comments' count
    r"|end\s+of\s+(?:the\s+)?(?:article|story)|visual\s+stories|read\s+\d+\s+comments?"
    # a match report's table of points under it
    r"|box\s*score\s*:?|statistik\s+pertandingan\s*:?"
    # a live-score page's commentary, minute by minute, under the report
    r"|komentar\s+langsung|live\s+commentary"
    # a lesson's questions on the story pasted above them
    r"|pertanyaan\s*:?|soal\s+latihan\s*:?"
    # the print edition it ran in: "Published in The Express Tribune, April 10th, 2026."
    r"|published\s+in\s+.{2,40},\s+\w+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\.?"
    # a comment box's login: "Login untuk mengirim komentar"
    r"|(?:login|masuk)\s+untuk\s+(?:mengirim|menulis|memberi|berkomentar)\b.*"
    r"|kamu\s+sudah\s+tahu\s+info\s+ini\s+belum\??"
    rf"|{MATCH_SHEETS}"  # a match's teams, listed, and its figures
    # a paywall under the story's opening (Kompas.id): what follows is the shop and the writers
    r"|berlangganan\s+untuk\s+membaca\s+selengkapnya|subscribe\s+to\s+(?:continue|keep)\s+reading"
    r"|explore\s+more\s+on\s+these\s+topics|related\s+topics|related|suggested\s+topics\s*:?"
    # a reader app's bar and the reader's highlights (Instapaper), an aggregator's more
    # stories (MSN), a tabloid's comments (the Daily Mail)
    r"|open\s+original\b.*|highlights?\s*\(\d+\)|konten\s+lainnya\s+dari\s+.{2,40}"
    r"|(?:foto|video)\s+terkait|more\s+for\s+you"
    # a journal's news story: its paper's address and references under it (Nature)
    # and a magazine's sources under its story: "Referensi:" (Farmasetika)
    r"|doi\s*:.*|references?\s*:?|download\s+references|referensi\s*:?|daftar\s+pustaka"
    r"|share\s+or\s+comment\s+on\s+this\s+article\s*:?|comments?\s+\d+"
    r"|(?:comments?|komentar)\s*\(\d+\)"  # "Comments (3)" over the readers' comments
    r"|\d+\s+(?:comments?|komentar)|login\s+to\s+comment"  # "3 Comments" over the comments
    r"|comments\s+are\s+closed(?:\s+on\s+this\s+(?:story|article|post))?\.?"
    r"|komentar\s+(?:ditutup|dinonaktifkan)\.?"
    # a post's counts and buttons, its comments' order and box (Facebook)
    r"|(?:\S+\s+)?[\d.,]+\s*(?:rb|jt|k|m)?\s+[\d.,]+\s*(?:rb)?\s+(?:komentar|comments?)\b.*"
    r"|(?:paling\s+relevan|most\s+relevant|semua\s+komentar|all\s+comments)\s*▾?"
    r"|tulis\s+komentar(?:\s+publik)?\.{0,3}|write\s+a\s+(?:public\s+)?comment\.{0,3}"
    r"|(?:urutkan\s+berdasarkan|sort\s+by)\s*:.{0,20}|tampilkan\s+\d+\s+komentar\s+lainnya"
    # a post's own edit note ("Edit: judul gue yang bikin ya, …"), its votes ("⬆ 1,4 rb ⬇")
    r"|edit(?:\s*\d)?\s*:.*|(?:[⬆▲]\s*)?[\d.,]+\s*(?:rb|k)?\s*[⬇▼].*"
    r"|the\s+comments\s+below\s+have\s+not\s+been\s+moderated\.?"
    # an app's counts beside their icons and its share button: "1,2 rb 💬 348 ⤴ Bagikan"
    r"|(?:[^\w\s]{1,3}\s*)?[\d.,]+\s*(?:rb|jt|k|m)?(?:\s+[^\w\s]{1,3}\s*[\d.,]+\s*(?:rb|jt|k|m)?)+"
    r"(?:\s+[^\w\s]{1,3})?\s+(?:bagikan|share|balas|reply)"
    # the sources a health page lists under its story
    r"|(?:referensi|references?|daftar\s+pustaka|sumber\s+rujukan)\s*:.*"
    # a messenger's status under the message that pasted the story
    r"|delivered|terkirim|read\s+\d{1,2}[.:]\d{2}(?:\s*[ap]m)?"
    # WordPress's like button: "Like this: Loading..."
    r"|like\s+this\s*:(?:\s*(?:like\s+)?loading\W*)?"
    # an e-reader's page count and the time left: "Hal. 4 / 6 Sisa 2 menit di bab ini" (not a
    # printed page's "Halaman 1 / 3", which more of the story follows)
    r"|(?:hal\.?|halaman|page)\s+\d+\s*/\s*\d+\s+(?:sisa|\d+\s+(?:menit|min|mins)\b).*"
    # a shared document's counts: "2 comments · 1 like · Shared with: Community Health Forum"
    r"|\d+\s+(?:comments?|komentar)\s+·\s+\d+\s+(?:likes?|suka)\b.*)$",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?:[•·\-–—*]\s*)?(?:(?P<label>"
    r"author\s+of\s+the\s+article(?=\s*:)"  # Postmedia: "Author of the article: Name • Paper"
    r"|penulis|pewarta(?:\s+foto)?|reporter|rep(?=\s*:)|authors?|writer|wartawan"
    r"|kontributor|contributor(?=\s*:)"
    r"|redaktur\s*(?:&|dan)\s*reporter"  # JPNN: "Redaktur & Reporter : Nama"
    r"|koresponden|jurnalis|journalist|ditulis\s+oleh|dilaporkan\s+oleh|written\s+by"
    r"|reported\s+by|cerita\s+oleh"
    r"|(?:article|story|posted)\s+by"  # "Article By: Awa Touray Njie" (The Point)
    r"|laporan(?:\s+(?:reporter|wartawan|jurnalis|kontributor|koresponden))?(?=\s*:)"
    r"|liputan(?=\s*:)|laporan\s+oleh"
    r"|teks(?=\s*:)|words(?=\s*:)|text(?=\s*:)"  # "Teks: Nama  |  Foto: …", "Words: …"
    # a photo story's one maker: "Foto dan teks: Andi Saputra", "Text and photos: …"
    r"|(?:foto\s+dan\s+teks|teks\s+dan\s+foto|text\s+and\s+photos|photos\s+and\s+text)(?=\s*:)"
    # "Words by Name, Local Democracy Reporter"; not "JOURNALISTIC STANDARDS" (a foot's link)
    r"|words(?:\s+and\s+pictures)?\s+by)\b\s*[:,]?\s*"
    r"|(?P<oleh>oleh|by)\s*(?P<colon>:)?\s*)(?P<name>[^\n]{2,90})$",
    re.IGNORECASE,
)
# "Laporan Wartawan Tribunnews.com, Bayu Indra Permana", "Laporan Sara Masroni | Banda Aceh".
_REPORT_BYLINE = re.compile(
    r"^laporan\s+(?:(?P<role>wartawan|reporter|koresponden|kontributor|jurnalis)\s+)?"
    r"(?:(?P<outlet>[\w\-]+(?:\.[\w\-]+)+)\s*,?\s*)?(?P<name>[^|\n]{2,60}?)\s*(?P<bar>\|.*)?$",
    re.IGNORECASE,
)
# "Retno Ayuningrum - detikFinance": a writer and the outlet, as detik prints them.
NAME_OUTLET = re.compile(r"^(?P<name>\S.{0,60}?)\s+[-–—|]\s+(?P<outlet>[^-–—|]{2,40})$")
# "News - Rina Sari, CNBC Indonesia": a section, the writer and the outlet.
_NAME_COMMA_OUTLET = re.compile(
    r"^(?:[A-Z][\w ]{1,20}\s+-\s+)?(?P<name>[A-Z][^,]{1,60}?),\s*(?P<outlet>[^,]{2,40})$"
)
# An editor's label: opening a byline row (matched), or inside a picture's credit (searched)
_EDITOR_LABEL = re.compile(r"\b(?:editor|redaktur|penyunting)\s*:", re.IGNORECASE)
# "Ditulis oleh Nama · 4 menit baca", "Oleh: Nama — Editor: Nama" too
_AFTER_WRITER = re.compile(
    r"\s*[|/·•]\s*|\s+[-–—]\s+(?=(?:editor|penyunting|redaktur|foto|fotografer|photos?)\b"
    # "By Frank Tudela Borja - Variety News Staff": the desk after a dash
    r"|(?:[\w.]+\s+){0,3}(?:staff|reporter|writer|correspondent|contributor)\b"
    # "Oleh Dedi Sukmana — 10/06/2028, 07:30" (HR Online): the day after a dash
    r"|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4})"
    # "Penulis: Fransina Latuconsina   Editor: Ongky Tuasikal": the editor's label, no bar;
    # "Oleh Lalu Habibullah 29/11/2029, 16:20 WITA": the day, no bar
    r"|[,;]?\s+(?=(?:editor|penyunting|redaktur)\s*:|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}\b)",
    re.IGNORECASE,
)
_WITH_WIRE = re.compile(
    # "By Sok Chenda for RFA Khmer": the service the writer files for
    r"\s+(?:for\s+(?-i:[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})"
    r"|(?:with|and)\s+(?:ap|afp|reuters|(?:news\s+)?agencies|wires|agency\s+reports)"
    r"|[-–—]\s*(?:senior\s+|staff\s+)?(?:reporter|correspondent|writer|editor))\s*$",
    re.IGNORECASE,
)
_PLACE_AFTER_NAME = re.compile(r"\s*\(([A-Z][\w .]{2,30})\)\s*$")
_PLACE_AFTER_DASH = re.compile(r"\s+[-–—]\s+([A-Z][\w .]{2,30})$")
# A writer's role in capitals after the name: "NATHANIEL COBB STAFF WRITER"
_CAPS_ROLE_AFTER = re.compile(
    r",?\s+(?:(?:SENIOR|STAFF|SPECIAL|CHIEF|POLITICAL|BUSINESS|SPORTS|NEWS)\s+){0,2}"
    r"(?:WRITER|REPORTER|CORRESPONDENT|CONTRIBUTOR)$"
)
# The titles of a doctor, a dentist, a pharmacist, a nurse, an engineer, written in lower
# case before the name as Indonesian writes them ("dr. Rina", "apt. Dian")
_LOWER_TITLE = re.compile(r"(?:(?:dr|drg|apt|ns|ir)\.\s*)+(?=[A-Z])")
_TITLED_ROLES = ("Reporter", "Correspondent", "Writer", "Editor")


def _without_titled_role(name: str) -> str:
    """The name before a role in title case ("Rebecca Hale Local Democracy Reporter"), when
    a name of two words or more is left."""
    words = name.split()
    end = len(words) - 1
    while end > 2 and words[end - 1].casefold() in _ROLE_QUALIFIERS:
        end -= 1
    return " ".join(words[:end]) if end >= 2 else name


# What a role in title case says of the writer's beat or rank: "Senior Reporter", "Local
# Democracy Reporter", "Court Reporter"
_ROLE_QUALIFIERS = word_set(
    "senior staff local democracy court chief political business sports crime health "
    "education environment news special deputy assistant investigative data community "
    "digital features weather"
)


# A name in capitals, then more in title case: "KEALA MAKOA Hawaii Tribune-Herald"
_CAPS_NAME_THEN = re.compile(r"((?:[A-Z][A-Z'’.\-]+\s+){1,3}[A-Z][A-Z'’.\-]+)\s+(?=[A-Z][a-z])")
# "Wiwit Agustina Pratiwi (wap)": the writer's initials; "Salsabila Nur Azizah (Teknik
# Geofisika, 2026)" (a campus's news): the student's programme and year, or the writer's town
_INITIALS_AFTER_NAME = re.compile(r"\s*\((?:[a-z]{2,5}|[A-Z][^()]{2,40})\)\s*$")
_FILED_IN = re.compile(
    r"\s+in\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}$"
    # "oleh Rendra Adi Saputra [Pontianak] di 24 June 2025" (Mongabay): the place and the day
    r"|\s*\[[A-Z][^\[\]]{1,30}\](?:\s+(?:di|on)\s+\d{1,2}\s+\w+\s+\d{4})?$"
)
_BEAT = re.compile(
    r"^(?:[\w'’\-]+\s+){0,4}?(?:correspondent|reporter|editor|writer|columnist|journalist"
    r"|bureau\s+chief|producer)\s+(?=[A-Z])",
    re.IGNORECASE,
)
# An Indonesian academic degree after a name: "S.Sos", "S.H.", "M.Si", "S.I.Kom".
_DEGREE = re.compile(r"[A-Z][a-z]{0,3}\.(?:\s?[A-Z][A-Za-z]{0,4}\.?){1,3}")
# What separates the parts of a byline: commas, "and", CBC's middle dot ("Name · CBC News").
_NAME_PARTS = re.compile(r"\s*,\s*|\s+(?:and|dan|&)\s+|\s+·\s+")
_ORGANISATION_WORDS = (
    word_set(
        "pt tbk cv media cyber redaksi redaktur design web admin humas newsroom desk agency "
        "network corporation corp inc ltd group staff contributors wires newswire wire ant"
        # a government's press office signing its site's story: "Press and Information Office"
        " office bureau ministry department press"
        # a desk's byline: "SE Report" (Sikkim Express), "Staff Report", "Hans News Service"
        " report service"
        # an account's badge beside the name, kumparan's "Terverifikasi"
        " terverifikasi verified"
        # an office's desk signing a portal's story: "Seksi Intelijen Kejari Cianjur", "Pendam
        # XIII/Merdeka", "Biro Komunikasi Publik"
        " seksi biro penerangan puspenkum intelijen kejari kejati polres polda"
        " polsek kodam kodim korem pemkab pemkot pemprov diskominfo kominfo sekretariat hubungan"
        # a paper's long name beside its address: "Harian Umum Singgalang — hariansinggalang.co.id"
        " harian koran tabloid majalah"
        # a campus's or an institute's release ("By Karolinska Institutet", Medical Xpress), a
        # paper's obituaries desk ("Telegraph Obituaries")
        " university universitas institute institut institutet obituaries"
    )
    | INFORMATION_DESKS
)  # the armed forces' information desks: "Penulis: Dispenad"
_SCORE_WORD = re.compile(r"\d+(?:[-–]\d+)*")  # a score, or a side's goals and points
_NOT_IN_NAMES = (":", "[", "]", "(", ")", "!", "?", '"', "“", "”", " - ")
_PARTICLES = frozenset({"bin", "binti", "van", "de", "der", "al", "von", "da", "del", "la", "el"})
_ROLE_WORDS = word_set(
    "correspondent editor reporter writer contributor koresponden wartawan jurnalis kontributor "
    "fotografer photographer"
    # an opinion page's writer, then what they are: "Ratna Wulandari, Ekonom Senior …"
    " ekonom pengamat peneliti analis dosen economist analyst researcher lecturer"
)
# "(fra/isn)", "(mcr4/jpnn)", "(ant/mcr17/jpnn)": the desk's initials closing a paragraph.
_EDITOR_TAG = re.compile(
    r"\s*[\(\[](?:[a-z]{2,5}\d{0,2}(?:\s*/\s*[a-z*]{1,5}\d{0,2}){0,3}|\*+)[\)\]]\s*$"
)
_SOURCE_TAG = re.compile(r"\s*\[\s*[\w.\- ]{2,40}\s*\]\s*$")
# The writers' sign-off after the last sentence: "(Komang Suryawan/balipost)", "(julian / yp)".
# "(Fahmi/R6/HR-Online/Editor: Dadang)": the desk, then its editor after a label
_SIGN_OFF = re.compile(
    r"(?<=[.!?”\"])\s*\((?=[^()]*/)(?:[\w*.\- /]|(?<=Editor):(?= \w)){1,60}\)\s*$"
)
# The writers' initials after the last sentence without brackets: "… ketika air laut pasang.
# ma/ful" (Mata Banua); a photographer's credit is named in capitals
_BARE_SIGN_OFF = re.compile(r"(?<=[.!?”\"])\s+[a-z]{1,5}(?:\s?/\s?[a-z]{1,5}){1,3}\s*$")
# A wire's sign-offs after the last sentence: "(With a report from Name/PNA) (PNA)", "(AFP)",
# "(With a report from PNA)/PN" (Panay News: its desk's initials after the bracket)
_WIRE_SIGN_OFF = re.compile(
    r"(?<=[.!?”\")])\s*\((?:(?i:with\s+(?:a\s+)?reports?\s+from)\s[^()]{2,80}|[A-Z]{2,6})\)"
    r"(?:/[A-Z]{1,4})?\s*$"
)
_INLINE_RELATED = re.compile(
    r"(?<=[.!?”\"])\s+(?:baca\s+juga|baca\s+pula|baca\s+lagi|simak\s+juga|read\s+more|related)\s*:.*$",
    re.IGNORECASE,
)
_DOMAIN_CREDIT = re.compile(r"\w\.(?:com|id|co\.id|net)\b", re.IGNORECASE)
# A desk in capitals and its writer's initials: "(HUMAS SETKAB/UN)" (the Cabinet Secretariat)
_DESK_SIGNED = re.compile(r"[A-Z]{2,}(?: [A-Z]{2,}){1,3}/[A-Za-z]{2,4}")
_CREDIT_WORDS = re.compile(
    r"foto|photo|dok\.?|doc|getty|reuters|afp|\bap\b|antara|istimewa|^ist$|shutterstock|ilustrasi"
    r"|illustration|file|courtesy|image|/|screenshot|tangkapan\s+layar|youtube|instagram"
    r"|supplied|\bnews\s*:"  # "(ABC News: Phil Hemingway)"
    r"|\bpic\b|\bpix\b"  # "(Bernama pic)" (Free Malaysia Today)
    r"|\bpicture\s+by\b|\bcredit\s*:"  # "(Picture by Adrian Miller, 31862017)" (Guernsey Press)
    r"|\bpicture\s*:"  # "(Picture: EMEC)" (The Orcadian)
    r"|representational|representative\s+image",  # NDTV: "… in shifts. (Representational)"
    re.IGNORECASE,
)
_CAPTION_PREFIX = re.compile(
    r"^(?:(?:(?:file\s+)?foto|(?:file\s+)?photo|photograph|ilustrasi|illustration|gambar|image|video|caption"
    r"|keterangan(?:\s+foto)?"
    # "Dokumentasi penulis: …", "Dok. Humas Polda NTB: …": the picture's source, then its caption
    r"|(?:dokumentasi|dok\.)(?:\s+[\w.]+){0,4})\s*:|(?:image|media)\s+(?:caption|source)\s*,"
    # BBC News Indonesia: "Keterangan gambar, …", "Sumber gambar, Getty Images"
    r"|(?:keterangan|sumber)\s+(?:gambar|foto|video)\s*,"
    # AP's and VOA's archive pictures: "FILE - Couples pose with their marriage certificates …"
    r"|(?-i:FILE)\s+[-–—]\s"
    # "Photo for representational purpose only. File photo" (The Tribune), "Representational
    # image", "Foto hanya ilustrasi"
    r"|(?:(?:photo|image|picture)s?\s+(?:used\s+)?for\s+representational\s+purposes?"
    r"|representational\s+(?:photo|image|picture)|foto\s+hanya\s+ilustrasi)\b"
    # a wire's picture marked in brackets: "[Photo] The Emirati business delegation …"
    r"|\[(?:photo|foto|picture|gambar)\]\s"
    # a drawing of what is to be built: "An artist's impression of the new primary care centre",
    # a picture from above: "An aerial view of dishes of the SKA-Mid array …"
    r"|(?:an?\s+)?(?:artist|architect)['’]s\s+(?:impression|rendering|drawing)\s+of\s"
    r"|an?\s+(?:aerial|drone)\s+(?:view|photo|picture|image|shot)\s+(?:of|shows)\s"
    # an archive picture's caption: "File photo of voters queueing at a polling centre."
    # (Malaysiakini)
    r"|(?:an?\s+)?file\s+(?:photo|picture|pic|image)\s+(?:of|shows)\s)",
    re.IGNORECASE,
)
# "... Senin (16/6/2025). ANTARA FOTO/Aprillio Akbar/nz", "KOMPAS.com/IRFAN KAMIL"
# "… di Bandung. Foto/Andi", "… their school. Photo / Bevan Conley" (NZME's papers), "… pada
# Sabtu. - Foto Sinar Harian/ROSLI TALIB": the paper's name and its photographer, a dash before
_SLASH_CREDIT = re.compile(
    r"(?:^|[.)]\s+)"
    r"(?:antara\s+foto|(?:foto|photo|picture|pic)(?:\s*:\s*[\w .'’\-]{2,40}?)?"
    r"|[-–—]\s?(?:foto|photo)\s+[A-Z][\w .'’\-]{1,40}?"
    r"|[\w\-]+\.(?:com|id|co\.id|co))"
    r"\s*/\s*[\w .'’\-]{2,40}"
    r"(?:/[a-z]{1,4})?$",
    re.IGNORECASE,
)
# The photographer in capitals after a caption's stop: "… hospital. PHOTO BY JOHN KENNEY
# /Montreal Gazette" (Postmedia), "… Golden 1 Center. SARA NEVIS snevis@sacbee.com" (McClatchy)
_CAPS_CREDIT = re.compile(
    r"[.)]\s+(?:(?:PHOTO|PHOTOGRAPH|FILE\s+PHOTO)\s+BY\s+[A-Z][A-Z .'’\-]{2,40}"
    r"(?:\s*/\s*[\w .'’\-]{2,40})?"
    # the photographer and their address, in capitals or not (McClatchy: "… Caribbean. Matias
    # J. Ocner mocner@miamiherald.com")
    r"|[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]*){1,3}\s+[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)$"
)
# The outlet, a slash and its photographer after a caption's stop
_OUTLET_SLASH_PHOTOGRAPHER = re.compile(
    r"[.)]\s+(?P<outlet>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})/[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){0,3}$"
)
# The photographer and the paper's initials between dashes after a caption's stop
_DASHED_CREDIT = re.compile(r"[.)]\s*-\s?[A-Z][\w .'’]{1,30}/[A-Z]{2,10}\s?-$")
# "… Sabtu (15/11/2025). Foto: Fitria suarasurabaya.net": a site's address may close it
_TRAILING_CREDIT = re.compile(
    # "… in Sarawak. - File photo" (Malaysiakini): a picture from the outlet's files
    r"[.)]\s+[-–—]\s*(?:file\s+photo|foto\s+arsip|file\s+pic)\.?$|"
    # "… overnight rain. Source: AAP" (SBS): a picture's source after its caption; "… on
    # Thursday. Post Photo: Angad Dhakal" (The Kathmandu Post): the paper's word before it
    r"[.)]\s+(?:(?:(?-i:[A-Z][A-Za-z]{1,12})\s+)?(?:photograph|photo|foto|pic)"
    r"|image|illustration|ilustrasi|source|sumber)\s*:\s*"
    # "Foto: Dok. KBRI Bangkok." (Alinea): "Dok." and a closing stop
    r"(?=[^:]{2,80}$)(?:[^.:]|\.(?=[a-z])|(?<=Dok)\.)+\.?$",
    re.IGNORECASE,
)
_TRAILING_PAREN = re.compile(r"\(([^()]{2,80})\)\s*$")
# A desk's sign-off after the last sentence: "… in 2019. —KG, GMA Integrated News"
_DESK_SIGN_OFF = re.compile(
    r"(?<=[.!?”\"])\s*[—–]\s?[A-Z]{2,4}(?:/[A-Z]{2,4})*,\s+[A-Z][\w .]{2,40}$"
)
# "(Putu Sayoga for The Washington Post)", "(Heather Rhodes, The Roanoke Times)"
_PHOTOGRAPHER_FOR = re.compile(
    r"[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){1,3}(?:\s+for\s+|,\s+)(?P<outlet>[A-Z][\w.\- ]{1,40})$"
)
# A wire picture's credit after the caption's last sentence: "… province. Xinhua/Getty
# Images", "… on June 1. © Thet Naing, AFP", "… in Kuala Lumpur [Arif Kartono/AFP]".
_AGENCIES = (
    r"(?:getty\s+images|afp|reuters|ap|epa(?:-efe)?|xinhua|bloomberg|anadolu|shutterstock|antara)"
)
_WIRE_CREDIT = re.compile(
    # NBC glues it to the caption: "… on Nov. 8.Sophie Park / Bloomberg via Getty Images file"
    rf"(?:[.)]\s*[\w .'’\-]{{2,40}}\s?/\s?{_AGENCIES}(?:\s+via\s+getty\s+images)?(?:\s+file)?"
    rf"|[.)]\s*©\s*[^©]{{2,60}}|\[[^\[\]]{{2,60}}/{_AGENCIES}[^\[\]]*\]"
    # "… on September 8, 2025 [Rizky Pratama/Al Jazeera]": any outlet's photographer
    r"|(?-i:\s\[[A-Z][^\[\]/]{1,40}/[A-Z][^\[\]/]{1,40}\])$"  # not a desk's "[afr/nel]"
    # "… mogok mengajar. – Jubi/Dok. PGRI Pegunungan Bintang": a dash, the outlet's credit
    r"|[.)]\s+[–—-]\s*[\w.\-]+/[\w.'’ \-]{2,60}"
    # "… a press briefing in Jakarta. / Indonesian Foreign Ministry" (The Irrawaddy)
    r"|(?-i:\.\s/\s[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,4})$"
    # "… in Quezon City. —INQUIRER FILE PHOTO / GRIG C. MONTEGRANDE"
    r"|[.)]\s*[–—]\s*[\w .]{0,30}\bphotos?\s*(?:/|by\b|:)\s*[\w .'’\-]{2,60}"
    rf"|[.)]\s+\|\s*(?:{_AGENCIES}|kyodo|yonhap|bernama|xinhua)"  # "… in France. | Kyodo"
    # "… before the August recess. | Francis Chung/POLITICO": the photographer, the outlet;
    # "… in December. | KAORI NISHIDA" (The Japan Times): the photographer in capitals
    r"|[.)]\s+\|\s*[\w.'’ \-]{2,40}/[\w .\-]{2,30}$|(?-i:[.)]\s+\|\s*[A-Z][A-Z.'’\- ]{2,40})$"
    # "Johor has approved data centre projects © Bloomberg" (the FT: no full stop before it)
    r"|\s©\s*[A-Z][^©.]{1,40}"
    # "… Sulawesi Tengah. Katadata/Dimas Wijaya": the outlet's name, a slash, the photographer
    # "… Rabu 4 Maret 2026. Kabar Banten/Endang Suparman Wijaya": an outlet of two words
    r"|[.)]\s+(?:[A-Z][\w\-]+\s){0,2}[A-Z][\w\-]+/(?:[A-Z][\w'’\-]+\s?){1,4})$",
    re.IGNORECASE,
)
_SMALL_WORDS = word_set(
    "di ke dari dan yang untuk dengan atau pada dalam oleh soal usai jadi akan bagi of the a an "
    "and or to in on at for with by from as is vs is not are"
)
_SENTENCE_END = (".", "!", "?", "”", '"', "…", ":", "»", "’")
# Section names outlets print above a headline ("Nasional", "Sepak Bola", "Berita Ekonomi Bisnis").
_SECTION_WORDS = word_set(
    """
    u.s. us
    news berita nasional national regional daerah internasional international dunia world global
    headlines
    politik politics pemilu election ekonomi economy bisnis business finance keuangan finansial
    market markets pasar saham bursa money uang makro mikro olahraga sport sports sepakbola sepak
    bola football soccer liga raket motogp f1 otomotif oto auto autos tekno teknologi tech
    technology sains science kesehatan health sehat gaya hidup lifestyle life style hiburan
    entertainment seleb selebriti celebrity showbiz film musik music travel wisata kuliner food
    edukasi pendidikan education kampus properti property hukum law kriminal crime peristiwa
    megapolitan metro metropolitan jabodetabek opini opinion kolom column analisis analysis
    editorial tajuk feature features sorotan fokus utama trending terkini terbaru update video
    foto photo photos infografis cek fakta hoaks religi islami islam ramadan haji nusantara
    jateng jatim jabar jawa bali sumatera kalimantan sulawesi papua kota culture budaya arts art
    environment lingkungan climate iklim asia pacific americas europe africa middle east uk us
    home beranda wanita women perempuan parenting keluarga family karier career energi energy
    komoditas industri industry infrastruktur startup games gaming game esports inspirasi
    internet gadget ponsel mobil motor humaniora sosial budaya hiburan cerita umum general
    lokal local tren trend viral global internasional asean australia americas newsletter
    weekend sains khazanah ramadhan dan & and indonesia inggris italia spanyol jerman prancis
    perancis belanda eropa amerika champions timnas pssi bulutangkis badminton tenis basket voli
    nba moto gp balap sepeda atletik jakarta jabar jatim diy sumut sulsel kaltim ntb ntt bisnis
    wisata nusantara pemilu pilkada pilpres mancanegara otosport kpop korea drakor anime zodiak
    ramalan horoskop loker lowongan kerja edukasi sekolah kuliah nasional
    explainer explainers eksplainer exclusive eksklusif story stories gallery galeri pictures
    · •
    """
)
_BRAND = re.compile(
    r"^(?!(?:all|latest|top|breaking|more|local|world)\s)"  # "All News": a section
    # "Leek Post & Times", "Grocott's Mail": an ampersand or a possessive in the name
    # "ScienceDaily", "MedicalXpress": a word and the masthead's word run together
    r"(?:[a-z]+[A-Z][\w.]*|[A-Z][a-z]+\d+(?:\.\w+)*"
    r"|[A-Z][a-z]{2,}(?:News|Times|Post|Daily|Online|Today|Herald|Tribune|Journal|Mail|Xpress)"
    r"|[\w\-&'’ ]{2,30}\s(?:News|Times|Post|TV|Online"
    r"|Daily|Media|Today|Herald|Tribune|Journal|Pos|Network|Channel|Mail|Gazette|Chronicle|Courier"
    r"|Observer|Telegraph|Inquirer|Examiner|Bulletin)|[A-Z]{3,}(?:\s+[A-Z]{2,})?)$"
)


def is_section(line: str) -> bool:
    """Tell whether a short line is a section name ("Nasional", "Sepak Bola", "World"), or
    a kicker of them ("EXPLAINER · ASIA PACIFIC")."""
    words = line.casefold().split()
    return 1 <= len(words) <= 4 and all(w in _SECTION_WORDS for w in words)


def is_outlet_label(line: str) -> bool:
    """Tell whether a short line names an outlet ("detikNews", "CNN Indonesia", "Liputan6")."""
    if len(line) > 40 or len(line.split()) > 4 or is_section(line):
        return False
    return is_outlet(line) or bool(_BRAND.match(line))


def outlet_of_logo(line: str) -> str | None:
    """The outlet of a logo line that adds its edition in capitals ("philstar GLOBAL"; not
    "KYODO NEWS", the name whole, nor "SUARA NTB", a paper of its region, nor "SUARA
    MALAMOI", a name all in capitals)."""
    name, _, edition = line.rpartition(" ")
    if (
        edition.isupper()
        and not name.isupper()
        and 3 <= len(edition) <= 10
        and edition.isalpha()
        and is_outlet(name)
        and not is_outlet(line)
        and not known_place(edition)
    ):
        return name
    return None


def is_furniture(line: str) -> bool:
    """Tell whether a line is page furniture (sharing prompts, related links, ads, credits)."""
    if len(line) <= 160 and (
        # Reach's pitch: "Don't miss the biggest … by signing up to our newsletters HERE"
        "igning up to our newsletter" in line
        # a copyright line by the company's name: "JAPAN TIMES LTD. ALL RIGHTS RESERVED."
        or (line.endswith(_RESERVED) and len(line) <= 80)
    ):
        return True
    if "website contains only a portion of the news" in line:
        # a wire's note on what its site carries ("Anadolu Agency website contains only a
        # portion of the news stories …"), long or short
        return len(line) <= 420
    if len(line) > 160:
        # a long line: a promotion, a disclosure or a pitch, not a share link or a logo
        # a run of related headlines may be longer than any promotion
        return (
            (len(line) <= 1000 and _related_run(line))
            or (
                len(line) <= 420
                and (
                    _promo(line)
                    or (("funding" in line or "Do you " in line) and _marked(line))
                    or _pitch(line)
                    or _match_facts(line)
                    # a site's copyright notice, however long ("Copyright (c) Yonhap News Agency …")
                    or line.startswith(("Copyright (c)", "Copyright ©", "©", "MCI (P)"))
                    # a science site's notes (Phys.org): "This document is subject to
                    # copyright. …", "This article has been reviewed according to Science X's …"
                    or line.startswith(_SITE_NOTES)
                    # "All rights reserved. This material, and other digital content on this
                    # website, may not be reproduced …" (Punch)
                    or line.startswith("All rights reserved. ")
                    # "Copyright PUNCH. All rights reserved. This material … may not be …"
                    or (line.startswith("Copyright ") and "ll rights reserved" in line[:120])
                    # an investment site's disclaimer
                    or line.startswith(("Disclaimer:", "Penafian:", "DISCLAIMER:"))
                    or _edit_note(line)
                    # a consent dialog's notice, however long
                    or ("ookie" in line[:40] and _COOKIE_NOTE.match(line) is not None)
                )
            )
        )
    # "Selengkapnya »", "Nasional »": a short link that points on is never text.
    return (
        (line.endswith(" »") and len(line) <= 45)
        or _is_listed(line)
        # "Yuk baca artikel lainnya" alone, its headlines on the lines after
        or (line[:1] in "BbYyJjCc" and _RELATED_LABEL.fullmatch(line.rstrip(" :!")) is not None)
        or _promo(line)
        or _marked(line)
        or _pitch(line)
        or _match_facts(line)
        or _writer_note(line)
        or _edit_note(line)
        # a consent dialog's notice: "We use cookies …", "Situs ini menggunakan cookie …"
        or ("ookie" in line[:40] and _COOKIE_NOTE.match(line) is not None)
        # a site's weather beside its menu: "55°F", "Honolulu 77°"
        or ("°" in line and _TEMPERATURE.fullmatch(line) is not None)
        or (" is " in line and _IS_NOTE.match(line) is not None)
        # a comment box's call: "Become a Member to leave a comment.", "Log in here to …"
        or (line.endswith(("comment.", "comment")) and _COMMENT_CALL.match(line) is not None)
        # a paywall's offer: "Dapatkan akses berita eksklusif … Berlangganan sekarang"
        or (
            ("sekarang" in line[-14:] or "now" in line[-5:] or "today" in line[-7:])
            and _PAYWALL.search(line) is not None
        )
        or (line.endswith(" contributed.") and _CONTRIBUTED.fullmatch(line) is not None)
        or ("%" in line and _ticker(line))
        or (" · " in line and (_dotted_menu(line) or _app_row(line)))
        # a print or clipping tool's note on the copy it made: "Print Edit WE · Edited: removed
        # 6 elements (ads, comments, sidebar) · Saved as PDF"
        or (("PDF" in line or "dited:" in line) and _COPY_NOTE.search(line) is not None)
        # an app's tagline: "Kurio – Baca berita terbaru dari 1.000+ sumber terpercaya"
        or ("erita terbaru dari " in line and _APP_TAGLINE.match(line) is not None)
        # a call to register closing on its arrow: "Devex Pro members: Join our … Register →"
        or (line[-1:] in "→»" and _CALL_TO_ACT.search(line) is not None)
        # a front page's pointers inside: "HARI INI: Harga Gabah Turun (hal 4) | Bima …"
        or (line[-1:] == ")" and _PAGE_POINTER.search(line) is not None)
        # a broadcast's sign-off: "Larasati … dan Yanuar …, TVRI, melaporkan dari Jakarta."
        or (("melaporkan dari" in line or "reporting from" in line) and _sign_off(line))
        or (("|" in line or " / " in line) and len(line) <= 80 and _button_row(line))
        # "Belarusian Russian English Deutsch Chinese": a site's languages with no bars
        or (
            len(line) <= 80
            and line.split(" ", 1)[0].casefold() in _LANGUAGES
            and all(word.casefold() in _LANGUAGES for word in line.split()[1:])
            and " " in line
        )
        or (len(line) <= 60 and _ACCOUNT_BAR.fullmatch(line) is not None)
        or (len(line) <= 60 and line[:1] in "BbSs" and _SHARE_ICONS.fullmatch(line) is not None)
        # "CNN Sans ™ & © 2016 Cable News Network.": a notice with its mark inside
        or ("©" in line and _COPYRIGHT_INSIDE.search(line) is not None)
    )


_COPY_NOTE = re.compile(
    r"\b(?:saved|exported|printed|disimpan|diekspor|dicetak)\s+(?:as|to|sebagai|ke)\s+pdf\b"
    r"|\b(?:edited|diedit)\s*:\s*(?:removed|dihapus|menghapus)\b",
    re.IGNORECASE,
)
_COMMENT_CALL = re.compile(r".{0,40}\bto\s+(?:leave|post|write|add)\s+a\s+comment\.?$", re.I)


def _match_facts(line: str) -> bool:
    """A match report's team sheet or result line, not prose: "Coventry City: Wilkes; Okafor,
    Thomason, …; … Subs not used: …", "South Sydney: Cody Brennan, …, Harry Latu.
    Interchange: …", "South Sydney 24 (Tane Wiremu 2, … tries; Cody Brennan 4 goals) bt
    Sydney Roosters 18 (…) at Accor Stadium. Crowd: 31,482." (SMH)"""
    head = line[:45]
    if (
        ":" not in head
        and " – " not in head
        and " - " not in head
        and " bt " not in line
        and " def " not in line
        and " overs" not in line
    ):
        return False  # most lines
    return (
        _RESULT_LINE.match(line) is not None
        or _FACT_LABEL.match(line) is not None
        or _INNINGS.match(line) is not None
        or (
            (
                ";" in line
                or _SHEET_MARK.search(line) is not None
                or _SCORED_IN.search(line) is not None
            )
            and _TEAM_SHEET.match(line) is not None
        )
    )


_SCORED_IN = re.compile(r"\s\d{1,2}-\d{1,2}[ ,(]")


# A team, then six players or more ("Ruddock (Allan 78)"), parted by commas or semicolons;
# a team and its score ("South Sydney 24"), the scorers in brackets
_PLAYER = r"[A-Za-z][^,;:.()]{1,40}(?:\s*\([^)]{1,30}\))?"
# "EVERTON (4-2-3-1): Lindqvist; Mensah, …", "Persib Bandung (4-3-3): Fitrul Dwi Aldi; …"
_TEAM_SHEET = re.compile(
    rf"[A-Z][\w.'’&\- ]{{1,40}}(?:\s*\(\d(?:\s*-\s*\d){{2,3}}\))?\s*[:–—]\s+"
    rf"(?:{_PLAYER}\s*[,;]\s*){{6,}}"
    # a side's scorers, each with a score: "Galway: M Naughton 0-6 (3f, 1 2pt), E Kilgallon
    # 1-2, …" (Gaelic games)
    r"|[A-Z][\w .'’\-]{1,30}:\s+(?:[A-Z][^,;:()]{1,30}\s\d{1,2}-\d{1,2}(?:\s*\([^)]{1,30}\))?"
    r",\s*){2,}"
)
# The facts under a report, each on a line of its own with its label: "Subs not used: …",
# "Scorers – Kerry: …", "Referee – B Cawley (Kildare).", "Result: Sri Lanka won by 7
# wickets", "Player of the Match: …", "Stormers 27 – Tries: …, Conversions: …"
_FACT_LABEL = re.compile(
    r"(?:(?:subs(?:titutes)?(?:\s+not\s+used)?|bench|(?:pemain\s+)?cadangan|scorers?"
    r"|pencetak\s+gol|goals?|(?:try|tries)|points?\s+scorers?|referee|wasit|umpires?"
    r"|attendance|crowd|penonton|player\s+of\s+the\s+match|man\s+of\s+the\s+match"
    r"|result|brief\s+scores)"
    r"|[A-Z][\w .'’\-]{2,40}\s\d{1,3}\s*[–—-]\s*(?:tries|try|goals?|gol))\s*[:–—-]\s+\S",
    re.IGNORECASE,
)
# A side's innings: "Ireland 231 in 48.2 overs (Conor Mulholland 78, …)", "Sri Lanka 232/3
# (44.1 overs)"
_INNINGS = re.compile(
    r"[A-Z][\w .'’\-]{2,40}\s\d{1,3}(?:/\d{1,2})?\s+(?:in\s+|\()\d{1,2}(?:\.\d)?\s+overs\b"
)
_SHEET_MARK = re.compile(r"\b(?:Interchange|Subs(?:titutes)?(?:\s+not\s+used)?|Bench|Cadangan):")
_SCORED = r"[A-Z][\w .'’\-]{2,40}\s\d{1,3}"
_RESULT_LINE = re.compile(rf"{_SCORED}\s\([^)]{{3,200}}\)\s+(?:bt|def\.?|beat)\s+{_SCORED}\b")


def _pitch(line: str) -> bool:
    """An outlet's appeal for its readers' money under the story: "Daily Maverick Insiders
    help keep our journalism free for everyone. Join the community today.", "At Premium Times,
    we firmly believe in … high-quality journalism. … news subscriptions …", "Dapatkan akses
    penuh ke analisis putusan … dengan berlangganan Hukumonline Pro." (never a quote); its
    thanks and its pledge in the same box: "Whether you turn to Premium Times for daily updates,
    …, we value your readership.", "HKFP has an impartial stance, transparent funding, and
    balanced coverage guided by an Ethics Code and Corrections Policy." """
    if (
        "ournalis" not in line
        and "akses" not in line
        and "access" not in line
        and "upport" not in line
        and "ukung" not in line
        and "value your" not in line
        and "orrections" not in line
        and "ubscribe" not in line
        and "erlangganan" not in line
    ):
        return False  # most lines
    if "“" in line or "”" in line or '"' in line:
        return False
    if (
        _ACCESS_OFFER.match(line)
        or _SUPPORT_US.match(line)
        or _PLEDGE.search(line)
        or _PRICED_OFFER.search(line)
    ):
        return True
    return (
        _OUR_JOURNALISM.search(line) is not None
        and _ASKS_READERS.search(line) is not None
        and _WE.search(line) is not None
    )


# "Dapatkan akses penuh ke … dengan berlangganan Hukumonline Pro", "Get unlimited access to …
# Subscribe …": a paywall's offer, however long
_ACCESS_OFFER = re.compile(
    r"(?:dapatkan|nikmati|buka)\s+akses\b.{0,200}\b(?:berlangganan|langganan|premium|pro)\b"
    r"|(?:get|enjoy|unlock)\s+(?:full|unlimited|complete|premium)\s+access\b.{0,200}"
    r"\b(?:subscri\w*|premium|pro|membership)\b",
    re.IGNORECASE,
)
# "Dukung dakwah Hidayatullah.com dengan berdonasi. Klik di sini", "Support Malaysiakini by
# subscribing …": a call to pay, opening the line
_SUPPORT_US = re.compile(
    r"(?:dukung|support)\s+.{2,60}?\s+(?:dengan|by)\s+"
    r"(?:berdonasi|donasi|berlangganan|donating|subscribing|becoming\s+a\s+member)\b",
    re.IGNORECASE,
)
# "… since 1879. Subscribe today from $3.50 a week." (Ashburton Guardian), "Berlangganan mulai
# Rp50.000 per bulan": a subscription's price, opening a sentence (not "Residents can subscribe
# for $5 a month", the story's)
_PRICED_OFFER = re.compile(
    r"(?:^|[.!?]\s+)(?:subscribe|berlangganan)(?:\s+(?:today|now|sekarang))?\s+(?:from|for|mulai|hanya)\s+"
    r"(?:just\s+|only\s+)?(?:[$£€]|rp\.?\s?|nz\$|a\$|us\$)\s?\d[\d.,]*[^.!?]{0,30}[.!]?$",
    re.IGNORECASE,
)
_PLEDGE = re.compile(
    r"\bwe\s+value\s+your\s+readership\b"
    r"|\b(?:ethics\s+code|code\s+of\s+ethics)\s+and\s+corrections\s+policy\b",
    re.IGNORECASE,
)
_OUR_JOURNALISM = re.compile(
    r"\b(?:our|quality|high-quality|independent|public[\s-]interest)\s+journalism\b"
    r"|\bjurnalisme\s+(?:kami|berkualitas|independen)\b",
    re.IGNORECASE,
)
_ASKS_READERS = re.compile(
    r"\b(?:subscri\w*|donat\w*|join|support\s+us|members?(?:hip)?|insiders?|contribut\w*"
    r"|berlangganan|langganan|donasi|dukung)\b",
    re.IGNORECASE,
)
_WE = re.compile(r"\b(?:we|our|us|kami)\b", re.IGNORECASE)


# How a paywall's offer ends: "… Berlangganan sekarang", "… Subscribe now"
_PAYWALL = re.compile(
    r"\b(?:berlangganan|langganan)\s+sekarang\W{0,3}$|\bsubscribe\s+(?:now|today)\W{0,3}$",
    re.IGNORECASE,
)
# What a note under the story says of the story's funder or of its comments: "Local
# Democracy Reporting is public interest journalism funded through NZ On Air.", a comment
# box's "NOW Grenada is not responsible for the opinions, statements or media content
# presented by contributors. In case of abuse, …"
_IS_NOTE = re.compile(
    r".{2,60}?\sis\s(?:(?:a\s)?public[\s-]interest\sjournalism\b"
    r"|not\sresponsible\sfor\sthe\s(?:opinions|content|comments)\b"
    r".{0,80}\b(?:contributors|readers|users|commenters)\b"
    # an aggregator's: "NewsBreak is not responsible for its accuracy."
    r"|not\sresponsible\sfor\s(?:its|the|this\scontent's)\saccuracy\b)",
    re.IGNORECASE,
)
_APP_TAGLINE = re.compile(r"[\w .]{2,30}\s[–—|-]\s*baca\s+berita\s+terbaru\s+dari\b.{0,50}$", re.I)
_CALL_TO_ACT = re.compile(
    r"\b(?:register|sign\s+up|daftar|join|subscribe|langganan)\W{0,3}[→»]$", re.I
)
_PAGE_POINTER = re.compile(r".{3}\((?:hal|hlm)(?:aman|\.)?\s*\d{1,3}\)$", re.IGNORECASE)
_BROADCAST_SIGN_OFF = re.compile(
    r"[^,]{3,80},\s*[\w.\-]{2,20}(?:\s+[\w.\-]{2,20})?,\s*(?:melaporkan\s+dari|reporting\s+from)"
    r"\s+[\w .\-]{2,40}\.?"
)


def _sign_off(line: str) -> bool:
    return len(line) <= 200 and _BROADCAST_SIGN_OFF.fullmatch(line) is not None


def _button_row(line: str) -> bool:
    """Buttons parted by bars or slashes, each furniture alone: "Log in | Subscribe", "Masuk |
    Daftar", "Login / Sign Up"; or the languages a site is in, each in its own ("English |
    کوردی | عربي | Türkçe")."""
    parts = [part.strip() for part in line.replace(" / ", "|").split("|")]
    return len(parts) >= 2 and all(
        part and (_is_listed(part) or _EDITION.sub("", part.casefold()) in _AUTONYMS)
        for part in parts
    )


# "English edition", "Version française", "Edisi Indonesia": a language's edition of a site
_EDITION = re.compile(r"\s+edition$|^version\s+|^edisi\s+")


# Languages by their own names, as a site's switch between its editions names them.
_AUTONYMS = word_set(
    """english indonesia bahasa melayu français deutsch español português italiano nederlands
    türkçe русский українська македонски shqip srpski српски hrvatski bosanski slovenščina
    română magyar polski čeština slovenčina български ελληνικά عربي العربية کوردی kurdî
    فارسی اردو हिन्दी 中文 简体中文 繁體中文 日本語 한국어 ไทย tetun tagalog filipino kiswahili
    ქართული հայերեն azərbaycan қазақша o'zbek тоҷикӣ монгол eesti latviešu lietuvių suomi
    svenska norsk dansk íslenska gaeilge cymraeg català euskara galego malti française
    kirundi kinyarwanda swahili"""
) | {"bahasa indonesia", "bahasa melayu", "tiếng việt"}
# Languages as English names them, and in their own names, one word each
_LANGUAGES = _AUTONYMS | word_set(
    "french spanish portuguese german russian belarusian ukrainian chinese arabic japanese "
    "korean italian dutch turkish persian indonesian malay thai vietnamese hindi urdu"
)


# An account's buttons with no bars between them, icons among them: Medium's "Write 🔔 Sign
# up Sign in", Substack's "Subscribe Sign in".
_ACCOUNT_BAR = re.compile(
    r"(?:(?:write|sign\s+(?:in|up|out)|log\s+(?:in|out)|subscribe|register|get\s+started"
    r"|masuk|daftar|(?:ber)?langganan)(?:\s+|$)|[^\w\s]+(?:\s+|$)){2,}",
    re.IGNORECASE,
)


# A share bar's label and its icons, copied as marks and single letters: "Bagikan 📋 f ✆"
_SHARE_ICONS = re.compile(
    # "Share 🔗 f 𝕏 ✆": icons, single letters, and the letters of the sites
    r"(?i:bagikan|share|sebarkan)\s*:?(?:\s+(?:[^\w\s]+|[a-z]|[^\x00-\x7f]|(?i:wa|fb|in|x)))+"
)


def _app_row(line: str) -> bool:
    """A read-later app's row over the page it keeps: its link to the original, the reading
    time and its own name ("Read original · 5 min read · Omnivore")."""
    parts = [part.strip() for part in line.split(" · ")]
    return any(_ORIGINAL_LINK.fullmatch(part) for part in parts) and all(
        _ORIGINAL_LINK.fullmatch(part) or is_app(part) or is_furniture(part) for part in parts
    )


_ORIGINAL_LINK = re.compile(
    r"(?i:(?:read|view|open|see|baca|lihat|buka)\s+(?:the\s+)?(?:original|asli(?:nya)?))"
)


def _dotted_menu(line: str) -> bool:
    """A row of links parted by middle dots: "LIVE SCORE · Liga Inggris · MotoGP · Badminton"."""
    parts = line.split(" · ")
    return (
        len(parts) >= 4
        and all(
            part.strip() and len(part.split()) <= 4 and not part.strip().endswith(".")
            for part in parts
        )
        # "Name · Selasa, 12 Desember 2028 · 10:00 WIB · 4 menit baca" (Carmudi): a byline row
        and not any(_YEAR_CELL.search(part) for part in parts)
    )


_YEAR_CELL = re.compile(r"\b(?:19|20)\d\d\b")


_SIGNED_PERCENT = re.compile(r"[-+▲▼]\d+(?:[.,]\d+)?\s?%")


def _ticker(line: str) -> bool:
    """A market ticker over the headline: "FBM KLCI 1,618.42 +3.15 (+0.20%) as at 18 Nov 2025
    5:00 PM", "Nikkei 225 49,559.07 +0.08% USD/JPY 156.89": figures, a signed change, few
    words, no sentence."""
    if len(line) > 140 or line.endswith((".", "!", "?")) or not _SIGNED_PERCENT.search(line):
        return False
    tokens = line.split()
    figures = sum(1 for token in tokens if any(char.isdigit() for char in token))
    lower = sum(1 for token in tokens if token.isalpha() and token.islower())
    # "IHSG 7.912,44 ▲ +1,21%" (EmitenNews): one index, its arrow; "IHSG 7.412,06 (-1,21%)"
    # (WartaBursa): one index, its change in brackets, no more words
    return (
        figures >= 3
        or (figures == 2 and ("▲" in line or "▼" in line))
        or (figures == 2 and len(tokens) <= 4 and "(" in line)
    ) and lower <= 3


_COPYRIGHT_INSIDE = re.compile(r"©\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s+)?[A-Z]")


# "Marcus Yee contributed." (NBC): the note alone, the writers' names and the verb
_CONTRIBUTED = re.compile(
    r"(?:[A-Z][\w'’\-]+\s+){1,3}(?:and\s+(?:[A-Z][\w'’\-]+\s+){1,3})?contributed\."
)


# Furniture that opens on anything and is known by what it ends in: tried only on lines that
# hold that ending, since a pattern opening on ".{2,60}" costs every line a scan.
_BREADCRUMB = re.compile(
    r"[\w.\-]+(?:\s+[\w.\-]+){0,3}(?:\s+[>»›]\s+[\w.\-]+(?:\s+[\w.\-]+){0,3}){2,}$"
)
_SUBSCRIPTION = re.compile(
    r".{0,80}\b(?:in\s+your\s+inbox|subscribe\s+and\s+support|premium\s+subscription)\b.*$",
    re.IGNORECASE,
)
_MARKED = (
    # "Malaysia's data centre boom … on x (opens in a new window)": a share link
    (
        "new window",
        re.compile(
            r".{2,200}\s+on\s+(?:x|facebook|linkedin|twitter|whatsapp|threads|bluesky)"
            r"\s+\(opens\s+in\s+a\s+new\s+window\)$",
            re.IGNORECASE,
        ),
    ),
    # WordPress's share buttons in Indonesian: "Klik untuk berbagi di Facebook(Membuka di
    # jendela yang baru)"
    (
        "jendela yang baru",
        re.compile(r"klik\s+untuk\s+.{2,60}\(\s*membuka\s+di\s+jendela\s+yang\s+baru\s*\)$", re.I),
    ),
    ("podcast", re.compile(r"[\w ]{2,40}\s+podcast$", re.IGNORECASE)),
    ("s leading", re.compile(r"[\w.\- ]{2,30}\s+is\s+\w+['’]s\s+leading\s+.{5,120}$")),
    # "Hidayati covers Indonesia for The Associated Press.": the writer's note
    (
        " covers ",
        re.compile(
            r"(?:[A-Z][\w'’\-]+\s+){1,3}covers\s+[^.]{2,80}\s+for\s+(?:the\s+)?[A-Z][^.]{1,50}\."
            # "… from Fresno. She previously reported for the Fresno Bee …": the note goes on
            r"(?:\s+(?:She|He|They)\s.{0,200})?$"
        ),
    ),
    # "Do you like the content of this article?", "Do you have questions about the biggest
    # topics and trends from around the world? Get the answers with SCMP Knowledge …"
    (
        "Do you ",
        re.compile(r"Do\s+you\s+(?:like|have\s+questions\s+about|enjoy)\b.{0,60}\?.*$"),
    ),
    # "KapanLagi.com > Berita > Film": a breadcrumb, whichever of its marks it uses
    (" > ", _BREADCRUMB),
    (" » ", _BREADCRUMB),
    (" › ", _BREADCRUMB),
    # "Sky News - back to home": the link to the front page (read_top takes a known outlet's
    # name from it first)
    ("back to home", re.compile(r".{2,40}\s+-\s+back\s+to\s+home$", re.IGNORECASE)),
    # a site's logo ("The Times logo", "NBC News Logo") and its owner's self-description
    ("ogo", re.compile(r"(?:[\w.&'’]+\s+){1,4}logo$", re.IGNORECASE)),
    (" company", re.compile(r"[\w .&]{2,30},\s+an?\s+[\w .&]{2,30}\s+company$", re.IGNORECASE)),
    ("situs berita", re.compile(r"[\w.\-]+\s+adalah\s+situs\s+berita\b.*$", re.IGNORECASE)),
    # "Jakarta Globe English News": a corporate tagline in title case
    (
        "English",
        re.compile(r"(?:[A-Z][\w.]*\s+){1,5}English(?:\s+Language)?\s+(?:News|Daily|Edition)$"),
    ),
    # The Conversation's disclosures: "Rina Sulistyowati receives funding from …", "X does not
    # work for, consult, own shares in or receive funding from any company …", "Universitas
    # Airlangga provides funding as a member of The Conversation ID."
    (
        "funding",
        re.compile(
            r"(?:[A-Z][\w'’.\-]+\s+){1,4}(?:receives\s+funding\s+from|provides\s+funding\s+as\s+a"
            r"\s+member\s+of|does\s+not\s+work\s+for,\s+consult)\b.*$"
        ),
    ),
    # a market ticker strip: "DJIA 41433.48 -1.14%", "U.S. 10 Yr -13/32 Yield 4.315%", "IHSG
    # 7.120,35 +0,52%"
    (
        "%",
        re.compile(
            r"(?:[\w&.\-]+\s+){1,4}[-+▲▼]?[\d.,/]+(?:\s+yield)?\s+[-+▲▼]?\d+(?:[.,]\d+)?\s?%$",
            re.IGNORECASE,
        ),
    ),
    # newsletters and paywalls: "… in your inbox each morning", "Subscribe and support …"
    ("inbox", _SUBSCRIPTION),
    ("ubscribe and support", _SUBSCRIPTION),
    ("remium subscription", _SUBSCRIPTION),
)


def _marked(line: str) -> bool:
    if not (
        "window" in line
        or "jendela" in line
        or "podcast" in line
        or "leading" in line
        or " > " in line
        or " » " in line
        or " › " in line
        or "back to home" in line
        or " covers " in line
        or "Do you " in line
        or "ogo" in line
        or " company" in line
        or "situs berita" in line
        or "English" in line
        or "inbox" in line
        or "ubscri" in line
        or "%" in line
        or "funding" in line
    ):
        return False  # most lines: none of the marks, told without a loop
    return any(mark in line and pattern.match(line) for mark, pattern in _MARKED)


# The writer's note under an English story: "Mariko Sato is a reporter in the Tokyo bureau of
# The Times, covering …", "Arti Ramanathan Science reporter focusing on biodiversity". Case
# matters: a name, then what they do; a sentence about a reporter ("… who was beaten") is not.
# Rappler signs with the first name alone: "Carlo is a multimedia reporter covering …".
_WRITER_NOTE = re.compile(
    r"^(?:(?:[A-Z][\w'’\-]+\s+){1,2}[A-Z][\w'’\-]+\s+(?:is\s+(?:a|an|the)\s+)?"
    r"|(?!(?:He|She|This|It|That|Each|Every)\s)[A-Z][\w'’\-]+\s+is\s+(?:a|an)\s+)"
    r"(?:[\w\-]+\s+){0,4}"
    r"(?:[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Ww]riter|[Cc]olumnist|bureau\s+chief"
    r"|[Jj]ournalist|producer)\b"
)
_WRITER_NOTE_WORDS = re.compile(
    r"\b(?:covers?|covering|bureau|focus(?:es|ing)\s+on|based\s+in)\b"
    # "Jordan Whitaker is a health reporter for NBC News.": the outlet closes the note
    r"|\b(?:for|with|at)\s+(?:the\s+)?[A-Z][\w&'’\-]*(?:\s+(?:(?:and|&)\s+)?[A-Z][\w&'’\-]*)*"
    r"(?:\.|$)"  # "… at the Mail & Guardian."
)
# "who covers …" goes on a writer's note; "who said …" is the story's
_NOT_A_NOTE = re.compile(
    r"\b(?:said|says|told|was|were|had)\b|\bwho\b(?!\s+(?:covers|writes|reports))|[“”\"]"
)


# Magdalene's note under the story: "Aurelia Kinanti Suryadarma adalah reporter Magdalene
# yang menulis isu gender dan ketenagakerjaan."
_CATATAN_PENULIS = re.compile(
    r"(?:[A-Z][\w'’\-]+\s+){1,4}adalah\s+(?:reporter|jurnalis|wartawan|editor|penulis"
    r"|kontributor)\s+(?:[A-Z][\w.\-]*\s+){1,3}yang\s+(?:menulis|meliput|berfokus|fokus)\b[^\"“”]*"
)


_TEMPERATURE = re.compile(r"(?:[A-Za-z]+\s){0,2}-?\d{1,3}\s?°\s?[FCfc]?")
# A consent dialog's notice, however long: "We use cookies and similar technologies to …"
_COOKIE_NOTE = re.compile(
    r"(?:we\s+use|this\s+(?:site|website)\s+uses|kami\s+menggunakan|situs\s+ini\s+menggunakan)"
    r"\s+cookies?\b",
    re.IGNORECASE,
)
# The desk's note on a change to the story, above or under it: "Correction: Because of a
# reporting error, an earlier version of this story misstated …" (the Boston Globe), "*Update,
# 25 May, 10:15 a.m.: This story has been updated to correct …" (Science)
_EDIT_NOTE = re.compile(
    r"\*?\s?(?:corrections?|clarification|update|updated)\b.{0,40}?:\s+"
    r"(?:because\s+of\s+an?\s+[\w\s]{2,30}\s+error,\s+)?"
    r"(?:an\s+earlier\s+version|a\s+previous\s+version"
    r"|this\s+(?:story|article)\s+(?:has\s+been|was)\s+(?:updated|corrected|amended))\b",
    re.IGNORECASE,
)


def _edit_note(line: str) -> bool:
    if line[:1] not in "*CcUu":
        return False
    head = line[:16].casefold()
    return ("correction" in head or "update" in head or "clarification" in head) and bool(
        _EDIT_NOTE.match(line)
    )


def _writer_note(line: str) -> bool:
    if " adalah " in line and len(line) <= 300 and _CATATAN_PENULIS.fullmatch(line):
        return True
    return (
        len(line) <= 300
        and (
            "eporter" in line
            or "orrespondent" in line
            or "ditor" in line
            or "riter" in line
            or "olumnist" in line
            or "ournalist" in line
            or "producer" in line
            or "bureau chief" in line
        )  # most lines name no reporter: a cheap test first
        and _WRITER_NOTE.match(line) is not None
        and _WRITER_NOTE_WORDS.search(line) is not None
        and _NOT_A_NOTE.search(line) is None
    )


def _promo(line: str) -> bool:
    """The outlet's own promotion (checked only for lines opening with one of its words)."""
    first = line[:24].split(maxsplit=1)
    if not first:
        return False
    head = first[0].casefold().strip("!:,(")
    if head not in _PROMO_OPENERS and not (
        "contributed" in line
        or "klik" in line
        or "ownload" in line  # "download", "Download"
        or "sharing this" in line
        or " list " in line
        or "journalism" in line
        or "news organi" in line
        or "news service" in line
        or "reported from" in line
        or "appears in print" in line
        or "appears in the print" in line
        or "print edition" in line
        or "up-to-date" in line
        or "diversified" in line
        or "relies on" in line
        or "nirlaba" in line
        or "free to read" in line
        or "be contacted" in line
        or "be reached" in line
        or "ditor's note" in line
        or "ditor’s note" in line
    ):
        return "ign up" in line and _SIGN_UP.match(line) is not None
    return bool(_PROMO.match(line)) or ("ign up" in line and _SIGN_UP.match(line) is not None)


def _related_run(line: str) -> bool:
    """ "Baca Ini Juga Deh:Temukan …Bukan Sakit Serius, …", "Cek Yang Lain Juga, Yuk!…":
    related headlines run together under their label, with no sentence of the story glued
    after them ("Baca juga: … Tim iNews mencoba …" is kept)."""
    return (
        line[:1] in "BbYyJjCc"
        and ". " not in line
        and not line.endswith(".")
        and _RELATED_LABEL.match(line) is not None
    )


# The labels KapanLagi's family of sites puts over a run of related headlines.
_RELATED_LABEL = re.compile(
    r"(?:yuk\s+)?baca(?:\s+ini)?\s+juga\b(?:\s+deh)?\s*[:!]"
    r"|yuk\s+baca\s+artikel\s+lainnya|baca\s+artikel\s+menarik\s+lainnya"
    r"|jangan\s+ketinggalan\s+baca\s+yang\s+ini\s+juga|cek\s+yang\s+lain\s+juga,?\s+yuk"
    r"|berita\s+lainnya",
    re.IGNORECASE,
)


# "… Sign up for our Morning Edition newsletter.": a sign-up for the outlet's mail only
_SIGN_UP = re.compile(r".{0,240}\bsign\s+up\b.{0,80}\b(?:newsletter|inbox|here)\b", re.IGNORECASE)


# A reader's own note under the copy they keep: "Catatan Prokopim: Perlu rilis …",
# "Secretary's note: contact details on file.", "Note: …"
_READERS_NOTE = re.compile(r"(?:catatan(?:\s+[\w.]+){0,2}|[a-z.]+['’]s\s+note|notes?)\s*:\s", re.I)


def ends_article(line: str) -> bool:
    """Tell whether a line opens a section that follows the article (related, tags, comments)."""
    if ":" in line[:30] and _READERS_NOTE.match(line):
        return True
    if len(line) > 60:
        if line.startswith(_LONG_ENDINGS) or _SOURCE_ADDRESS.fullmatch(line):
            return True
        if len(line) <= 300 and (
            (line[:1] in "—–" and _DASHED_WRITER_NOTE.match(line))
            or (". " in line[:45] and _NAMED_WRITER_NOTE.match(line))
        ):
            # "— Natalie Brandvold covers K-12 education for The Oregonian/…"; "Lorena Vasquez.
            # Lorena Vasquez covers technology and energy for The Dallas Morning News. …"
            return True
        # "TAGS: Ang Pagbabalik, Filipino films, horror, …" (the Inquirer): its tags in a row;
        # "Like Business on Facebook, follow @TribuneBiz on Twitter …": a desk's accounts
        return len(line) <= 300 and (
            _TAG_ROW.match(line) is not None or _FOLLOW_DESK.match(line) is not None
        )
    return bool(_END_OF_ARTICLE.match(line))


_NAMED_WRITER_NOTE = re.compile(
    r"(?P<name>[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,3})\. (?P=name) (?:covers|writes|reports)\b"
)
# The writer's note after a dash under the story (Advance Local): "— Name covers … for …"
_DASHED_WRITER_NOTE = re.compile(
    r"[—–]\s*[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3}\s+(?:covers|writes|reports)\b"
)
_FOLLOW_DESK = re.compile(r"like\s+[\w&]+(?:\s+[\w&]+)?\s+on\s+facebook,\s+follow\s+@\w+", re.I)
_TAG_ROW = re.compile(
    r"(?:tags?(?:\s*/\s*keywords)?|keywords|topik(?:\s+terkait)?|topics|more\s+on|filed\s+under)\s*:\s*[^.!?]+$",
    re.IGNORECASE,
)  # "Topik Terkait:  korupsi dana desa   Blora   Pengadilan Tipikor Semarang …" too
_RESERVED = ("ALL RIGHTS RESERVED.", "All rights reserved.", "All Rights Reserved.")
_SITE_NOTES = (
    "This document is subject to copyright",
    "This article has been reviewed according to",
    # Advance Local's notice, set between the story's paragraphs
    "If you purchase a product or register for an account through a link on our site",
)
# How a long line under the story opens when the story has ended there
_LONG_ENDINGS = (
    # Hindustan Times's pitch under the story
    "Catch your daily dose of ",
    # ACM's appeal under the story's opening, over its offers
    "Our journalists work hard to provide local, up-to-date news",
    # a science site's reference to the paper and how to cite the story (Phys.org): "More
    # information: Mereana Tait et al, …, Global Change Biology (2033). DOI: …"
    "More information: ",
    "Citation: ",
    # a document's link to the story it holds
    "Read this story online",
    "Read this article online",
    # a newsletter's foot: why the reader got it
    "You are receiving this",
    "You're receiving this",
    "You received this email because",
    "Anda menerima email ini karena",
    # a comment form's notice (WordPress, in both languages), a translation's note
    "Alamat email Anda tidak akan dipublikasikan",
    "Your email address will not be published",
    "This article was originally published in",
    "This article originally appeared on",  # the USA TODAY Network's papers share stories
    "Comments are not available on AMP pages",  # an AMP page's foot
    "Related on this page:",  # an e-paper's links to the page's other stories
    "Originally saved from",  # a read-later app's note under the page it saved
    "Read full story:",  # a channel's link to the story it teased
    # a correction appended under the story
    "Correction: An earlier",
    "Correction: A previous",
    "CORRECTION: An earlier",
    "CORRECTION: A previous",
    # the Arkansas Democrat-Gazette's foot: who helped, the headline in print
    "Information for this article was contributed by",
    "Print Headline:",
    "Ralat:",
    # a newsletter's sign-off, a writer's note, a post's own edit note
    "Like this post?",
    "About the author",
    "Tentang penulis",
    "Edit:",
    # a ministry's release note ("… Biro Komunikasi dan Informasi Publik …")
    "Berita ini disiarkan oleh",
    # an office letter's closing round the clippings it sends (an e-office's memo)
    "Demikian disampaikan, atas perhatian",
    "Demikian kami sampaikan, atas perhatian",
    "Demikian disampaikan. Atas perhatian",
    "Demikian kami sampaikan. Atas perhatian",
    # a comment box's login (Japan Today) and its rules (The Express Tribune)
    "Use your Facebook account to",
    "Comments are moderated",
)


@dataclass(frozen=True, slots=True)
class Byline:
    """Who wrote an article, as a byline line names them; name is None for an organisation."""

    name: str | None
    outlet: str | None = None


DAY_AFTER_NAME = re.compile(r"\s+\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}$")
# "by Name on 12 November 2025", "Oleh Nama pada Minggu, 20 Desember 2026 21:30 WIB"
DAY_AFTER_BYLINE = re.compile(
    r"\s+(?:on|pada)\s+(?:[A-Za-z]+,?\s+)?"
    r"(?:\d{1,2}\s+[A-Za-z]+\.?|[A-Za-z]+\.?\s+\d{1,2},?)\s+\d{4}\b"
    # "Written by Name on June 30, 2027 in News, Politics · 3 comments" (The Sofia Globe);
    # "Oleh Humas Diposting pada 18 Oktober 2027 Dilihat 2.317 kali" (Setkab): its readers
    r"(?:[^A-Za-z]*(?:[A-Z]{2,4})?|\s+in\s+.*|\s+(?:[Dd]ilihat|[Dd]ibaca|[Vv]iews?)\b.*)$"
)
_BYLINE_THEN_BIO = re.compile(
    r"(?P<byline>by\s+[^.,]{2,60},\s*(?:senior\s+)?(?:contributor|forbes\s+staff|staff\s+writer))"
    r"\.\s+[A-Z].{10,300}$",
    re.IGNORECASE,
)


# "[seok.hanbyul@joongang.co.kr]" after the name, or the writer's handle ("@BethyAsfaw")
# A writer's address after the name: "SEOK HAN-BYUL [seok.hanbyul@joongang…]", "Park Ji-hoon
# (jhpark@bhherald.kr)"
MAIL_AFTER_NAME = re.compile(
    r"\s*[\[(<]?\s*(?:[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|@\w{2,30})\s*[\])>]?\s*$"
)


# A byline in a later cell of a row: "site · Oleh Name", "RNZ • By Name"
_BYLINE_CELL = re.compile(
    r" [·•] ((?:By|by|BY|Oleh|oleh|OLEH|Penulis:?) [^·•]{3,60}?)\s*(?:[·•]|$)"
)


def read_byline(line: str) -> Byline | None:
    """Read a byline ("Penulis: X", "By Jane Doe", "Name - detikNews"), or None if it is not one."""
    line = line.strip()
    if line[:3] in ("By ", "by ", "BY ") and (bio := _BYLINE_THEN_BIO.match(line)):
        line = bio["byline"]  # "By Name, Contributor. Name covers startups …" (Forbes)
    if len(line) > 110:
        return None
    if (
        (" · " in line or " • " in line)
        and (later := _BYLINE_CELL.search(line))
        and not any(char.isdigit() for char in line[: later.start()])
    ):
        # "piksel harian · Oleh Dimas Prasetyo Wibowo" (a feed reader's row): the site, then
        # the byline in a cell of its own (not after a date: that line is the date's)
        return read_byline(later[1])
    if " | " in line and line[:1] in "EeRrPp" and _EDITOR_LABEL.match(line):
        # "Editor : Rico Mardianto | Penulis : Dedy Afrianto": the writer's cell, after the
        # editor's
        return next(filter(None, map(read_byline, line.split(" | ")[1:])), None)
    match = _BYLINE.match(line)
    writer, bar, cell = line.partition(" | ")
    if (
        not match
        and bar
        and _EDITOR_LABEL.match(cell)
        and ":" not in writer
        and len(writer.split()) >= 2
        and not is_section(writer)
    ):
        # "Rusdi Anshari | Editor: Mawardi": the writer's name with no label, then the
        # editor's cell
        return _byline(writer)
    if match:
        # "Oleh karena itu, ..." and "By Tuesday, the ..." are sentences: no part reads as a name;
        # in "Rep: Febryan A/ Red: Nidia Zuraya" the editor after the slash is not the writer.
        name = _AFTER_WRITER.split(match["name"], maxsplit=1)[0]
        if name[:1].islower() and (titled := _LOWER_TITLE.match(name)):
            name = name[titled.end() :]  # "oleh apt. Dian Puspitasari, M.Farm": a pharmacist
        if "@" in name:
            name = MAIL_AFTER_NAME.sub("", name)  # "By SEOK HAN-BYUL [seok.hanbyul@joongang…]"
        if " on " in name or " pada " in name:
            name = DAY_AFTER_BYLINE.sub("", name)  # "by Name on 12 November 2025" (Mongabay)
        if name[-4:].isdigit():
            undated = DAY_AFTER_NAME.sub("", name).split()
            if undated and undated[-1].istitle():
                name = " ".join(undated)  # "Penulis Nama   25 November 2025"
        if (where := _PLACE_AFTER_NAME.search(name)) and (
            known_place(where[1]) or " " not in where[1]
        ):
            # "Laporan: Tengku Muhammad Rizal (Pekanbaru)", "DEDI ARIANTO (Telukkuantan)"
            name = name[: where.start()]
        elif (where := _PLACE_AFTER_DASH.search(name)) and known_place(where[1]):
            name = name[: where.start()]  # "Laporan: Yulia Fitri — Batusangkar"
        if name.isupper() and (role := _CAPS_ROLE_AFTER.search(name)):
            name = name[: role.start()]  # "BY NATHANIEL COBB STAFF WRITER" (Press Herald)
        elif "," not in name and name.endswith(_TITLED_ROLES):
            name = _without_titled_role(name)  # "By Rebecca Hale Local Democracy Reporter"
        elif name.endswith(" Staff") and len(staff := name.split()[:-1]) >= 2:
            # "By Kristen Lachance Examiner Staff" (Torstar): the paper's staff, by its word
            while len(staff) > 2 and staff[-1].casefold() in _STAFF_PAPERS:
                staff.pop()
            name = " ".join(staff)
        if name[:2].isupper() and (shouted := _CAPS_NAME_THEN.match(name)):
            name = shouted[1]  # "By KEALA MAKOA Hawaii Tribune-Herald": the name in capitals
        if match["oleh"]:
            # "By Indonesia correspondent Jane Doe in Denpasar": the writer between the beat
            # and the place; "By Giulia Ferraro with AP", "By: Kristine Villareal - Reporter"
            name = _BEAT.sub("", _FILED_IN.sub("", _WITH_WIRE.sub("", name)), count=1)
        writer, of_the, paper = name.replace(" of The ", " of the ").partition(" of the ")
        if of_the and len(writer.split()) >= 2 and paper[:1].isupper() and len(paper.split()) <= 3:
            return _byline(writer.rstrip(" ,;"))  # "By Kerri Walden of the Tribune": its staff
        writer, the, paper = name.partition(" The ")
        if the and len(writer.split()) >= 2 and paper[:1].isupper() and len(paper.split()) <= 3:
            # "By Tyler Brandt The Spokesman-Review": the paper after the name, by its "The"
            return _byline(writer.rstrip(" ,;"), f"The {paper}")
        words = name.split()
        for size in (2, 1):  # "By Garrett Lindholm Fox News": the outlet after the name
            outlet = " ".join(words[-size:])
            if len(words) > size + 1 and is_outlet(outlet):
                return _byline(" ".join(words[:-size]).rstrip(" ,;|-–—"), outlet)
        writer, comma, desk = name.rpartition(", ")
        if comma and len(writer.split()) >= 2 and _BRAND.match(desk) and " " in desk:
            return _byline(writer, desk)  # "By Name, GMA Integrated News"
        named = NAME_OUTLET.match(name)
        if named and is_outlet(named["outlet"]):
            # "Penulis : Annasa Rizki Kamalina - Bisnis.com": the writer, then the outlet
            return _byline(named["name"], named["outlet"])
        return _byline(name, _barred_paper(match["name"]))
    match = _REPORT_BYLINE.match(line)
    if match and not (match["role"] or match["outlet"] or match["bar"]) and ", " in match["name"]:
        writer, _, filed = match["name"].rpartition(", ")
        if known_place(filed) and (found := _byline(writer)):
            return found  # "Laporan Dedi Julizar, Mukomuko": the writer and where they file
    if match and (match["role"] or match["outlet"] or match["bar"]):
        paper, comma, reporter = match["name"].partition(", ")
        if comma and not match["outlet"] and match["role"] and person_or_team(reporter):
            return _byline(reporter, paper)  # "Laporan Wartawan Tabura Pos, Yohanes Kambu Wanma"
        return _byline(match["name"], match["outlet"])
    for shape in (NAME_OUTLET, _NAME_COMMA_OUTLET):
        match = shape.match(line)
        if match and is_outlet(match["outlet"]) and not known_place(match["name"]):
            found = _byline(match["name"], match["outlet"], lower_ok=True)
            return found or Byline(None, match["outlet"])
    return None


# The word a paper's staff are signed by after a writer's name: "Examiner Staff", "Star Staff"
_STAFF_PAPERS = frozenset(
    {"examiner", "star", "spectator", "record", "standard", "review", "sun", "citizen",
     "province", "leader-post", "starphoenix", "journal", "herald", "times", "post", "news",
     "tribune", "gazette", "free", "press", "toronto", "hamilton", "waterloo", "region",
     # "By Mandy Okafor Globe Staff" (The Boston Globe), and other US papers' own words
     "globe", "chronicle", "courant", "register", "observer", "dispatch", "inquirer",
     "sentinel", "bulletin", "advertiser", "statesman", "enquirer", "courier", "telegraph"}
)  # fmt: skip
_PAPER_TAILS = frozenset(
    {"news", "times", "post", "daily", "herald", "tribune", "gazette", "journal", "express"}
)


_JOINED_BODY = re.compile(r"^\S+(?:\s+\S+){0,3}\s+(?:dan|and|&)\s", re.IGNORECASE)


def person_or_team(name: str, *, lower_ok: bool = False) -> str | None:
    """The people a byline names, as written; None when it names an organisation or no one."""
    name = name.strip(" .:-–—")
    if name.casefold() in ("tim", "team"):
        return None  # "tim | CNN Indonesia": the desk's team, no one
    if name[-1:] == ")":
        name = _INITIALS_AFTER_NAME.sub("", name)  # the writer's initials, as the desk signs
    parts = [p for p in _NAME_PARTS.split(name) if p]
    if not parts or len(parts) > 6:
        return None
    if (
        len(parts) > 1
        and {w.casefold() for w in parts[0].split()} & _ORGANISATION_WORDS
        and _JOINED_BODY.search(name)
    ):
        return None  # "Biro Komunikasi dan Informasi Publik": one body's name, "dan" in it
    kept = []
    for index, part in enumerate(parts):
        words = part.split()
        folded = {w.casefold().strip(".,") for w in words}
        if is_outlet(part) or folded & _ORGANISATION_WORDS or folded & _ROLE_WORDS:
            continue
        if index and _DEGREE.fullmatch(part):
            continue  # "Rian Saputra, S.Sos": the writer's degree
        if index and len(words) > 1 and words[-1].casefold() in _PAPER_TAILS:
            continue  # "Lo Ching-wen, Taiwan News, Staff Writer": the paper after the name
        if index and part.isupper() and part.isalpha() and 2 <= len(part) <= 6:
            continue  # "Arya Wicaksana Purnomo, ANU" (East Asia Forum): the writer's campus
        if place_name(part) or (
            index and len(words) == 1 and part.isalpha() and part.istitle() and name.count(",") == 1
        ):
            # "Jane Doe, Jakarta", "By Siddharth Rao Kulkarni, Bhubaneswar": where the writer
            # is, not who (a second writer has a name of two words or more)
            continue
        if not 1 <= len(words) <= 6 or (part.endswith((".", "!", "?")) and len(words[-1]) > 2):
            return None
        if any(mark in part for mark in _NOT_IN_NAMES):
            return None  # "Baca: Jokowi - JK Masih Kompak" is a link, not a writer
        if (
            not lower_ok
            and not all(
                w[:1].isupper()
                or not w[:1].isalpha()
                or w in _PARTICLES
                # "Ali Hassan al-Jubouri", "Abdel Fattah el-Sisi": the article glued to the name
                or (w[:3] in ("al-", "el-") and w[3:4].isupper())
                for w in words
            )
        ):
            return None
        if not words[0][:1].isalpha():
            return None
        if words[0] != "Tim" and any(w[0].isdigit() and _SCORE_WORD.fullmatch(w) for w in words):
            return None  # "Kerry 1-19 Galway 1-16", "Arsenal 2 Chelsea 1": a result, no one
        if (
            words[0].casefold() in COMMON
            and words[0].casefold() != "tim"
            # Bali's "I" opens a name ("I Gede Wira Adnyana Putra")
            and not (words[0] == "I" and len(words) > 1 and words[1].casefold() in BALINESE)
            # so does a Sasak noble's "Lalu" ("Lalu Ramdhan Hakiki"), before two more words or
            # one that is no common word ("Lalu Habibullah", not "Lalu Presiden")
            and not (
                words[0].casefold() in NOBLE_OPENERS
                and (
                    len(words) > 2
                    or (words[1].casefold() not in COMMON and words[1].casefold() not in TITLES)
                )
            )
            # and English's "Dan Kessler", "Di Maria" as a byline writes them
            and not (words[0] in ("Dan", "Di", "Yang") and len(words) > 1)
        ):
            return None
        kept.append(part)
    if not kept:
        return None
    found = name if len(kept) == len(parts) else ", ".join(kept)
    if all(k.isupper() and " " in k for k in kept) and any(len(w) > 3 for w in found.split()):
        # "By NINIEK KARMINI", "By TARRENCE TAN and RAHIMY RAHIM": the wire's capitals
        found = " ".join(w if w in ("and", "dan", "&") else w.title() for w in found.split())
    return found


# The day a byline runs on into after the name: "Citra Anggraini Sabtu, 9 November 2030"
_WEEKDAY_AFTER_NAME = re.compile(
    r"\s+(?:senin|selasa|rabu|kamis|jum['’]?at|sabtu|minggu|ahad|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday)\b,?(?:\s+\d.*)?$",
    re.IGNORECASE,
)


def without_weekday(name: str) -> str:
    """A writer's name without the day a page's byline box runs on into ("Citra Anggraini
    Sabtu, 9 November 2030": the name and the date, read as one line)."""
    day = _WEEKDAY_AFTER_NAME.search(name) if " " in name.strip() else None
    return name[: day.start()] if day and day.start() else name


def _barred_paper(cells: str) -> str | None:
    """The paper a byline's last cell names: "Noelle Fairbanks | nfairbanks@denverpost.com |
    The Denver Post"."""
    paper = cells.rsplit(" | ", 1)[-1].strip() if " | " in cells else ""
    words = paper.split()
    if 2 <= len(words) <= 5 and (
        is_outlet(paper)
        or (
            words[0] == "The"
            and all(w[:1].isupper() for w in words)
            and words[-1].casefold() in _PAPER_TAILS
        )
    ):
        return paper
    return None


def _byline(name: str, outlet: str | None = None, *, lower_ok: bool = False) -> Byline | None:
    person = person_or_team(name, lower_ok=lower_ok)
    if person is None and not _is_organisation(name):
        return None
    if outlet is None and person is not None:
        # "By Jane Doe, Reuters": the outlet named beside the writer ("Penulis: Antara" names
        # the agency an outlet republished, not the outlet)
        outlet = next((p for p in _NAME_PARTS.split(name.strip(" .")) if is_outlet(p)), None)
    return Byline(person, outlet)


def _is_organisation(name: str) -> bool:
    name = name.strip(" .:-–—")
    folded = {w.casefold().strip(".,") for w in name.split()}
    return is_outlet(name) or bool(folded & _ORGANISATION_WORDS)


# The photographer in capitals, then the paper's short name or the agency (BLOX): "MIKE
# McCLEARY, TRIBUNE", "LUIS SÁNCHEZ SATURNO, NEW MEXICAN FILE PHOTO"; only a picture has it.
_PHOTOGRAPHERS_CREDIT = re.compile(
    r"""(?:Ma?c)?[A-ZÀ-Ý][A-ZÀ-Ý.'’\-]*(?:\s+(?:Ma?c)?[A-ZÀ-Ý][A-ZÀ-Ý.'’\-]*){1,3},
    \s+(?:[A-Z][A-Z.'’&\-]*\s+){0,3}
    (?:TRIBUNE|HERALD|TIMES|NEWS|POST|JOURNAL|GAZETTE|SUN|STAR|MEXICAN|CHRONICLE|COURIER
      |PRESS|OBSERVER|DISPATCH|REGISTER|LEDGER|RECORD|STANDARD|EAGLE|STAFF|PHOTOGRAPHER
      |AP|FILE|CONTRIBUTED|SUBMITTED)
    (?:\s+(?:FILE\s+)?PHOTO)?""",
    re.VERBOSE,
)
# A picture's credit on a line of its own: "Katadata/Fauza Syahputra", "Getty/Goal",
# "Getty Images", "Foto: ANTARA/Aditya Pradana Putra", "Sumber gambar, Reuters".
_CREDIT_LINE = re.compile(
    r"""^(?:
        (?i:(?:foto|photo|photograph|photographer|image|sumber\s+gambar|image\s+source|kredit
          |(?:image|photo|picture)\s+credits?|credits?)  # "Image Credit: Name/Gulf News",
        # "Credit: Depositphotos" (The Diplomat)
        \s*[:,]\s*.{2,60})
      | (?i:getty(?:\s+images)?|reuters|afp|ap|epa|antara(?:\s+foto)?|shutterstock|istimewa
        |alamy|pa(?:\s+media|\s+wire)?|bloomberg|xinhua|anadolu|dok(?:umentasi)?\.?\s+pribadi)
      | [A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}\s*/\s*[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}
      # a file picture's credit and its year: "STAR-ADVERTISER / 2032"
      | [A-Z][A-Z.'’\-]*(?:\s+[A-Z][A-Z.'’\-]*){0,3}\s*/\s*(?:19|20)\d\d
      | \[[A-Z][^\[\]/]{1,40}/[A-Z][^\[\]/]{1,60}\]  # "[Handout/Indonesian Military …]"
      # "Courtesy of Lowell Observatory", "Courtesy photo", "Eagle file photo" (US papers)
      | (?i:courtesy(?:\s+of\s+.{2,60}|\s+photo))
      # a reader's or a family's picture, under its caption (The Gleaner): "Contributed"
      | (?i:(?:contributed|submitted)(?:\s+(?:photos?|image))?)
      # "Courtesy NASA Meteoroid Environment Office" (The Santa Fe New Mexican)
      | (?i:courtesy)\s+(?!(?i:call|visit|meeting)\b)[A-Z][^.]{2,60}
      # the Star-Advertiser's credit over its caption, in capitals: "COURTESY SUNDIAL PICTURES"
      | COURTESY(?:\s+[A-Z][A-Z.'’&\-]*){1,5}
      | (?:[A-Z][\w.'’\-]*\s+){1,4}(?i:file\s+photo)
    )$""",
    re.VERBOSE,
)


def is_credit(line: str) -> bool:
    """Tell whether a line is only a picture's credit (the caption is the line next to it)."""
    return (
        2 < len(line) <= 70
        and not line.endswith(".")
        and (_CREDIT_LINE.match(line) is not None or photographers_credit(line))
    )


def photographers_credit(line: str) -> bool:
    """Tell whether a line is a photographer's credit, which only a picture has: in capitals
    with the paper's name, the agency or the desk ("MIKE McCLEARY, TRIBUNE", "…, STAFF", "…,
    AP"), or with the photographer's post ("Ricardo Makyn/Chief Photo Editor", The Gleaner)."""
    return line[:1].isupper() and (
        (", " in line and _PHOTOGRAPHERS_CREDIT.fullmatch(line) is not None)
        or ("/" in line and _PHOTOGRAPHERS_POST.fullmatch(line) is not None)
    )


_PHOTOGRAPHERS_POST = re.compile(
    r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,3}\s*/\s*(?:[A-Z]\w*\s+){0,2}"
    r"(?i:photo(?:graphy)?\s+editor|photographer|photo|fotografer)"
)


# A credit that names itself after the caption: "… on Wednesday morning. - Copyright Valerio
# Nicolosi/AP Photo", "… in Hanoi. Photo by VnExpress/Giang Huy", "… only in 2017Image: Andrew
# Walmsley/NPL", "… on Court Philippe-Chatrier Credit: Getty Images/Clive Brunskill",
# "… in this file photo. Courtesy of Korea Aerospace Industries" (The Korea Times),
# "… within an hour.Credit...Noriko Hayashi for The New York Times".
_NAMED_CREDIT = re.compile(
    # "… Nov. 16, 2025. Photo courtesy of the organisers" (VnExpress)
    r"(?:photos?\s+(?=courtesy))?"
    r"(?:copyright|photo\s+by|credit:|image:|picture:|credit\s*(?:\.\.\.|…)|courtesy\s+of"
    # "… at his Merbein property. Picture by Jessica Tran" (Australian Community Media)
    r"|pictures?\s+by)"
    r"\s*[^.…]{2,80}$"
    # "… in Sandaun Province. – Picture supplied" (Post-Courier)
    r"|[–—-]\s*(?:picture|photo|image)\s+supplied$"
    # "… in Abuja on Friday. [PHOTO CREDIT: Indonesian Embassy, Abuja]" (Premium Times)
    r"|\[photo\s+credit\s*:[^\]]{2,80}\]$",
    re.IGNORECASE,
)


def _credited(line: str, tail: str) -> bool:
    if not (
        "redit" in tail
        or "opyright" in tail
        or "hoto by" in tail
        or "mage:" in tail
        or "ourtesy of" in tail
        or "icture" in tail
        or "REDIT" in tail
    ):
        return False  # most lines: no credit word at all
    found = _NAMED_CREDIT.search(line, max(0, len(line) - 110))
    if not found:
        return False
    before = line[: found.start()].rstrip(" -–—")
    # after a sentence, glued to the caption's last word, or a "Credit:" after a space
    return (
        before[-1:] in {".", ")"}
        or line[found.start() - 1 : found.start()].isalnum()
        or (found[0][:7].casefold() == "credit:")
    )


def is_caption(line: str) -> bool:
    """Tell whether a line is an image caption or credit rather than article text."""
    if _CAPTION_PREFIX.match(line):
        return True
    if len(line.split()) > 40 or ("/" in line[-14:] and _BARE_SIGN_OFF.search(line)):
        return False  # "… ketika air laut pasang. ma/ful": the writers' initials, no credit
    if (
        ")" in line
        and _PICTURED_AT.search(line)
        and (not line.endswith(_SENTENCE_END) or len(line.split()) <= 20)
        and not any(mark in line for mark in '“”"')
    ):
        # "The Minister of Finance, Dr Kofi Ansah-Mensah (3rd right), and other officials at
        # …" (Graphic Online), "… tracksuit Firebird (kiri) dan bucket hat (kanan).": who
        # stands where in the picture, after their name (not "The chart (right) shows …")
        return True
    if line[-1:] == "]" and _BRACKETED_CREDIT_LABEL.search(line, max(0, len(line) - 70)):
        return True  # "… Borno State [PHOTO CREDIT: @NEMA_Nigeria]" (Premium Times)
    if "till from" in line and len(line.split()) <= 25 and _FILM_STILL.search(line):
        return True  # "Aarav Malhotra and Tara Sehgal in a still from Dhoop Chhaon."
    if line[-1:] == "]" and _BARRED_CREDIT.search(line, max(0, len(line) - 60)):
        return True  # "… on Aug. 23. [ GRETA HOLLOWAY | Times ]" (Tampa Bay Times)
    return _credit_named(line) or _paren_credit(line)


# Where someone stands in the picture: "(3rd right)", "(left)", "(second from left)", "(kiri)"
_PICTURED_AT = re.compile(
    r"\b[A-Z][\w'’.\-]*[a-z]\s\((?i:(?:(?:\d(?:st|nd|rd|th)|second|third|fourth)\s+(?:from\s+)?)?"
    r"(?:left|right|centre|center|front|back|kiri|kanan|tengah)"
    r"|(?:dua|tiga|empat)\s+dari\s+(?:kiri|kanan))\)"
)
_BRACKETED_CREDIT_LABEL = re.compile(
    r"\[\s*(?:photo(?:graph)?\s+credit|photo|image|credit|foto)\s*:\s*[^\[\]]{2,50}\]$",
    re.IGNORECASE,
)
# A film's picture: "… in a still from Dhoop Chhaon.", "A still from the trailer of …"
_FILM_STILL = re.compile(r"(?:^|\bin\s)(?:a|an)\s+still\s+from\s+\S", re.IGNORECASE)
# The photographer and the paper in square brackets, parted by a bar
_BARRED_CREDIT = re.compile(r"\[\s*[A-Z][\w.'’\- ]{2,40}?\s+\|\s+[A-Z][\w.'’\- ]{1,30}?\s*\]$")


def credited_caption(line: str) -> bool:
    """A caption that names its picture's maker after a slash, a label or an agency ("… South
    Papua. Photograph: Andri Saputra/Getty Images"): never a headline, never the story."""
    return len(line.split()) <= 40 and _credit_named(line)


def _credit_named(line: str) -> bool:
    if "/" in line[-45:] and _SLASH_CREDIT.search(line, len(line) - 60):
        return True
    if (
        "/" in line[-45:]
        and (named := _OUTLET_SLASH_PHOTOGRAPHER.search(line, max(0, len(line) - 70)))
        and is_outlet(named["outlet"])
    ):
        return True  # "… di asrama, Jumat (5/8/2033). IDN Times/Fadilah Nur Aini"
    if "/" in line[-45:] and (slashed := _SLASHED_PHOTOGRAPHER.search(line, len(line) - 70)):
        # "… by the end of the year.Beth Nakamura / The Oregonian": the photographer and the
        # paper after the caption's last sentence, glued to it or not
        outlet = slashed["outlet"]
        return (
            outlet.startswith("The ")
            or is_outlet(outlet)
            or _BRAND.match(outlet) is not None
            # "… this summer. Caroline Heyward/Staff" (The Post and Courier)
            or _PICTURE_STAFF.fullmatch(outlet) is not None
        )
    if line[-1:] == "-" and _DASHED_CREDIT.search(line, len(line) - 45):
        return True  # "… Rabu 8 November 2028.-Deni/BE-" (Bengkulu Ekspress)
    if _CAPS_CREDIT.search(line, max(0, len(line) - 90)):
        return True
    tail = line[-70:]
    wired = ("/" in tail or "©" in tail or "|" in tail) and _WIRE_CREDIT.search(
        line, max(0, len(line) - 110)
    )
    # "A nickel plant in Morowali. Photograph: Yusuf Wahil/AFP/Getty Images"
    return bool(
        ((":" in line or " - " in tail or " – " in tail) and _TRAILING_CREDIT.search(line))
        or wired
        or _credited(line, tail)
        or (" for " in tail and _photographer_after_sentence(line))
        # "… fitted with solar-powered sensors. Getty Images" (Forbes): the agency alone
        or (
            line[-1:].isalpha()
            and line[line.rfind(" ") + 1 :].casefold() in _AGENCY_LAST_WORDS
            and _AGENCY_AFTER_SENTENCE.search(line, max(0, len(line) - 40)) is not None
        )
    )


_AGENCY_LAST_WORDS = frozenset(
    {"images", "afp", "reuters", "photo", "epa-efe", "bloomberg", "shutterstock", "foto"}
    | {"xinhua", "anadolu", "supplied", "pribadi", "penulis", "istimewa"}
)
_AGENCY_AFTER_SENTENCE = re.compile(
    r"[.!?]\s+(?:getty\s+images|afp(?:\s+via\s+getty\s+images)?|reuters|ap\s+photo|epa-efe"
    r"|bloomberg(?:\s+via\s+getty\s+images)?|shutterstock|antara\s+foto|xinhua|anadolu"
    # the family's own picture: "… after a scooter crash. Supplied", "Photo / Supplied"
    r"|(?:photo\s*/\s*)?supplied|dok(?:\.|umentasi)\s+(?:pribadi|penulis|istimewa))$",
    re.IGNORECASE,
)


# "… by the end of the year.Beth Nakamura / The Oregonian": the photographer and the paper
_SLASHED_PHOTOGRAPHER = re.compile(
    r"(?<=[a-z0-9)][.!?])\s*[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){1,3}\s?/\s?"
    # "The Globe and Mail": a paper's "and" between its words
    r"(?P<outlet>[A-Z][\w.\-]*(?:\s+(?:and\s+)?[A-Z][\w.\-]*){0,3})$"
)
# Who a picture is by, after the photographer's slash, when no outlet is named
# "… classes.Tessa Moriarty/Globe Staff" (The Boston Globe): the paper's word before it
_PICTURE_STAFF = re.compile(
    r"(?:[A-Z][a-z]+ )?Staff(?: Photographer| Photo)?|File(?: Photo)?|Provided|Contributed"
)
# "… turns a rusty orange after heavy rain. Adi Wirawan for The New York Times"
_SENTENCE_THEN_PHOTOGRAPHER = re.compile(
    r"[.!?]\s+[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){1,3}\s+for\s+(?P<outlet>[A-Z][\w.\- ]{1,40})$"
)


def _photographer_after_sentence(line: str) -> bool:
    """The photographer and the outlet named after the caption's last sentence, unmarked."""
    found = _SENTENCE_THEN_PHOTOGRAPHER.search(line, max(0, len(line) - 90))
    return found is not None and is_outlet(found["outlet"])


def _paren_credit(line: str) -> bool:
    """A caption closed by its credit in brackets: "… (Foto: Antara)", "… (Putu Sayoga for
    The Washington Post)"; a headline's "(Twitter)" is read as one too."""
    # Both patterns search the whole line; a scan for what each needs spares most lines that.
    match = _TRAILING_PAREN.search(line) if line.rstrip().endswith(")") else None
    if not match:
        return False
    credit = match.group(1)
    if credit[:5].casefold() in ("click", "klik ", "tap t"):
        return False  # "PHOTO GALLERY (CLICK TO ENLARGE)": a gallery's button, no credit
    if line[: match.start()].rstrip().endswith(("—", "–", " -")):
        return False  # "… he said. — (FREEMAN)": the desk's sign-off after a dash, no credit
    if _EDITOR_LABEL.search(credit):
        return False  # "… Daftar Merah IUCN. (Dedi/R6/HR-Online/Editor: Eva Latifah)": signed
    if re.fullmatch(r"[\d/\s.:-]+", credit) or re.fullmatch(
        r"[a-z]{1,5}\d{0,3}(?:/[a-z]{1,5}\d{0,3})*", credit
    ):
        return False  # a date, or the desk's initials ("mcr4/jpnn") closing a paragraph
    before = line[: match.start()].rstrip()
    if (
        re.fullmatch(r"[A-Z][a-z]{1,3}(?:/[A-Z][a-z]{1,3})+", credit)
        and not _CREDIT_WORDS.search(credit.replace("/", " "))
        and len(before.split()) >= 8
        and before.endswith((".", "!", "?", "”", '"'))
    ):
        return False  # "… ingin kami perbanyak,” imbuhnya. (Ira/Dim)": the desk's initials
    if credit[:7].casefold() == "sumber:" and len(before.split()) <= 30 and ". " not in before:
        # "… pasar tradisional di Jawa. (Sumber: Ruang Senja Interaktif)": a picture's one
        # sentence and where it came from (a longer paragraph citing "(Sumber: BPS)" stays)
        return True
    photographer = _PHOTOGRAPHER_FOR.match(credit)
    if photographer and (
        is_outlet(photographer["outlet"])
        or photographer["outlet"].rsplit(" ", 1)[-1].casefold() in _PAPER_TAILS
    ):
        return True  # "… on March 12. (Putu Sayoga for The Washington Post)"
    if _CREDIT_WORDS.search(credit):
        # "… yang banyak dihuni WNA. (Komang Suryawan/balipost)", "… akhir tahun.
        # (riz/dwi/k16)": a whole paragraph signed by its writers, not a picture's credit
        outlet = credit.rpartition("/")[2].strip()
        return not (
            _whole_paragraph(before)
            and not _CREDIT_WORDS.search(credit.replace("/", " "))
            and not _DOMAIN_CREDIT.search(credit)  # "(Bola.com/Fauzan Ramdani)": a photographer
            # "(Evan Mitsui/CBC)": a photographer and the outlet in its own capitals, or a paper
            # by its name ("(Kelsey Marchand/Yukon News)"); a writer signs "(Komang
            # Suryawan/balipost)"
            and not (
                outlet[:1].isupper()
                and (
                    is_outlet(outlet)
                    or (" " in outlet and _BRAND.match(outlet) is not None)
                    or _THE_PAPER.fullmatch(outlet)
                    is not None  # "(Kiara Yoon/The Spokesman-Review)"
                    # "(Jessie Klassen / Free Press)", "(Elliot Baranski / The Seattle Times,
                    # 2032)": a photographer, spaced from the paper's name and the year
                    or _SPACED_PAPER_CREDIT.fullmatch(credit) is not None
                )
            )
        )
    while before.endswith(")") and (earlier := _TRAILING_PAREN.search(before)):
        # "… under investigation. (With a report from Name/PNA) (PNA)": the wire's sign-offs
        before = before[: earlier.start()].rstrip()
    return len(credit.split()) <= 4 and not before.endswith((".", "!", "?", "”", '"'))


_THE_PAPER = re.compile(r"The(?: [A-Z][\w'’\-]+){1,3}")
_SPACED_PAPER_CREDIT = re.compile(
    r"[A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+){1,3} / (?:The )?[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,3}"
    r"(?:, (?:19|20)\d{2})?"
)


def signed_by_outlet(line: str) -> bool:
    """A paragraph of the story its outlet's writer signed: "… pada Sabtu sore.
    (Banjarmasinpost.co.id/Nurholis Huda Rahmatullah)", "… laman JDIH Sekretariat Kabinet.
    (HUMAS SETKAB/UN)" (a desk and its writer's initials). Read as a caption on its own (a
    photographer signs so too), it is the story's where the story has begun."""
    match = _TRAILING_PAREN.search(line)
    if not match or "/" not in match.group(1):
        return False
    if not _DOMAIN_CREDIT.search(match.group(1)) and not _DESK_SIGNED.fullmatch(match.group(1)):
        return False
    before = line[: match.start()].rstrip()
    if _whole_paragraph(before):
        return True
    # "… dengan konsep tiga hari. (Tribunjogja.com/Ard)", "… di Kota Seribu Sungai tersebut.
    # (banjarmasinpost.co.id/Rahmadhani Noor)": a short last paragraph signed by its writer.
    # A picture's caption says when it was taken: "… Jakarta, Selasa (21/10/2025)."
    return (
        len(before.split()) >= 8
        and ":" not in match.group(1)  # "(credit: instagram.com/youngseo)": a picture's
        and before.endswith((".", "!", "?", "”", '"'))
        and not _PICTURE_DAY.search(before)
    )


# The day a picture was taken, as a caption gives it: "Selasa (21/10/2025)", "(21/10)".
_PICTURE_DAY = re.compile(r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)")


def says_when_taken(line: str) -> bool:
    """Whether a line gives a day as a picture's caption does: "… Selasa (25/11/2025)."."""
    return _PICTURE_DAY.search(line) is not None


# "(Khairul Anwar Hidayat)" on its own line under the story: its writer's full name.
# "(Yosefina Kambu Wanimbo)", "(Komang Ayu Trisnawati/balipost)": the writer, maybe the paper
_BRACKETED_NAME = re.compile(
    r"\((?:By |Oleh )?(?P<name>[A-Z][a-zA-Z'’\-]+(?: [A-Z][a-zA-Z'’\-]+){1,3})"
    # "(By Tseng Yu-ting and Joanna Lai-Hsu)" (Focus Taiwan): two writers
    r"(?: (?:and|dan|&) (?P<second>[A-Z][a-zA-Z'’\-]+(?: [A-Z][a-zA-Z'’\-]+){1,3}))?"
    r"(?:/(?P<paper>[a-z][a-z.]{1,20}))?\)"  # "(Rizal Lasaleng/nh)": the editor's initials
)
# What a picture's credit puts after a slash: "(Budi Santoso/ist)" names the photographer.
_PICTURE_SOURCES = word_set("ist istimewa dok foto net humas")


def without_closing_promo(paragraph: str) -> str:
    """The last paragraph without the outlet's invitation closing it: "… Ikuti kabar terbaru
    selebriti hanya di Kapanlagi.com. Kalau bukan sekarang, KapanLagi?" keeps its first
    sentence; "Ingin baca update … lainnya? Yuk baca di KapanLagi.com." goes whole ("")."""
    if "di " not in paragraph or (promo := _CLOSING_PROMO.search(paragraph)) is None:
        return paragraph  # most stories end on a sentence of their own
    return paragraph[: promo.start()].rstrip()


# An invitation to read on at the outlet's site, from where its sentence opens to the end:
# a question that leads to it ("Penasaran sama detailnya?"), then "Ikuti …", "Simak …",
# "Temukan …", "Yuk baca …" at a web address or KapanLagi, and its slogan after.
_CLOSING_PROMO = re.compile(
    r"(?:(?<=[.!?] )|^)(?:[A-Z][^.!?]{0,80}\?\s+)?(?:Yuk,?\s+)?"
    r"(?:ikuti|simak|temukan|baca|cek|pantau|kunjungi|dapatkan|yuk)\b[^.!?]{0,120}?"
    r"\b(?:hanya\s+)?di\s+(?:kapanlagi|[\w\-]+\.(?:com|co\.id|id|net))\b"
    r"(?:[^.!?]{0,80}[.!?])?(?:\s*kalau\s+bukan\s+sekarang,\s+kapan\s*lagi\?)?\s*$",
    re.IGNORECASE,
)


def closing_writer(paragraph: str) -> tuple[str, str] | None:
    """The writer's name in brackets that closes a story's last paragraph ("… pada anak.
    (Yosefina Kambu Wanimbo)"), and the paragraph without it; None if there is none."""
    if not paragraph.endswith(")"):
        return None
    at = paragraph.rfind("(")
    before = paragraph[:at].rstrip()
    if at <= 0 or not before.endswith((".", "!", "?", "”", '"')):
        return None
    name = bracketed_writer(paragraph[at:])
    return (name, before) if name else None


def bracketed_writer(line: str) -> str | None:
    """The writer an Indonesian story names in brackets on a line under its last paragraph
    (Validnews, Waspada), or None: a person's name of two to four words, no body, place,
    outlet or pair of dictionary words ("(Antara Foto)", "(Kementerian Koperasi)")."""
    match = _BRACKETED_NAME.fullmatch(line)
    if not match or is_outlet(match["name"]) or match["paper"] in _PICTURE_SOURCES:
        return None
    for name in filter(None, (match["name"], match["second"])):
        words = name.split()
        if (
            any(w.casefold() in ORG_WORDS or known_place(w) for w in words)
            or common_noun(words[0])
            or all(common_noun(w) for w in words[1:])
        ):
            return None
    return f"{match['name']} and {match['second']}" if match["second"] else match["name"]


def outlet_signed_writer(line: str, source: str | None, *, alone: bool = False) -> str | None:
    """The writer of a line that signs the story with a name and the outlet's, under its
    last paragraph ("Alexandru Petrescu, IPN"), or None: a place and the outlet ("Chisinau,
    IPN") is a dateline on its own line. With `alone`, the line right under the story may
    hold the name only ("Wahyu Nugroho", JoglosemarNews, whose byline names the outlet)."""
    name, comma, outlet = line.rpartition(", ")
    if not comma and alone:
        name = line
    elif not comma or (outlet.casefold() != (source or "").casefold() and not is_outlet(outlet)):
        return None
    if not 2 <= len(name.split()) <= 4 or len(line) > 60:
        return None
    words = name.split()
    if (
        alone
        and not comma
        and (
            not all(w[:1].isupper() and w[1:].islower() for w in words)
            or is_furniture(line)
            or ends_article(line)  # "Visit Website" under a feed reader's copy
        )
    ):
        return None  # "Wahyu Nugroho", not "BERITA TERKAIT", "Share this" nor "Read Previous"
    if known_place(name) or any(w.casefold() in ORG_WORDS or common_noun(w) for w in words):
        return None
    return person_or_team(name)


def _whole_paragraph(text: str) -> bool:
    """Text a signature closes that is a paragraph of the story: 20 words or more, and a
    sentence's end before the signature."""
    return len(text.split()) >= 20 and text.endswith((".", "!", "?", "”", '"'))


def is_title_like(line: str) -> bool:
    """Tell whether a line reads like a headline: short, title-cased, no closing punctuation."""
    words = line.split()
    if not 2 <= len(words) <= 22 or line.endswith(_SENTENCE_END[:-1]) or line.endswith(","):
        return False
    content = [w for w in words if w[:1].isalpha() and w.lower() not in _SMALL_WORDS]
    if not content:
        return False
    capitalised = sum(1 for w in content if w[0].isupper())
    return capitalised / len(content) >= 0.75


def clean_paragraph(paragraph: str) -> str:
    """Drop editor initials, bracketed source tags and inline "Baca juga" links from the end."""
    # Most paragraphs have none of these; the cheap tests spare them three regex scans.
    text = _INLINE_RELATED.sub("", paragraph) if ":" in paragraph else paragraph
    for _ in range(2):
        if not text.rstrip().endswith((")", "]")) and ")/" not in text[-8:]:
            break  # "…)/PN": a desk's initials after the bracket
        text = _EDITOR_TAG.sub("", text)
        text = _SOURCE_TAG.sub("", text)
        text = _SIGN_OFF.sub("", text)
        text = _WIRE_SIGN_OFF.sub("", text)
    if "—" in text[-60:] or "–" in text[-60:]:
        text = _DESK_SIGN_OFF.sub("", text)
    if "/" in text[-14:]:
        text = _BARE_SIGN_OFF.sub("", text)
    elif text[-1:].isalnum() and (code := _DESK_CODE.search(text)) and _desk_code(code[1]):
        text = text[: code.start()]  # "… pesisir barat Bali. 7 dek" (NusaBali), "… . k17"
    elif text[-1:].isupper() and (signed := CAPS_SIGN_OFF.search(text)):
        text = text[: signed.start()]  # "… scheduled for November. DM" (Daily Maverick)
    elif text.endswith(("Enditem", "ENDITEM")) and text[-9:-7] in (". ", "” ", '" '):
        text = text[:-7]  # "… completed in 2035. Enditem": Xinhua's end of the wire copy
    return text.strip()


# A paper's initials signing off its story after the last sentence: "DM", "TT"
CAPS_SIGN_OFF = re.compile(r"(?<=[.!?”\"])\s+[A-Z]{2,3}$")


# A desk's code after the last sentence, with no brackets: initials, a number or both
_DESK_CODE = re.compile(r"(?<=[.!?”\"])\s+(\d{0,3}\s?[a-z]{1,4}\d{0,3})$")


def _desk_code(code: str) -> bool:
    """Initials, a number or both ("7 dek", "k17"), not a word the sentence runs on with."""
    letters = code.lstrip("0123456789 ").rstrip("0123456789")  # one or more: _DESK_CODE's
    return any(c.isdigit() for c in code) or (
        len(letters) >= 2 and letters not in COMMON and letters not in ROOT_WORDS
    )
