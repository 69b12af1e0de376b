"""English outlets' pages as readers copy them: navigation, taglines, standfirsts, captions
with wire credits, bylines with roles, "Updated" over "Published", newsletter prompts.

The pages are written for these tests (invented people and events) in the shapes of the
outlets' copied pages.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from digest.card import make_card
from digest.furniture import ends_article
from digest.model import Card
from digest.names import mentions

_WIRE = """Skip to main content
Exclusive news, data and analytics for financial market professionals
Reuters
World
Business
Markets
U.S.
Technology

Indonesia weighs tighter quotas on nickel ore as prices slide

By Dewi Lestari and Tom Harris

June 3, 2025 3:42 PM GMT+7

Workers walk past a smelter in Morowali, Indonesia, May 14, 2025. REUTERS/Ajeng Putri

JAKARTA, June 3 (Reuters) - Indonesia is considering cutting next year's nickel ore quotas \
by as much as a fifth, three officials said, as the government tries to prop up prices.

Related news: Philippine miners eye record shipments to China

The energy ministry has drafted a proposal to trim the mining quotas to about 200 million \
tons from roughly 250 million tons approved for this year, the officials said.

Get our free Asia markets email every morning

—With assistance from Budi Hartono.

(Updates with analyst comment in sixth paragraph.)
"""

_STANDFIRST = """The Guardian
Newsletters
Sign in
News
Opinion
Sport

Care homes warn of closures as overseas hiring of carers ends

Industry leaders say ending overseas recruitment could force closures, as ministers insist \
providers must train domestic workers

Care workers at a home in Leeds in May. Photograph: Chris Holt/Getty Images

Daniel Ashford Senior political correspondent

Tue 3 Jun 2025 06.00 BST

Care homes across England could be forced to close or cut services because of the plan to \
end overseas recruitment of care workers, providers have warned.

A resident is helped to lunch in a care home in Kent. Mark Felix/Getty Images

Ministers said the sector had become too reliant on workers from abroad and had to train \
more staff at home, a change they said would take effect in July.

Help keep family & friends informed by sharing this article
"""

_UPDATED = """The Straits Times
Singapore
Asia
World
Tech

Grab rolls out voice assistant for its drivers in Singapore

The assistant can suggest where drivers should wait for jobs and help them plan breaks.

ST PHOTO: KELVIN CHNG

Clara Lim

Updated Jun 03, 2025, 07:45 PM

Published Jun 03, 2025, 05:30 PM

SINGAPORE – Ride-hailing firm Grab on June 3 launched a voice assistant for its drivers \
in Singapore, which it says will help them earn more by predicting where demand will spike.

The assistant lets drivers ask questions by voice while on the road, such as which areas \
are busy or how much they have earned that week, the company said.
"""

_GLUED_AM = """CNA
Singapore
Asia
World

COVID-19 cases rise for third week as new variant spreads

Hospital admissions have doubled over the past month, the Ministry of Health said.

People wearing face masks at a hospital on Jun 2, 2025. (Photo: CNA/Jeremy Tan)

Listen to this article

Farhan Ismail

03 Jun 2025 10:15AM (Updated: 03 Jun 2025 12:02PM)

SINGAPORE: COVID-19 infections in Singapore rose for the third week in a row, with an \
estimated 21,400 cases in the week ending May 31, the Ministry of Health said on Tuesday.

Most cases are mild, and hospitals have been asked to defer non-urgent surgery.
"""

_TAGLINE = """Bangkok Post
The world's window on Thailand
News
Business
Opinion
Travel

Thai coalition partner quits as court weighs premier's fate

PUBLISHED : 3 Jun 2025 at 14:12

The second-largest party in Thailand's ruling coalition quit the government on Tuesday, \
leaving the prime minister with a thin majority as a court weighs her suspension.

Analysts say the coalition remains fragile and an early election is possible this year.
"""


def test_wire_page_skips_navigation_tagline_and_sign_offs() -> None:
    card = make_card(_WIRE)
    assert card.headline == "Indonesia weighs tighter quotas on nickel ore as prices slide"
    assert card.source == "Reuters"
    assert card.published == datetime(2025, 6, 3, 15, 42, tzinfo=timezone(timedelta(hours=7)))
    assert card.body[0].startswith("Indonesia is considering cutting")
    assert len(card.body) == 2
    assert card.body[1].startswith("The energy ministry has drafted")


def test_date_and_writer_below_a_standfirst_and_a_caption() -> None:
    card = make_card(_STANDFIRST)
    assert card.headline == "Care homes warn of closures as overseas hiring of carers ends"
    assert card.author == "Daniel Ashford"
    assert card.published == datetime(2025, 6, 3, 6, 0, tzinfo=timezone(timedelta(hours=1)))
    text = "\n".join(card.body)
    assert "Getty Images" not in text and "sharing this article" not in text
    assert "Ministers said the sector" in text


def test_published_beats_updated_and_a_glued_am_is_read() -> None:
    card = make_card(_UPDATED)
    assert card.published == datetime(2025, 6, 3, 17, 30, tzinfo=timezone(timedelta(hours=8)))
    assert card.author == "Clara Lim"
    glued = make_card(_GLUED_AM)
    assert glued.published == datetime(2025, 6, 3, 10, 15, tzinfo=timezone(timedelta(hours=8)))
    assert glued.author == "Farhan Ismail"


def test_a_tagline_over_the_menu_is_not_the_headline() -> None:
    card = make_card(_TAGLINE)
    assert card.headline == "Thai coalition partner quits as court weighs premier's fate"
    assert card.source == "Bangkok Post"
    # Bangkok Post prints Bangkok time (UTC+7) without saying so.
    assert card.published == datetime(2025, 6, 3, 14, 12, tzinfo=timezone(timedelta(hours=7)))


def test_a_caption_credited_to_the_outlet_itself_is_not_the_lede() -> None:
    card = make_card(
        "FRONTIER\nNews   Features   Analysis   Opinion\n\n"
        "Rivers turn white as rare earth mining spreads\n\nBy Jane Doe\n14 November 2025\n\n"
        "A leaching pond near Chipwi township, photographed in October. (Frontier)\n\n"
        f"{LAST}\n\nThe rivers have turned milky white since the mines opened, fishermen say.\n\n"
        "Officials did not respond to requests for comment on the new mining permits."
    )
    assert card.body[0] == LAST


def test_a_long_reads_pull_quotes_and_a_desks_sign_off_are_not_paragraphs() -> None:
    # the pull quote opens on a capital the sentence it repeats has in lower case
    said = (
        '"Of course it is halal. But now I have to prove it with a piece of paper," said Siti '
        "Rohmah, who has sold chilli paste from her kitchen in Depok for eleven years."
    )
    card = make_card(
        "The halal logo test\n\nIn a narrow kitchen in Depok, a vendor stirs a vat of chilli "
        f"paste.\n\n{said}\n\n“Now I have to prove it with a piece of paper”\n\n"
        f"{LAST} —KG, GMA Integrated News"
    )
    assert card.body == (
        "In a narrow kitchen in Depok, a vendor stirs a vat of chilli paste.",
        said,
        LAST,
    )
    # a newsletter's link to the whole story, and a list of more coverage, end the story
    assert ends_article("Read the full story on Devex.com →") and ends_article("More Coverage")
    # nor does a repost's source, a transcript's end, a comment box or a correction
    for end in (
        "Originally published in Khaosod English on December 2, 2025.",
        "End of transcript.",
        "Tambahkan komentar...",
        "Join the conversation. Log in or sign up to comment.",
        "3 Comments",
        "Untuk informasi lebih lanjut, hubungi:",
        "Berita ini disiarkan oleh Biro Komunikasi dan Informasi Publik Kementerian Kesehatan RI. "
        "Untuk informasi lebih lanjut dapat menghubungi nomor hotline Halo Kemenkes.",
        "For further information, please contact:",
        "Tentang PT Sagara Logistik Nusantara Tbk",
        "About the author: Laras Wijayanti Hapsari is a Jakarta-based journalist who writes on "
        "governance and urban policy.",
        "Use your Facebook account to login or register with JapanToday. By doing so, you will "
        "also receive an email inviting you to receive our news alerts.",
        "Correction: An earlier version of this story said he was 24 and from Tauranga. He is "
        "27 and from Mount Maunganui, and the story has been updated.",
        # The Express Tribune's print edition, its desk's accounts and its comment rules
        "Published in The Express Tribune, April 10th, 2026.",
        "Like Business on Facebook, follow @TribuneBiz on Twitter to stay informed and join in "
        "the conversation.",
        "Comments are moderated and generally will be posted if they are on-topic and not abusive.",
        "Login untuk mengirim komentar",
        # Newsquest's and the Press Herald's labels over the comments and related stories
        "Comments: Our rules",
        "Related Headlines",
        # the Arkansas Democrat-Gazette's foot: who helped, a correction, the print headline
        "Information for this article was contributed by Ellen Baxter of the Arkansas "
        "Democrat-Gazette.",
        "CORRECTION: An earlier version of this article misstated the plant's annual output.",
        "Print Headline: Steel plant to bring 900 jobs to Mississippi County",
    ):
        assert ends_article(end), end


LAST = (
    "The deadline falls in October 2026, and the agency says it will not be moved again, "
    "officials told reporters in Jakarta on Monday."
)


def test_english_site_furniture_is_known_and_story_lines_are_not() -> None:
    from digest.furniture import is_caption, is_furniture

    furniture = [
        "Skip to main content",
        "Accessibility links",
        "Link Copied!",
        "2 min Reading time",
        "Posted 3h ago3 hours ago, updated 1h ago1 hour ago",
        "Take international news everywhere with you! Download the France 24 app",
        "Why you can trust SCMP",
        "Privacy Notice: Newsletters may contain info about charities",
        "Our morning email breaks down the biggest stories of the day",
        "Support free-thinking journalism and subscribe to our newsletter",
        "MORE: Ross River Dam levels climb to 87 per cent after week of storms",
        "Independent journalism costs money. Support Times of Malta for the price of a coffee.",
        "Share   🔗   f   𝕏   ✆",
        "More on: heatwave, fire, Limassol, weather",
        "Add comment Comments will be edited (grammar, spelling and slang) and authorized at the "
        "discretion of Daily Mirror online.",
        # a health site's reviewer note and feedback prompt (theAsianparent)
        "Artikel ini telah ditinjau oleh dr. Ayu Kinasih Wijayakusuma, Sp.A(K). Informasi dalam "
        "artikel ini tidak menggantikan saran medis dari dokter.",
        "Apakah artikel ini membantu? 👍 Ya 👎 Tidak",
        # a health site's note that it reviewed the story and is no doctor, in both languages
        "Artikel ini telah ditinjau secara medis. Informasi dalam artikel tidak menggantikan "
        "konsultasi langsung dengan dokter.",
        "This article has been medically reviewed by Dr Jane Doe. It is not a substitute for "
        "professional medical advice.",
        "Artikel ini bersifat informatif dan tidak menggantikan konsultasi langsung dengan dokter.",
        # Canada's Local Journalism Initiative's note, a plea to subscribe, a chat's reply box
        "Tessa Bourassa is a Local Journalism Initiative reporter.",
        "Local news matters. Support the Port Lincoln Times by subscribing.",
        "Reply to thread…",
        # a comment box's prompt; the BBC's scheme, worded as a partnership
        "Want to join the conversation? Please sign in or register to comment on this article.",
        "The Local Democracy Reporting Service is a partnership between the BBC and regional "
        "news publishers.",
        # a newsletter's offers, a comment box's prompt, a syndicated story's first title, a
        # paywall's offer
        "Get local news and sports headlines every morning.",
        "Receive the latest updates from Vulcan Post straight to your inbox.",
        "To join the conversation, please log in.",
        "Originally published as Sugar crush to start a week early as Mackay mills chase a "
        "6 million tonne season",
        "Subscribe for full access",
        # a blog's comment form and its neighbours' links, in both languages
        "Leave a Reply",
        "Cancel reply",
        "Post Comment",
        "Save my name, email, and website in this browser for the next time I comment.",
        "Tinggalkan Balasan",
        "Simpan nama, email, dan situs web saya pada peramban ini untuk komentar saya berikutnya.",
        "Read Previous",
        "Previous Post",
        "Artikel Sebelumnya",
        # a newsletter box's answer and promise, a writer's contacts, a paywall's plea
        "Thank you for signing up!",
        "We care about the protection of your data. Read our Privacy Policy.",
        "Makana Perreira, staff writer, can be reached at 245-0424 or mperreira@kauaiisle.com.",
        "Become a subscriber to read Shetland Times content online and in print.",
        "Creative Commons License: Warta Papua stories are licensed under a Creative Commons "
        "Attribution 4.0 International License.",
        # a newsletter box's offer, error and button (National World); a site's line under its
        # stories; a "follow us on Google News" line marked "**)"; a small outlet's plea
        "Did you know with a Digital Subscription to The Scotsman, you can get unlimited access "
        "to the website including our premium content, as well as benefiting from fewer ads, "
        "loyalty rewards and much more. Learn More",
        "Sorry, there seem to be some issues. Please try again later.",
        "Submitting...",
        "Get Current Updates on India News, Weather Today, Latest News at Hindustan Times.",
        "**) Ikuti berita terbaru TIMES Indonesia di Google News klik link ini dan jangan lupa di "
        "follow.",
        "Kami adalah media independen. Liputan seperti ini bisa terus kami kerjakan berkat "
        "dukungan pembaca. Jadilah bagian dari komunitas Floresa.",
        # a share row's text message button and its link button (BLOX)
        "SMS",
        "Copy article link",
        # News Corp's follow prompt, a newsletter's offer and error, a paywall's meter, a plea
        "Don’t miss out on the headlines from Court. Followed categories will be added to My News.",
        "Want to stay updated? Subscribe to our free newsletter.",
        "There was a problem subscribing you to the newsletter. Double check your email and "
        "try again, or email webteam@spokesman.com",
        "You have 2 free articles remaining this month. Subscribe now for unlimited access.",
        "Your subscription makes stories like this possible.",
        # a wire's note on its writers under the story
        "Associated Press writer Devon Ortiz reported from Tallahassee, Florida.",
        "AP writer Jane Doe in Washington contributed.",
        # a WordPress feed's note under its items, in both languages
        "The post Council fines builder appeared first on The Valley Courier.",
        "Artikel Porprov NTB 2032: Kontingen Mataram Kokoh di Puncak pertama kali tampil di "
        "Warta Rinjani.",
        # a program's trial mark on every page it printed
        "Created with novaPDF Printer (www.novaPDF.com). Please register to remove this message.",
        "Evaluation Warning: The document was created with Spire.PDF for .NET.",
        # a help line under a story of distress, in both languages
        "If you or someone you know needs help, contact Lifeline on 13 11 14.",
        "Jika Anda atau orang terdekat memiliki pikiran bunuh diri, jangan ragu hubungi layanan "
        "Sejiwa 119 ext 8.",
        # the writer's address under the story, by the surname alone
        "Walden may be contacted at kwalden@lmtribune.com or (208) 848-2270.",
        "This content is for information only and does not replace advice from your doctor.",
        # the BBC's scheme, however its note words it; News24's link inside the story
        "The Local Democracy Reporting Service is a BBC-funded public service news agency.",
        "READ | Karoo farmers and radio quiet zone: what you need to know",
        # an app's actions under what it shows, a chat's box to type in, a Markdown note's
        # link reference
        "Kirim masukan · Laporkan konten",
        "Ketik pesan… 😊 📎 🎤",
        "Type a message",
        "[3]: https://www.durhamdispatch.co.uk/newsletters",
        # a read-aloud player's button and length, in brackets or not
        "[ ▶ ]  Dengarkan berita ini  0:00 / 3:12",
        "Listen to this article 4:05",
        # a call to follow the outlet on the social apps; a plea after "liked this?"
        "Ikuti Jagat Voli di Instagram dan TikTok untuk highlight pertandingan.",
        "Suka dengan artikel ini? Dukung jurnalisme sains independen di Langit Nusantara.",
        "Enjoyed this article? Share it with a friend.",
        # a newsletter box's consent and its answer (BLOX)
        "* I understand and agree that registration on or use of this site constitutes "
        "agreement to its user agreement and privacy policy.",
        "You have been successfully subscribed!",
        # an audio player's prompt (McClatchy), a comment box's disclaimer (Vanguard)
        "Only have a minute? Listen instead",
        "Article was updated 3 hrs ago",  # the Toronto Star, under its stamp
        "Skor per kuarter: 18-16, 20-22, 19-22, 11-21",  # a match's score box (Mainbasket)
        # a comment box's welcome, a broadcaster's call to watch, a correction, a live page's
        # notes, a site's terms at its foot
        "Nunatsiaq News welcomes comments that are respectful and on topic. Comments are "
        "moderated and may take time to appear.",
        "Watch Channel 4 News weeknights at 7pm on Channel 4, or stream it on Channel 4 streaming.",
        "A previous version of this story misstated the name of the novel’s author. It is Kari "
        "Vatne.",
        "This is a developing story. Check back for updates.",
        "Here are the latest updates:",
        "By using this website, you accept the terms of our Visitor Agreement and Privacy Policy, "
        "and understand your options regarding Ad Choices.",
        "Comments expressed here do not reflect the opinions of Vanguard newspapers or any "
        "employee thereof.",
        # a copyright notice naming the paper first, however long (Punch)
        "Copyright PUNCH. All rights reserved. This material, and other digital content on "
        "this website, may not be reproduced, published, broadcast, rewritten or redistributed "
        "in whole or in part without prior express written permission from PUNCH.",
        "Join our commenting forum",
        "CNN's Kevin Ho contributed reporting.",
        "Source: Al Jazeera and news agencies",
        "list of 3 items",
        "Myanmar military chief to skip ASEAN summit, sends deputy list 2 of 3",
        "Related news: Kluivert calls up three new players",
        "Kabar Harian - back to home",
        "Home > World › Asia Pacific > Indonesia",
        "Sky News Daily podcast",
        "(Except for the headline, this story has not been edited by NDTV staff and is "
        "published from a syndicated feed.)",
        "Track Latest News Live on NDTV.com and get news updates from India and around the world",
        "That's where we'll leave our live coverage for today. Thanks for following along.",
        "Mia Tan and Josh Reid, 9News, reporting from Kuta.",
        "You've read 2 of 3 free articles this month.",
        "Subscribe to Frontier for US$5.99 a month to get unlimited access to reporting.",
        "This interview has been edited for length and clarity.",
        "—KG, GMA Integrated News",
        "This piece first appeared in Khaosod English. I am reposting it here with permission.",
        "Anadolu Agency website contains only a portion of the news stories offered to "
        "subscribers in the AA News Broadcasting System (HAS), and in summarized form.",
        "Punya informasi soal bantuan nelayan yang tidak tepat sasaran di daerahmu? Kirim ke "
        "redaksi@jaring.id. Identitas pelapor kami lindungi.",
        "Have a tip? Email newsdesk@example.com or message us on Signal.",
        "Support your local community by engaging with Japan Today's commenting rules.",
        "Search products, brands, or articles",
        "Login / Sign Up",
        "Republic of the Philippines",
        "[Facebook] [X] [Kakao] [Link] [Print] [Font size]",
        "Stay up-to-date by following Daily Express's Telegram channel.",
        "DutchNews.nl is free to read, but it is not free to produce. Please make a contribution "
        "today.",
        "Humas: Fikri Maulana Adiputra.",
        "• 10.40 WIB – Puluhan siswa mengeluh pusing dan mual; guru membawa siswa ke puskesmas",
        "Disclaimer: Berita ini bukan merupakan ajakan untuk membeli atau menjual saham. "
        "Keputusan investasi sepenuhnya ada di tangan Anda, dan kami tidak bertanggung jawab.",
        # share bars named in full, a paper's offer of its e-edition
        "Bagikan artikel ini:  WhatsApp  Facebook  X  LinkedIn",
        "Share this:   Facebook   X   Email",
        "Get the print and e-edition delivered every Friday.",
        # a comment box's rules and login, a page's call to follow, the writer's address
        "We want our comments to be a lively and valuable part of our community.",
        "Please sign into your Press Herald account to participate in conversations below.",
        "Like us on Facebook and follow us on X.",
        "Nathaniel Cobb can be contacted at 207-791-6300 or at ncobb@pressherald.com",
        # a plea, a site's community, a newsletter's consent, an edit note over the story
        "We're an independent news organization serving the Northwest Territories. If our "
        "reporting matters to you, please consider supporting us.",
        "Local journalism is essential. Give directly to The Spokesman-Review's Northwest "
        "Passages community forums series.",
        "Yuk Jadi Bagian dari IDN Times Community!",
        "We use your sign-up to provide content in ways you've consented to and to improve our "
        "understanding of you. This may include adverts from us and 3rd parties based on our "
        "understanding. You can unsubscribe at any time.",
        "Editor's note: This article was amended on June 14 to clarify that the compensation "
        "scheme is administered by North Norfolk District Council, not the Environment Agency.",
        # a licence over the story's reuse (Mongabay), the writer's contacts (The Gazette)
        "Tulisan ini dilisensikan di bawah Creative Commons",
        "Also in this section: Council confirms new timetable for Yell Sound ferry",
        "More from The Colorado Sun: Colorado's teacher shortage eases slightly",
        "Comments: (319) 398-8219; elena.brockmeyer@thegazette.com",
    ]
    captions = [
        "Military vehicles drive past Yangon city hall on June 1, 2025. © Thet Naing, AFP",
        "Protesters gather outside parliament in Kuala Lumpur [Arif Kartono/AFP]",
        "A rocket lifts off in Sichuan province. Xinhua/Getty Images",
        "The defendant leaves court after the verdict. (ABC News: Phil Harding)",
        "Police said the compound operated around the clock in shifts. (Representational)",
        "Workers' quarters at an oil palm estate in Sarawak. - File photo",
        "Hayden Pearce-Whitmore in hospital in Denpasar after a scooter crash. Supplied",
        "The family at Auckland Airport before the trip. Photo / Supplied",
        "Dokumentasi penulis: Anak-anak Desa Serang membaca di teras rumah warga.",
        "Dok. Humas Polda NTB: Petugas memeriksa kendaraan di Mataram, Senin (1/12/2025).",
        "[Photo] The Emirati business delegation during the site visit in Central Java.",
        "Warga membersihkan lumpur di Desa Kuta, Sabtu (6/12/2025). Dok. pribadi",
        # a photographer and a paper kabar does not know by name, in brackets
        "Whitehorse General Hospital on March 7. The Yukon Hospital Corporation says a new "
        "short-stay unit will open on the hospital's second floor. (Kelsey Marchand/Yukon News)",
        "Spokane Indians starter Mateo Quiroz celebrates with catcher Eli Dunham after the final "
        "out of a no-hitter on Saturday. (Kiara Yoon/The Spokesman-Review)",
        "The turbine being lowered into the water off Eday earlier this year. (Picture: EMEC)",
    ]
    story = [
        "The minister said the source of the leak had not been found.",
        "Share prices fell 2% in May, the exchange said on Tuesday.",
        "Get-togethers were banned in the capital for two weeks, police said.",
        "The data was supplied by the ministry. Officials said it was complete.",
        "Dokumentasi itu diserahkan kepada penyidik pada Senin.",
        "Ada informasi baru yang kami kirim ke penyidik, kata Budi.",
        "The paper's e-edition sold 4,000 copies in its first month, the publisher said.",
        "More: the council will vote on the plan in June, the mayor said.",
        "The hotline can be reached at 112 for emergencies, the council said.",
        "If you need help with the form, contact the council office, the mayor said.",
        "Residents can join the conversation at the town hall on Monday, the council said.",
        "Local news matters to residents, the mayor said at the launch of the new paper.",
        "Support the team by buying tickets, the coach said.",
        "Evaluation only began last month, officials said.",
        "Join the conversation about the new park at the town hall on Monday.",
        "Originally published in 1921, the book was reprinted last year, the library said.",
        "Jika Anda membutuhkan bantuan, hubungi kantor desa setempat, kata kepala desa.",
        "Printed by the state printer (www.negara.go.id) last year, the report was never sold.",
        "Like many farmers, he waited for rain that never came.",
        "The mayor can be reached at home, he said, but he declined to comment.",
        "Thank you for subscribing to our newsletter, the mayor joked.",
        "Post comment moderation will be tightened, the company said.",
        "Wikipedia articles are licensed under Creative Commons, so anyone may reuse them.",
        "The photos are licensed under a Creative Commons licence, the agency said.",
        "Artikel itu pertama kali tampil di harian Kompas pada 1998, kata dia.",
        "Did you know the river floods every year, the mayor asked.",
        "Don’t miss out on the festival, the mayor said.",
        "An AP reporter who reported from the border was detained, the agency said.",
        "Kami adalah media independen yang tidak berafiliasi dengan partai mana pun, kata dia.",
        "Jadilah bagian dari keluarga besar kami, kata Bupati.",
        "The post office appeared first on the list of closures, the council said.",
        # a short last paragraph signed by its writers and editor (HR Online), not a caption
        "Karena populasinya sangat kecil, tim peneliti mengusulkan agar spesies ini masuk "
        "kategori Kritis dalam Daftar Merah IUCN. (Dedi/R6/HR-Online/Editor: Eva Latifah)",
    ]
    assert all(is_furniture(line) for line in furniture)
    assert all(is_caption(line) for line in captions)
    assert not any(is_furniture(line) or is_caption(line) for line in story)


_PARAGRAPH = (
    "Lawmakers approved the revised law on Tuesday after a two-hour debate in which three "
    "parties asked for more time to consult the public, the speaker of the house said. "
)


def test_a_stamp_with_no_year_takes_the_year_of_the_pages_copyright_notice() -> None:
    # Japan Today prints "Jan. 19  06:12 pm JST" under the byline; AP's notice under the
    # story gives the year. With no notice there is no year to read, so no date.
    top = (
        "JapanToday\n\nSingapore grants full licenses for solar power imports\n\n"
        "By DAPHNE LIM-SANTIAGO\nJan. 19  06:12 pm JST   |   3 Comments"
    )
    story = f"SINGAPORE (AP) — {_PARAGRAPH}\n\nThe ministry {_PARAGRAPH}"
    notice = "© Copyright 2026 The Associated Press. All rights reserved."
    card = make_card(f"{top}\n\n{story}\n\n{notice}")
    assert card.published == datetime(2026, 1, 19, 18, 12, tzinfo=timezone(timedelta(hours=9)))
    assert card.author == "Daphne Lim-Santiago"
    assert make_card(f"{top}\n\n{story}").published is None
    # the Tampa Bay Times: "Published Oct. 22 at 2:17 p.m.|Updated Oct. 22 at 4:05 p.m."
    tampa = make_card(
        "Tampa Bay Times\n\nSupreme Court agrees to decide whether states can ban lab-grown "
        "meat\n\nBy LINDSAY WHITAKER | Associated Press\n"
        "Published Oct. 22 at 2:17 p.m.|Updated Oct. 22 at 4:05 p.m.\n\n"
        f"WASHINGTON (AP) — {_PARAGRAPH}\n\n© 2032 All Rights Reserved | Tampa Bay Times"
    )
    assert tampa.published == datetime(2032, 10, 22, 14, 17, tzinfo=ZoneInfo("America/New_York"))
    # under a standfirst, the stamp is no lede
    standfirst = "Florida’s 2024 ban is among the laws at stake."
    tampa = make_card(
        "Tampa Bay Times\n\nSupreme Court agrees to decide whether states can ban lab-grown "
        f"meat\n{standfirst}\nBy LINDSAY WHITAKER | Associated Press\n"
        "Published Oct. 22 at 2:17 p.m.|Updated Oct. 22 at 4:05 p.m.\nShare\n"
        f"WASHINGTON (AP) — {_PARAGRAPH}\n\n© 2032 All Rights Reserved | Tampa Bay Times"
    )
    assert tampa.lede == standfirst


def test_a_time_before_a_place_and_a_day_with_no_year_completes_the_pages_date() -> None:
    # Andina: "14:25 | Lima, Oct. 14." under the headline, its year in the notice at the foot
    top = (
        "Andina\nAgencia Peruana de Noticias\n\nWednesday, October 14, 2026\n\n"
        "Home   Politics   Economy   Regional   Society   Science\n\nScience\n\n"
        "New frog species discovered in Yanachaga-Chemillén National Park\n\n"
        "14:25 | Lima, Oct. 14."
    )
    story = f"Lima, Oct. 14 (ANDINA). {_PARAGRAPH}\n\nThe ministry {_PARAGRAPH}"
    card = make_card(f"{top}\n\n{story}\n\nAndina - Agencia Peruana de Noticias © 2026")
    assert card.published is not None
    assert (card.published.date().isoformat(), card.published.strftime("%H:%M")) == (
        "2026-10-14",
        "14:25",
    )
    assert card.dateline == "Lima"


def test_a_writers_name_over_the_mail_address_that_spells_it() -> None:
    # Khaleej Times: the writer, then the address readers write to; under the headline, or
    # in capitals under a standfirst
    headline = "Indonesians in UAE gear up for Ramadan"
    standfirst = "More than 12,000 visitors expected at two-day community bazaar in Dubai"
    address = "anjana.kutty@khaleejtimes.com"
    for top in (
        f"{headline}\n\nAnjana Sreedharan Kutty\n{address}",
        f"UAE\n\n{headline}\n\n{standfirst}\n\nANJANA SREEDHARAN KUTTY\n{address}",
    ):
        card = make_card(f"{top}\n\nDUBAI — {_PARAGRAPH}\n\nThe ministry {_PARAGRAPH}")
        assert (card.headline, card.author) == (headline, "Anjana Sreedharan Kutty"), top
        assert [p.split()[0] for p in card.body] == ["Lawmakers", "The"], top


def test_story_goes_on_after_related_links_inside_it_and_not_after_its_end() -> None:
    page = (
        "Indonesian lawmakers approve a bill on the military's role\n\n"
        "By Nurul Hidayati\n\nJune 3, 2025 3:42 PM GMT+7\n\n"
        f"JAKARTA (AP) — {_PARAGRAPH}\n\n"
        "Related Stories\n\nProtesters clash with police outside parliament\n\n"
        "What the new law changes for soldiers\n\n"
        f"The revised law {_PARAGRAPH}\n\n"
        "Berita Terkait\n\nHarga beras naik lagi di pasar Jakarta\n\n"
        "Pemerintah menyiapkan operasi pasar untuk menahan harga beras, kata menteri...\n\n"
        f"Another story {_PARAGRAPH}"
    )
    body = make_card(page).body
    assert len(body) == 2
    assert body[1].startswith("The revised law")
    assert not any("Protesters clash" in p or "Another story" in p for p in body)


def test_short_paragraphs_after_related_stories_are_still_the_story() -> None:
    page = (
        "Bali court jails two Australians for 18 years over drug smuggling\n\n"
        "By Indonesia correspondent Ashleigh Ratcliffe in Denpasar\n\n"
        f"Tue 3 Jun 2025 at 10:15am\n\n{_PARAGRAPH}\n\n"
        "Related stories\nAustralian in Bali drug case asks for Prabowo's mercy\n"
        "Indonesia agrees to transfer Bali Nine members home\n\n"
        "A spokesperson for the Department of Foreign Affairs and Trade said consular officials "
        "were providing assistance to the men.\n\n"
        "RELATED STORIES\nAnime industry struggles with animator pay\n"
        "In a time of both misinformation and too much information, quality journalism is more "
        "crucial than ever.\nSUBSCRIBE NOW"
    )
    body = make_card(page).body
    assert [p.split()[0] for p in body] == ["Lawmakers", "A"]


def test_demonyms_are_their_countries_and_never_topics_themselves() -> None:
    page = (
        "Chinese coastguard fires water cannon at Thai fishing boats\n\n"
        "BANGKOK (Reuters) - A Chinese coastguard ship fired water cannon at two Thai fishing "
        "boats near a disputed reef on Tuesday, the Thai navy said.\n\n"
        "Chinese officials said the boats had entered Chinese waters, while Thai fishermen "
        "said they were in waters they had fished for decades, and Cambodian boats nearby "
        "turned back.\n\n"
        "The Thai foreign ministry said it would summon the Chinese ambassador on Wednesday."
    )
    topics = make_card(page).topics
    assert {"China", "Thailand"} <= set(topics)
    assert not {"Chinese", "Thai", "Cambodian"} & set(topics)
    # the peoples of smaller countries too, and a day named with a possessive is one name
    page = (
        "Nigerien and Surinamese envoys meet Tibetan exiles before New Year's Eve\n\n"
        "The Nigerien envoy met Tibetan exiles in Delhi on Monday, and the Surinamese envoy "
        "joined them before New Year's Eve.\n\n"
        "Nigerien officials said the Tibetan delegation would visit Niamey. Surinamese "
        "diplomats will host a dinner on New Year's Eve."
    )
    topics = make_card(page).topics
    assert not {"Nigerien", "Surinamese", "Tibetan", "New", "Eve"} & set(topics)
    assert {"Niger", "Suriname", "Tibet", "New Year's Eve"} <= set(topics)


def test_words_that_only_open_sentences_units_and_mps_are_no_topics() -> None:
    page = (
        "Eruption near Grindavik sends lava towards power plant\n\n"
        "GRINDAVIK — A new eruption began on Tuesday near the town, the Met Office said.\n\n"
        "Lava fountains reached 50 metres, and the air hit 31 degrees Celsius by the vents.\n\n"
        "Lava is flowing west, towards the Svartsengi power plant, officials said.\n\n"
        "Consumer groups said households near the plant had not been warned. Celsius readings "
        "rose again at noon.\n\n"
        "MPs will debate the emergency budget on Friday. MPs from all parties back it.\n\n"
        "The Namibia National Teachers' Union (Nantu) sent volunteers. Nantu said more would "
        "follow."
    )
    lava = set(make_card(page).topics)
    # the word that opens the headline too; a town the dateline names is its place; an MP
    # is what he is; a country's name with "and" in it is one
    cruise = (
        "Visitor arrivals climb in Grytviken as cruise season opens\n\n"
        "GRYTVIKEN — Grytviken expects a record season, the Turks and Caicos Islands "
        "tourist board said.\n\n"
        "Visitor numbers rose 31 percent, and Opposition MP Clyde Arrindell welcomed them.\n\n"
        "Grytviken will add a second pier, said Clyde Arrindell, who visited the Turks and "
        "Caicos Islands in May. Revenue Commissioner Daniel Whitcomb backed the pier, and "
        "Daniel Whitcomb will pay for it."
    )
    topics = lava | set(make_card(cruise).topics)
    assert not {"Lava", "Consumer", "Celsius", "MPs", "Visitor", "MP", "Turks"} & topics
    # a body named in brackets is one, wherever it stands after
    assert {"Nantu", "Grytviken", "Turks and Caicos", "Clyde Arrindell", "Daniel Whitcomb"} <= (
        topics
    )


def test_a_list_of_related_stories_inside_the_story_is_left_out() -> None:
    page = (
        "ASEAN leaders open summit in Kuala Lumpur\n\nPublished On 26 May 2025\n\n"
        f"Kuala Lumpur, Malaysia – {_PARAGRAPH}\n\n"
        "Recommended Stories\n\nlist of 3 items\n\nlist 1 of 3\n\n"
        "Myanmar military chief to skip ASEAN summit, sends deputy\n\nlist 2 of 3\n\n"
        "Can ASEAN survive the trade war?\n\nend of list\n\n"
        f"The leaders {_PARAGRAPH}"
    )
    body = make_card(page).body
    assert len(body) == 2 and body[1].startswith("The leaders")


def test_a_list_with_no_end_line_loses_no_story() -> None:
    page = (
        "ASEAN leaders open summit in Kuala Lumpur\n\nPublished On 26 May 2025\n\n"
        f"Kuala Lumpur, Malaysia – {_PARAGRAPH}\n\n"
        "list of 2 items\n\nlist 1 of 2\n\nMyanmar military chief to skip ASEAN summit\n\n"
        f"The leaders {_PARAGRAPH}\n\nThe ministers {_PARAGRAPH}"
    )
    body = make_card(page).body
    assert [p.split()[1] for p in body[1:]] == ["leaders", "ministers"]


def test_headlines_under_a_read_more_label_inside_the_story_are_left_out() -> None:
    for label in ("Read more:", "Read Next", "RELATED:", "Related article", "Read also"):
        page = (
            "Indonesia weighs tighter quotas on nickel ore as prices slide\n\n"
            "By Dewi Lestari\n\nJune 3, 2025 3:42 PM GMT+7\n\n"
            f"JAKARTA (Reuters) - {_PARAGRAPH}\n\n"
            f"{label}\nPhilippine nickel miners eye record shipments to China\n"
            "Indonesia's new nickel royalties take effect, miners brace for squeeze\n\n"
            f"The energy ministry {_PARAGRAPH}\n\n"
            f"The smelters {_PARAGRAPH}"
        )
        body = make_card(page).body
        assert not any("Philippine" in p or "royalties" in p for p in body), label
        assert [p.split()[1] for p in body[1:]] == ["energy", "smelters"], label


def test_related_headlines_with_no_label_are_left_out_and_stopped_lines_kept() -> None:
    # English headlines are in sentence case: a related story's ends on no stop.
    page = (
        "Chancellor to announce £86bn science and tech funding in spending review\n\n"
        f"By Jennifer Marsden\n\nJune 4, 2025 7:15 AM\n\n{_PARAGRAPH}\n\n"
        "Starmer to set out defence review\n\nWater bills to rise again, says regulator\n\n"
        f"The Treasury {_PARAGRAPH}\n\n"
        "Answer: No, she is not\n\n"
        "A two-thirds vote, or 16 of 24 senators, is needed to convict. – Rappler.com\n\n"
        "Cambodia, Thailand agree to pull back troops\n\nThai PM speaks with Hun Manet by phone"
    )
    body = make_card(page).body
    assert [p.split()[0] for p in body] == ["Lawmakers", "The", "Answer:", "A"]


def test_accessibility_and_account_links_over_the_headline_are_navigation() -> None:
    page = (
        "Accessibility helpSkip to navigationSkip to contentSkip to footer\nSign In\nSubscribe\n"
        "Open side navigation menu\nOpen search bar\nFinancial Times\nSubscribe\nSign In\n"
        "Data centres\nAdd to myFT\n"
        "Malaysia's data centre boom strains Johor's water and power\n"
        "Operators race to build near Singapore as officials warn of shortages\n"
        "Malaysia's data centre boom strains Johor's water and power on x (opens in a new window)\n"
        "Current time 0:00\nJohor has approved data centre projects © Bloomberg\n"
        "Aisyah Rahman in Johor Bahru and Oliver Pratt in Singapore\nPublished June 4 2025\n"
        "Jump to comments section\nPrint this page\n\n"
        f"Johor {_PARAGRAPH}\n\nThe state {_PARAGRAPH}"
    )
    card = make_card(page)
    assert card.headline == "Malaysia's data centre boom strains Johor's water and power"
    assert [p.split()[0] for p in card.body] == ["Johor", "The"]
    assert card.author == "Aisyah Rahman and Oliver Pratt"
    assert card.published is not None and card.published.date().isoformat() == "2025-06-04"


@pytest.mark.parametrize(
    ("top", "source", "author", "published"),
    [
        (
            "The Star\nMenu\nNews\nBusiness\nSport\nLogin\nNation\n"
            "Anwar: No snap polls, Madani govt will complete its term\n"
            "By TARRENCE TAN and RAHIMY RAHIM\nNation\nWednesday, 04 Jun 2025\n7:15 AM MYT",
            "The Star",
            "Tarrence Tan and Rahimy Rahim",  # one stamp over two lines; the wire's capitals
            datetime(2025, 6, 4, 7, 15, tzinfo=timezone(timedelta(hours=8))),
        ),
        (
            "Hindustan Times\nIndia News\nSprinter Rohan Malhotra wins Asian gold\n"
            "By Aditya Iyer\nPublished on: Jun 04, 2025 12:10 PM IST",
            "Hindustan Times",  # not "IST"
            "Aditya Iyer",
            datetime(2025, 6, 4, 12, 10, tzinfo=timezone(timedelta(hours=5, minutes=30))),
        ),
        (  # the outlet, then "Agency /" between the writer and the date
            "The Times of India\nIndia\nCity\nSC refuses to stay demolition of Delhi slum\n"
            "Dhananjay Rao / TNN / Updated: Jun 4, 2025, 07:15 IST",
            "The Times of India",
            "Dhananjay Rao",
            datetime(2025, 6, 4, 7, 15, tzinfo=timezone(timedelta(hours=5, minutes=30))),
        ),
        (  # "X - back to home" names the outlet; a podcast link ends the menu; ", UK" time
            "Skip to content\nSky News - back to home\nWatch Live\nHome\nUK\nPolitics\nWorld\n"
            "Sky News Daily podcast\n"
            "Chancellor to announce £86bn science and tech funding in spending review\n"
            "Rachel Reeves will say the money is an investment in Britain's future.\n"
            "Jennifer Marsden\nPolitical reporter @jenmarsdenSky\nWednesday 4 June 2025 07:15, UK",
            "Sky News",
            "Jennifer Marsden",
            datetime(2025, 6, 4, 7, 15, tzinfo=timezone(timedelta(hours=1))),
        ),
        (  # a menu with "More..." in it, under the outlet's name
            "Yahoo Entertainment\nSearch query\nSign in\nMail\nNews\nFinance\nSports\n"
            "Shopping\nMore...\nCelebrity\nTV\nMovies\nVariety\n"
            "Netflix Orders Korean Zombie Series 'Seoul Quarantine' From 'Kingdom' Producer\n"
            "Marcus Haley\nWed, June 4, 2025 at 9:12 AM GMT+8",
            "Yahoo Entertainment",
            "Marcus Haley",
            datetime(2025, 6, 4, 9, 12, tzinfo=timezone(timedelta(hours=8))),
        ),
        (
            "VnExpress International\nNews\nBusiness\nVinFast cuts VF3 price as sales slow\n"
            "By Doan Hung   June 4, 2025 | 03:12 pm GMT+7",
            "VnExpress International",
            "Doan Hung",
            datetime(2025, 6, 4, 15, 12, tzinfo=timezone(timedelta(hours=7))),
        ),
    ],
)
def test_outlets_their_stamps_and_bylines(
    top: str, source: str, author: str, published: datetime
) -> None:
    card = make_card(f"{top}\n\nKUALA LUMPUR: {_PARAGRAPH}")
    assert (card.source, card.author, card.published) == (source, author, published)
    assert card.published is not None and card.published.utcoffset() == published.utcoffset()


def test_a_wire_tag_a_city_and_its_country_and_an_owner_before_a_name() -> None:
    card = make_card(
        "(LEAD) Philippine House asks Senate to subpoena Sara Duterte\n\n"
        "MANILA, Philippines – House prosecutors on Wednesday asked the Senate impeachment "
        "court to subpoena Vice President Sara Duterte's bank records.\n\n"
        "India's Rohan Malhotra, who watched the hearing from the gallery, spoke to reporters "
        "after it ended.\n\n"
        '"I think the court will decide quickly, and it should," he said outside the Senate.'
    )
    assert card.headline == "Philippine House asks Senate to subpoena Sara Duterte"
    assert card.dateline == "MANILA"
    assert card.body[0].startswith("House prosecutors")
    assert card.key_quote is not None and card.key_quote.speaker == "Rohan Malhotra"


@pytest.mark.parametrize(
    "caption",
    [
        "Rescuers search the waters off Lampedusa on Wednesday morning. - Copyright Valerio "
        "Nicolosi/AP Photo",
        "VinFast VF3 mini electric cars on display at a showroom in Hanoi. Photo by "
        "VnExpress/Giang Huy",
        "The Tapanuli orangutan was identified as a separate species only in 2017Image: Andrew "
        "Walmsley/NPL/picture alliance",
        "Haruka Ohshima poses with the award at the festival in France. | Kyodo",
        "Jack Draper struggled to cope with Jannik Sinner's hitting on Court Philippe-Chatrier "
        "Credit: Getty Images/Clive Brunskill",
        "FILE PHOTO: Students attend a class in a makeshift classroom at a public school in "
        "Quezon City. —INQUIRER FILE PHOTO / GRIG C. MONTEGRANDE",
        "(ATTN: ADDS analyst comments in paras 7-8)",
        "India's Rohan Malhotra celebrates after winning the men's 200m final at the Asian "
        "Athletics Championships in Gumi, South Korea. (AFI)",
        # a photographer and the outlet, after a whole sentence
        "Students at a Mississauga high school put their phones into a storage pouch before "
        "the start of class during a pilot last spring. (Evan Mitsui/CBC)",
        "Rice fields give way to villa construction near Canggu, on the Indonesian island of "
        "Bali, on March 12. (Putu Sayoga for The Washington Post)",
        "A KF-21 Boramae fighter jet takes off for a test flight at the Air Force's 3rd Flight "
        "Training Wing in Sacheon, in this file photo. Courtesy of Korea Aerospace Industries",
        # a caption of two sentences over a credit on a line of its own
        "A self-driving taxi during a test run on Jumeirah Beach Road. The trial covers 15 km "
        "of streets in Jumeirah and Umm Suqeim.\n\nImage Credit: Sajid Mahmood Ali/Gulf News",
        # The Fiji Times's "Picture:", the Post-Courier's "– Picture supplied"
        "Medical staff are welcomed at Walu Bay in Suva yesterday. Picture: ATU RASEA KOROVULAVULA",
        "Traders display betel nut and garden produce at the Wutung border market. – Picture "
        "supplied",
        # Australian Community Media's papers: "Picture by" and the photographer
        "A vineyard manager inspects drip lines at his Merbein property. Picture by Jessica Tran",
        # Premium Times: the credit in capitals, in square brackets
        "Some of the beneficiaries pose with embassy officials at the briefing in Abuja on "
        "Friday. [PHOTO CREDIT: Indonesian Embassy, Abuja]",
        # Graphic Online: no credit, no full stop
        "Officials of COCOBOD and members of the Indonesian cocoa industry delegation after "
        "the signing ceremony in Accra",
        # the Australian Financial Review: the photographer's name alone, after the sentence
        "Cattle are loaded at the port of Darwin for shipment to Indonesia. Glenn Prowse-Whitely",
    ],
)
def test_english_captions_with_their_credits_are_not_the_story(caption: str) -> None:
    card = make_card(
        "Indonesia weighs tighter quotas on nickel ore as prices slide\n\n"
        f"By Dewi Lestari\n\nJune 3, 2025 3:42 PM GMT+7\n\n{caption}\n\n{_PARAGRAPH}\n\n"
        f"The ministry {_PARAGRAPH}"
    )
    assert [p.split()[0] for p in card.body] == ["Lawmakers", "The"]


def test_a_caption_closed_by_picture_by_its_photographer_over_the_share_bar() -> None:
    # Australian Community Media's papers: the caption, "Picture by" the photographer
    card = make_card(
        "The Sunraysia Ledger\nNews  Sport  Community  Business  Rural\n\nRural\n\n"
        "Growers brace for a tight season as the Murray allocation stalls\n\n"
        "Jessica Tran\nRural Reporter\nSeptember 19 2031 - 6:00am\n\n"
        "Table grape grower Nick Sapuppo inspects drip lines at his Merbein property. Picture by "
        "Jessica Tran\n\nShare  Facebook  X  Email  Copy link\n\n"
        "Sunraysia irrigators are being warned to plan for a lean summer after the latest "
        "seasonal determination left water shares in the Murray system at just 42 per cent.\n\n"
        "Resource manager Brendan Walsh said inflows into the dams had been among the lowest "
        "recorded for the period in two decades."
    )
    assert [paragraph.split()[0] for paragraph in card.body] == ["Sunraysia", "Resource"]


def test_english_page_buttons_print_notes_and_hashtags_are_not_the_story() -> None:
    furniture = [
        "Add to your saved stories",
        "Story continues below advertisement",
        "Listen to this story",
        "See more on: Shigeru Ishiba",
        "READ: DepEd eyes shorter school year starting 2026",
        "#Samsung #AI chip #foundry",
        "Get Latest Sports Updates along with Cricket, Football, and other Sports News.",
        'This article appeared in the Asia section of the print edition under the headline "Manila',
        "From the June 7th 2025 edition",
        "Mariko Sato is a reporter in the Tokyo bureau of The Times, covering Japan's economy.",
        "Arti Ramanathan Science reporter focusing on biodiversity and conservation",
        "Khmer Times is Cambodia's leading independent English-language newspaper.",
        "Hidayati covers Indonesia for The Associated Press.",
        "The Associated Press is an independent global news organization dedicated to factual "
        "reporting. Founded in 1846, AP today remains the most trusted source of fast, accurate, "
        "unbiased news in all formats.",
        "Do you like the content of this article?",
        "The Times logo",
        "Dow Jones, a News Corp company",
        "This was published 5 hours ago",
        "Focus Taiwan CNA English News",
        "We use cookies to give you the best experience on our site.",
        "Accept all",
        "Create your free profile or log in to save this article",
        "IE 11 is not supported. For an optimal experience visit our site on another browser.",
        "In a time of both misinformation and too much information, quality journalism is more "
        "crucial than ever.",
    ]
    page = "Indonesia weighs tighter quotas on nickel ore as prices slide\n\n" + "\n\n".join(
        [f"JAKARTA (Reuters) - {_PARAGRAPH}", *furniture, f"The ministry {_PARAGRAPH}"]
    )
    body = make_card(page).body
    assert len(body) == 2 and body[1].startswith("The ministry")


def test_a_sentence_about_a_reporter_is_story_and_a_possessive_name_is_the_whole_name() -> None:
    card = make_card(
        "Draper's French Open dream ends as Sinner's power proves too much\n\n"
        "Jack Draper's bid to reach the French Open semi-finals ended in the quarter-finals on "
        "Wednesday, when he lost in straight sets to the world No 1 on a windy afternoon.\n\n"
        "Budi Santoso is a reporter at Tempo who was covering the match for his newspaper.\n\n"
        '"He plays at a speed nobody else plays at, and on clay it is harder," Draper said.'
    )
    assert any(p.startswith("Budi Santoso is a reporter") for p in card.body)
    assert card.key_quote is not None and card.key_quote.speaker == "Jack Draper"


def test_the_sites_date_over_the_masthead_gives_way_to_the_storys_published_date() -> None:
    card = make_card(
        "Section Navigation\nSEARCH\nAsia Pacific\nLog in\nWednesday, June 4, 2025\n"
        "Today's Paper\nSupported by\n"
        "Japan Dumps Stockpiled Rice to Tame Prices, but Shoppers Still Wait in Line\n"
        "The government has released reserve rice as the price of the staple has doubled\n"
        "Share full article\n"
        "Customers lined up outside a supermarket in Tokyo on Saturday to buy stockpiled rice, "
        "which sold out within an hour.Credit...Noriko Hayashi for The New York Times\n"
        "By Mariko Sato and Jonathan Keller\nReporting from Tokyo\n"
        "Published June 3, 2025Updated June 4, 2025, 5:21 a.m. ET\n\n"
        f"{_PARAGRAPH}\n\nThe ministry {_PARAGRAPH}"
    )
    assert card.published is not None and card.published.date().isoformat() == "2025-06-03"
    assert card.author == "Mariko Sato and Jonathan Keller"
    assert card.dateline == "Tokyo"
    # a city of the world's towns list before a colon (Onmanorama)
    kerala = make_card(
        "Onmanorama\nKerala\n\nCabinet approves second phase of Vizhinjam seaport\n\n"
        f"July 25, 2028 11:20 AM\n\nThiruvananthapuram: {_PARAGRAPH}\n\nThe ministry {_PARAGRAPH}"
    )
    assert (kerala.dateline, kerala.body[0][:9]) == ("Thiruvananthapuram", "Lawmakers")
    assert [p.split()[0] for p in card.body] == ["Lawmakers", "The"]
    assert card.source is None  # "Section Navigation" is no outlet


def test_bylines_with_a_wire_or_a_role_after_the_name() -> None:
    for byline, writer in [
        ("By Giulia Ferraro with AP", "Giulia Ferraro"),
        ("By: Kristine Anne Villareal - Reporter / @KAVillarealINQ", "Kristine Anne Villareal"),
    ]:
        card = make_card(
            "Italy rescues hundreds off Lampedusa\n" + byline + "\nJune 4, 2025\n\n" + _PARAGRAPH
        )
        assert card.author == writer, byline


def test_a_sections_rubric_is_no_headline_and_an_ordinal_date_no_writer() -> None:
    card = make_card(
        "The Economist\nMenu\nWeekly edition\nAsia | Manila's pendulum\n\n"
        "The feud between the Marcoses and the Dutertes enters a new phase\n\n"
        "Photograph: Reuters\nJun 4th 2025|MANILA|5 min read\nListen to this story\n\n"
        f"{_PARAGRAPH}\n\nThe ministry {_PARAGRAPH}"
    )
    assert card.headline == "The feud between the Marcoses and the Dutertes enters a new phase"
    assert card.published is not None and card.published.date().isoformat() == "2025-06-04"
    assert card.author is None
    assert card.source == "The Economist"


def test_a_writer_in_capitals_under_the_standfirst_and_the_stamp_after_updated() -> None:
    card = make_card(
        "ARAB NEWS\nSaudi Arabia\nMiddle East\nWorld\nSport\n"
        "Saudi health ministry warns pilgrims as Makkah temperatures near 48°C\n"
        "Heat stroke cases fall compared to last year after cooling measures, says spokesman\n"
        "Updated 04 June 2025\nRAWAN RADWAN\nJune 04, 2025 11:40\nFollow\n\n"
        f"MAKKAH: {_PARAGRAPH}\n\nThe ministry {_PARAGRAPH}"
    )
    assert card.author == "Rawan Radwan"
    # The unlabelled stamp is the first one, in Riyadh's time as Arab News prints it.
    assert card.published is not None
    assert card.published.isoformat() == "2025-06-04T11:40:00+03:00"


def test_the_writers_line_with_their_role_is_not_the_first_paragraph() -> None:
    card = make_card(
        "The Guardian\nNews\nOpinion\nSport\nCulture\n\n"
        "Labour's care worker visa ban will leave homes short-staffed, providers warn\n\n"
        "Industry leaders say ending overseas recruitment from July could force closures\n\n"
        "Daniel Ashworth Senior political correspondent\nTue 3 Jun 2025 06.00 BST\nShare\n\n"
        f"{_PARAGRAPH}\n\nThe ministry {_PARAGRAPH}"
    )
    assert card.author == "Daniel Ashworth"
    assert [p.split()[0] for p in card.body] == ["Lawmakers", "The"]


def _under(top: str) -> Card:
    """The card of two paragraphs under a page's top."""
    return make_card(f"{top}\n\n{_PARAGRAPH}\n\nThe ministry {_PARAGRAPH}")


def _stamp(card: Card) -> str | None:
    return card.published.isoformat() if card.published else None


def test_the_city_a_date_line_names_is_the_dateline_when_the_story_gives_none() -> None:
    card = _under(
        "The Jakarta Post\nAcademia\n\n"
        "Ministry shelves new school zoning rules after parents' outcry\n\n"
        "Nadia Prameswari (The Jakarta Post)\nJakarta   ●   Tue, June 3, 2025 / 02:15 pm"
    )
    assert card.dateline == "Jakarta"
    assert _stamp(card) == "2025-06-03T14:15:00+07:00"
    # A zone's name after the time is no place of filing
    sky = _under(
        "Sky News\nChancellor to announce £86bn science and tech funding\n\n"
        "Wednesday 4 June 2025 07:15, UK"
    )
    assert sky.dateline is None
    # The Economist: the city between the bars of its date line, under the standfirst
    economist = _under(
        "The Economist\nAsia | Free lunch, expensive bill\n\n"
        "Indonesia’s free school meals are eating the budget\n\n"
        "A flagship programme feeds tens of millions of children. The cost is a worry\n\n"
        "Nov 27th 2025|JAKARTA|4 min read"
    )
    assert economist.dateline == "JAKARTA"
    # The Hindu: the city after the stamp
    hindu = _under(
        "The Hindu\nNews / World / Asia\n\nIndonesia charges 17 Indian sailors over illegal oil "
        "transfer\n\nAnirban Mukhopadhyay-Rao\n\n"
        "Published - November 21, 2025 08:40 pm IST - NEW DELHI"
    )
    assert (hindu.dateline, _stamp(hindu)) == ("NEW DELHI", "2025-11-21T20:40:00+05:30")
    assert _stamp(economist)[:10] == "2025-11-27"


def test_a_section_over_the_headline_and_the_original_stamp_under_updated() -> None:
    fox = _under(
        "Fox News\nU.S.\nPolitics\nMedia\nOpinion\nBusiness\nLogin\nU.S.\n"
        "Published December 9, 2024 3:41pm EST\n"
        "Ex-Texas deputy convicted of using patrol car to move cartel fentanyl\n"
        "By Garrett Lindholm Fox News"
    )
    assert fox.headline == "Ex-Texas deputy convicted of using patrol car to move cartel fentanyl"
    assert _stamp(fox) == "2024-12-09T15:41:00-05:00"
    assert fox.author == "Garrett Lindholm"
    afp = _under(
        "Indonesia volcano erupts again\n\nBy AFP - Agence France Presse\n"
        "Updated Jan 15, 2025, 4:08 am EST / Original Jan 15, 2025, 2:31 am EST"
    )
    assert _stamp(afp) == "2025-01-15T02:31:00-05:00"
    # Bernama prints Kuala Lumpur's time without saying so
    bernama = _under("Bernama\nGovt to table digital bill next month\n25/11/2025 04:52 PM")
    assert _stamp(bernama) == "2025-11-25T16:52:00+08:00"


def test_a_headline_run_into_its_byline_and_day() -> None:
    card = _under(
        "Mongabay\nNews\n"
        "Indonesian fishers say nickel mine runoff is turning their bay red by Hanan Nugroho on "
        "2 April 2025"
    )
    assert card.headline == "Indonesian fishers say nickel mine runoff is turning their bay red"
    assert card.author == "Hanan Nugroho"
    assert card.published is not None and card.published.date().isoformat() == "2025-04-02"


def test_a_logo_names_the_outlet_and_a_byline_with_its_outlet_may_stand_over_the_headline() -> None:
    times = _under(
        "Skip to content\nThe Times logo\nSubscribe\nLog in\nPOLITICS\n"
        "Councils on brink of bankruptcy as care costs spiral\n"
        "Tuesday January 14 2025, 12.01am, The Times"
    )
    assert times.source == "The Times"
    assert times.headline == "Councils on brink of bankruptcy as care costs spiral"
    bali = _under(
        "Coconuts Bali\nNews\nKetut Ariani | Coconuts Bali\n5 hours ago\n"
        "No more scooters for tourists? Bali floats ban on foreigners renting motorbikes\n"
        "14 Mar 2025 | 3:05 PM WITA"
    )
    assert bali.author == "Ketut Ariani"
    assert bali.headline.startswith("No more scooters for tourists?")
    wsj = _under(
        "Dow Jones, a News Corp company\n"
        "News Corp is a global, diversified media and information services company focused on "
        "creating and distributing authoritative and engaging content and other products and "
        "services.\nThe Wall Street Journal\n"
        "Copper Hits Record as Strike at Chilean Mine Stretches Into Third Week\n"
        "March 12, 2025 5:30 am ET"
    )
    assert wsj.headline.startswith("Copper Hits Record")


def test_the_date_under_a_standfirst_a_caption_its_credit_and_the_byline() -> None:
    card = _under(
        "The Times logo\nTuesday January 14 2025\nPOLITICS\n"
        "Councils on brink of bankruptcy as care costs spiral\n"
        "Nine in ten town halls expect to raid reserves to pay for adult social care, survey "
        "finds\n"
        "Spending on adult social care now accounts for almost two thirds of some budgets\n"
        "ALAMY\nFiona Hartley\n, Local Government Correspondent\n"
        "Tuesday January 14 2025, 12.01am, The Times\nShare"
    )
    assert card.author == "Fiona Hartley"
    assert _stamp(card) == "2025-01-14T00:01:00+00:00"
    assert card.body[0].startswith("Lawmakers")


def test_a_headline_that_ends_like_a_tagline_stays_the_headline() -> None:
    card = _under("The Jakarta Post\nJakarta Post launches new English edition\nJune 3, 2025")
    assert card.headline == "Jakarta Post launches new English edition"


@pytest.mark.parametrize(
    ("top", "stamp"),
    [
        (  # Politico: the lead picture's caption ends on "| Photographer/OUTLET"
            "POLITICO\nCongress\nSenate Republicans eye ‘skinny’ farm bill as deadline looms\n"
            "GOP leaders are weighing a pared-down package that would extend commodity programs "
            "but punt the fight over SNAP.\n"
            "Sen. Wade Holloway has told colleagues he wants a bill on the floor before the "
            "August recess. | Francis Chung/POLITICO\n"
            "By Evan Castellano and Priya Natarajan\n05/14/2025 05:00 AM EDT\n"
            "Updated: 05/14/2025 09:37 AM EDT",
            "2025-05-14T05:00:00-04:00",
        ),
        (  # NBC: both stamps on one long line, a caption with its credit glued on
            "NBC News\nHealth news\n"
            "Hospitals postpone surgeries as IV fluid shortage drags into the holidays\n"
            "Nearly two months after Hurricane Helene shut the country's largest IV fluid plant, "
            "some hospitals are still rationing saline bags.\n"
            "Nov. 12, 2024, 4:30 PM EST / Updated Nov. 12, 2024, 6:02 PM EST\n"
            "By Jordan Whitaker and Sofia Ruiz\n"
            "Saline bags at a hospital pharmacy in Boston on Nov. 8.Sophie Park / Bloomberg via "
            "Getty Images file",
            "2024-11-12T16:30:00-05:00",
        ),
    ],
)
def test_the_date_under_a_standfirst_a_credited_caption_or_on_a_long_line(
    top: str, stamp: str
) -> None:
    card = _under(top)
    assert _stamp(card) == stamp
    assert card.body[0].startswith("Lawmakers")


@pytest.mark.parametrize(
    "note",
    [
        "Marcus Yee contributed.",
        "Marcus Yee and Ann Lee contributed.",
        "Jordan Whitaker is a health reporter for NBC News.",
        "Sofia Ruiz is a producer with the NBC News Health and Medical Unit.",
        "Garrett Lindholm is a reporter for Fox News Digital. Story tips can be sent to "
        "garrett.lindholm@fox.com.",
        "Lucy Carmody is a property reporter at The Sydney Morning Herald.Connect via X or email.",
        # Rappler signs with the first name alone
        "Carlo is a multimedia reporter covering migration and foreign affairs for Rappler.",
        # the paywall, newsletter and reader-tool lines English sites put around the story
        "Appeared in the March 13, 2025, print edition as 'Copper Surges to Record'.",
        "Start the day with a summary of the day’s most important and interesting stories, "
        "analysis and insights. Sign up for our Morning Edition newsletter.",
        "By signing up, you acknowledge and agree to our Privacy Policy and Terms of Service. "
        "You may unsubscribe at any time.",
        "Receive the top stories from the NZ Herald in your inbox each morning.",
        "Access to Herald Premium articles require a Premium subscription. Subscribe now.",
        "Log in, register or subscribe to save articles for later.",
        "Already a subscriber? Sign in here",
        "NEWYou can now listen to Fox News articles!",
        "Listen to more stories on hark",
        "4 mins to read",
        "Very large text size",
        "Search CNN...",
        "Translated by Samnang Keo. Edited by Gareth Lowell and Malcolm Tessier.",
        "Like this content? Join our growing community.",
        "Your support helps us to tell the story",
        "Gift this article free",
        "Short Url",
        "Need help? Reach us here.",
        "Read Time: 3 min",
        "Share on Twitter",
        "Catch your daily dose of Sports News, Cricket News, Live Scores and latest news on "
        "Hindustan Times.",
        "MCI (P) 034/11/2024. Published by SPH Media Limited, Co. Regn. No. 202120748H. "
        "Copyright © 2025 SPH Media Limited. All rights reserved.",
        "Copyright (c) Yonhap News Agency prohibits its content from being redistributed or "
        "reprinted without consent, and forbids the content from being modified or used for AI "
        "learning.",
        "Go deeper: Data centers are eating the grid",
        # Premium Times's appeal and its text ad
        "Support PREMIUM TIMES' journalism of integrity and credibility",
        "Good journalism costs a lot of money. Yet only good journalism can ensure the "
        "possibility of a good society, an accountable democracy, and a transparent government.",
        "Make a contribution",
        "TEXT AD: Advertise your business on PREMIUM TIMES – Click here",
        "CNN Sans ™ & © 2016 Cable News Network.",
        "Your support helps to strengthen independent journalism, which is critical for the "
        "advancement of sustainable development.",
        "Comments will be moderated. Keep comments relevant to the article. Remarks containing "
        "abusive and obscene language, personal attacks of any kind or promotion will be removed "
        "and the user banned.",
        "Support local journalism by becoming a member.",
        "Comments have to be in English, and in full sentences. They cannot be abusive or "
        "personal. Please abide by our community guidelines for posting your comments.",
        "We have migrated to a new commenting platform.",
        "Powered by automated translation",
        "For more news and updates, follow us on Google News.",
        "Frontier relies on readers like you. Become a member today.",
        "Advertise with NZME.",
        "Get full access to all our articles and news alerts.",
        "Rachel Ibarra covers water and the environment for the Los Angeles Times from Fresno. "
        "She previously reported for the Fresno Bee and the Desert Sun.",
        # The Conversation's disclosures
        "Rina Sulistyowati receives funding from the Indonesian Endowment Fund for Education "
        "(LPDP). Dimas Pratama Wibisono does not work for, consult, own shares in or receive "
        "funding from any company or organisation that would benefit from this article, and has "
        "disclosed no relevant affiliations beyond their academic appointment.",
        "Universitas Airlangga provides funding as a member of The Conversation ID.",
        "Do you have questions about the biggest topics and trends from around the world? Get the "
        "answers with SCMP Knowledge, our new platform of curated content with explainers, FAQs, "
        "analyses and infographics brought to you by our award-winning team.",
    ],
)
def test_writers_notes_and_site_prompts_under_the_story_are_left_out(note: str) -> None:
    card = make_card(f"Councils on brink of bankruptcy\n\n{_PARAGRAPH}\n\n{note}")
    assert card.body == (_PARAGRAPH.strip(),)
    # a sentence of the story shaped like one stays
    for sentence in (
        "Many residents contributed.",
        "She is a reporter for the local paper.",
        "Residents can sign up for the program at city hall, the mayor said.",
        "The kitchens are run by partners that receive funding from the agency.",
        "Translated by the ministry, the report says the plan failed in three provinces.",
        "Share on the market rose 3 percent on Monday, traders said.",
    ):
        kept = make_card(f"Councils on brink\n\n{_PARAGRAPH}\n\n{sentence} {_PARAGRAPH}")
        assert len(kept.body) == 2, sentence


def test_comments_in_a_share_bar_over_the_story_is_a_button_not_the_end() -> None:
    card = _under(
        "Fox News\nU.S.\nEx-Texas deputy convicted of using patrol car to move cartel fentanyl\n"
        "Jury deliberated less than four hours before returning guilty verdicts\n"
        "By Garrett Lindholm Fox News\nFacebook\nTwitter\nFlipboard\nComments\nPrint\nEmail"
    )
    assert len(card.body) >= 2 and card.body[-1].startswith("The ministry")


_JAKARTA_POST_TOP = (
    "The Jakarta Post\nIndonesia / Politics\n"
    "Free meals program under scrutiny after mass food poisoning in West Java\n"
    "Hundreds of students fell ill in Garut, prompting lawmakers to call for a pause.\n"
    "Nur Jannah Permatasari and Aryo Dimas Kusuma (The Jakarta Post)\n"
    "Jakarta/Bandung   ●   Tue, November 18, 2025\nShare This Article"
)


@pytest.mark.parametrize(
    ("top", "byline"),
    [
        # two writers under the standfirst, and the date of two cities under them
        (_JAKARTA_POST_TOP, ("The Jakarta Post", "Nur Jannah Permatasari and Aryo Dimas Kusuma")),
        (  # Nikkei: two writers in capitals and their role after them, in the plural
            "Nikkei Asia\nBusiness\nIndonesia's EV battery ambitions stall as Korean partner "
            "scales back\nJakarta's plan for a nickel-to-battery supply chain faces doubts\n"
            "DIMAS SANTOSO and YUKI NAKAGAWA, Nikkei staff writers\nMarch 5, 2025 13:05 JST",
            ("Nikkei Asia", "Dimas Santoso and Yuki Nakagawa"),
        ),
        (  # RFA: the service the writer files for, and the day written year first with dots
            "Radio Free Asia\nCambodia\nFarmers along the canal route say compensation is too low\n"
            "Authorities offer $5 per square meter for rice land worth five times as much\n"
            "By Sok Chenda for RFA Khmer\n2024.11.07\nShare on Facebook",
            ("Radio Free Asia", "Sok Chenda"),
        ),
        (  # Eco-Business: the outlet over its motto and its menu
            "Eco-Business\nA Sustainable Future Starts Here\nLog in\nSubscribe\nNews\nOpinion\n"
            "Research\nEvents\nJobs\nEnergy\n"
            "Indonesia's captive coal plants threaten net zero goal as nickel smelters expand\n"
            "By Dimas Ardiansyah\n14 May 2025\n5 minute read\nShare",
            ("Eco-Business", "Dimas Ardiansyah"),
        ),
        (  # "Name / Outlet" under the headline of the outlet the page opened with
            "Khmer Times\nBusiness\nFunan Techo canal draws $300 million in logistics pledges\n"
            "Sok Pisey / Khmer Times\nShare:\nMarch 18, 2026",
            ("Khmer Times", "Sok Pisey"),
        ),
        (  # NPR: the name between the show it was heard on and the audio player's buttons
            "NPR\nMenu\nDonate\nHealth\nHeat deaths are falling in Phoenix\n"
            "July 15, 2025 5:00 AM ET\nHeard on Morning Edition\nElena Marisol Quintanilla\n"
            "3-Minute Listen\nPlaylist\nEnlarge this image",
            ("NPR", "Elena Marisol Quintanilla"),
        ),
    ],
)
def test_writers_named_with_their_outlet(top: str, byline: tuple[str, str]) -> None:
    card = _under(top)
    assert (card.source, card.author) == byline
    assert card.published is not None and card.body[0].startswith("Lawmakers")


def test_published_under_the_story_when_the_top_says_only_hours_ago() -> None:
    card = make_card(
        "Rappler\nPhilippines\nSenate panel cites ex-DPWH engineer in contempt\nPAOLO ABRENICA\n"
        f"2 hours ago\n\n{_PARAGRAPH}\n\nThe ministry {_PARAGRAPH}\n\n"
        "How does this make you feel?\nHappy\nSad\nDon't care\nInspired\n"
        "Published 9:15 PM, November 27, 2025\nUpdated 11:02 PM, November 27, 2025"
    )
    assert _stamp(card) == "2025-11-27T21:15:00+08:00"  # Rappler prints Manila's time
    # McClatchy: only "Updated" on top, the first stamp in the story's foot
    statesman = make_card(
        "Idaho Statesman\nBusiness\nMicron starts production at first Boise fab\nJordan Pike\n"
        f"Updated June 20, 2028 3:18 PM\n\n{_PARAGRAPH}\n\nThe ministry {_PARAGRAPH}\n\n"
        "This story was originally published June 20, 2028 11:02 AM."
    )
    assert _stamp(statesman)[:16] == "2028-06-20T11:02"


@pytest.mark.parametrize(
    ("top", "stamp"),
    [
        (  # the SMH names itself under the skip links, prints Sydney's summer time, and says
            # when the story was first published after the update
            "Skip to sections navigation\nSkip to content\nSkip to footer\nAdvertisement\n"
            "Our network\nThe Sydney Morning Herald\nSubscribe\nBusiness\n"
            "Rates relief unlikely before winter, economists warn\nAnnika Ruhl\n"
            "Updated February 9, 2026 — 6.15pm, first published at 4.30pm",
            "2026-02-09T16:30:00+11:00",
        ),
        (  # The Canberra Times: the first stamp after a hyphen and with no "at"
            "The Canberra Times\nNews   ACT Politics   Federal Politics   Sport\nACT Politics\n"
            "ACT budget deficit blows out as light rail stage three gets the green light\n"
            "By Lucy Bannerman\nUpdated June 8 2028 - 6:03pm, first published 11:30am",
            "2028-06-08T11:30:00+10:00",
        ),
        (  # SBS prints Sydney's summer time, the Dhaka Tribune Dhaka's, neither saying so
            "SBS News\nLive TV   News   Australia   World\n\nLIVE\n\n"
            "Bali floods live: Australians urged to avoid Denpasar\n\n"
            "Published 27 November 2025 6:52am\nBy Lachlan Pereira-Whitcombe",
            "2025-11-27T06:52:00+11:00",
        ),
        (
            "Dhaka Tribune\nSunday, November 16, 2025\nBangladesh   World   Business   Sport\n\n"
            "Boat carrying 146 Rohingya lands in Indonesia's Aceh after 19 days at sea\n\n"
            "Imtiaz Karim Bhuiyan\nPublish : 16 Nov 2025, 09:47 PM",
            "2025-11-16T21:47:00+06:00",
        ),
        (  # Việt Nam News in capitals prints Hanoi's time without saying so
            "VIETNAM NEWS\nThe National English Language Daily\nEconomy\n"
            "Fruit exporters face tougher checks on shipments to China\nJune 17, 2025 - 08:41",
            "2025-06-17T08:41:00+07:00",
        ),
        # Sarawak's, Brussels's (winter time), Suva's and Port Moresby's clocks, unsaid
        (
            "DayakDaily\nSarawak's News Portal\nHome   Sarawak   Kuching   Politics\n\n"
            "Tebedu crossing sees surge of travellers\n\nBy Melvina Ujang Sagin\n"
            "March 19, 2026, 4:15 pm",
            "2026-03-19T16:15:00+08:00",
        ),
        (
            "EURACTIV\nAgrifood   Economy   Energy & Environment   Politics\n\n"
            "MEPs back EU-Indonesia trade deal in committee\n\n"
            "By Matteo Ferraris-Kowalczyk | Euractiv\nMar 10, 2026 14:35",
            "2026-03-10T14:35:00+01:00",
        ),
        (
            "The Fiji Times\nMonday, March 2, 2026\nHome   News   Sport   Business\n\n"
            "Indonesian hospital ship to offer free surgeries in Suva\n\n"
            "By Losana Vuniwaqa Naivalu\nMarch 2, 2026 5:00 am",
            "2026-03-02T05:00:00+12:00",
        ),
        (  # Apia, a day ahead of most of the world (UTC+13), and Kathmandu's quarter hour
            "Samoa Observer\nLatest   Samoa   Pacific   World   Business\n\n"
            "Indonesian medical team arrives in Apia\n\nBy Lagi Keresoma Tuilagi\n"
            "April 7, 2026 6:30 pm",
            "2026-04-07T18:30:00+13:00",
        ),
        (
            "The Kathmandu Post\nNational   Politics   Valley   Opinion   Money\n\n"
            "Nepal and Indonesia sign labour pact\n\nBy Anil Giri Thapa\nApril 16, 2026 6:45 am",
            "2026-04-16T06:45:00+05:45",
        ),
        (
            "Post-Courier\nHome   News   Business   Sport\n\n"
            "Wutung border market traders count losses\n\nBy Jethro Kawage Aisi\n"
            "March 3, 2026 7:40 am",
            "2026-03-03T07:40:00+10:00",
        ),
        (  # a Scottish paper, in British summer time, whatever team it writes of
            "The Scotsman\nNews   Sport   Celebs\n\n"
            "Hibs boss warns job only half done against Slovakian side\n\nBy Craig Lamont\n"
            "09:30, 19 Aug 2033",
            "2033-08-19T09:30:00+01:00",
        ),
    ],
)
def test_an_outlets_own_clock_and_the_first_published_time(top: str, stamp: str) -> None:
    assert _stamp(_under(top)) == stamp


@pytest.mark.parametrize(
    ("top", "headline", "source", "author"),
    [
        # a market ticker over the masthead
        (
            "Skip to Main Content\nDJIA 41433.48 -1.14%\nS&P 500 5572.07 -0.76%\n"
            "Nasdaq 17436.10 -0.18%\nU.S. 10 Yr -13/32 Yield 4.315%\nCrude Oil 66.38 0.13%\n"
            "The Wall Street Journal\nCommodities\n"
            "Copper Hits Record as Strike at Chilean Mine Stretches Into Third Week\n"
            "By Hannah Roark\nMarch 12, 2025 5:30 am ET",
            "Copper Hits Record",
            "The Wall Street Journal",
            "Hannah Roark",
        ),
        # Mattermost's export: the channel's path, its row of fields, the poster's messages,
        # and the page pasted in the second
        (
            "Mattermost  ›  Gulf Realty Group  ›  ~legal-updates\n"
            "Channel export · 08/08/2030 · Requested by m.fernandes · Times shown in "
            "(UTC+04:00) Dubai\n\nm.fernandes  7:02 PM\nFYI for the leasing team - full article "
            "below since their site keeps timing out.\n\nm.fernandes  7:03 PM\n"
            "Sharjah Evening Post\nUAE | Sharjah | Courts | Business | Expat Life | Sport\n"
            "COURTS\nSharjah court orders landlord to refund Dh1.4m in illegal rent rises to 63 "
            "tenants\nRania Al Haddad, Court Correspondent\nPublished: Thu 8 Aug 2030, 6:35 PM"
            "\n\nSHARJAH: A Sharjah court has ordered a property owner to refund more than Dh1.4 "
            "million to 63 tenants after ruling that rent increases were unlawful.\n\n"
            "The Sharjah Rental Disputes Centre's appeals panel upheld the landlord's refund.",
            "Sharjah court orders landlord",
            "Sharjah Evening Post",
            "Rania Al Haddad",
        ),
        # a wiki's bar of menus and icons, its page's path and fields, then the page
        (
            "Confluence   Spaces ▾   People   Create   ···                          🔍 Search\n"
            "Spaces / Regional Logistics / Market Intelligence / Pakistan\n"
            "Created by Hannah Kerr, last modified on Feb 07, 2031\n"
            "Source: https://www.karachiledger.pk/business/port-congestion\n"
            "ℹ️ Pasted in full for the weekly South Asia ops call. Do not forward outside the "
            "company.\n\nTHE KARACHI LEDGER\n"
            "Business\nPort congestion pushes container dwell time to nine days, traders say\n"
            "Faraz Siddiqui\nPublished February 06, 2031 | 09:45 PM\n\n"
            "KARACHI: Average container dwell time at Karachi Port has risen to nine days this "
            "month, traders say, as congestion at the port's terminals worsens.\n\n"
            "Importers say containers are waiting days for berthing and customs clearance.",
            "Port congestion pushes container dwell time",
            "THE KARACHI LEDGER",
            "Faraz Siddiqui",
        ),
        # an e-paper stand's viewer: the paper's name beside its issue's day, the page's
        # controls, then the story
        (
            "KIOSKA\nThe Lakeside Courier  ·  February 25, 2031\n"
            "◀ Previous   Page 3 of 20   Next ▶          Original  |  Text\n"
            "────────────────────────────\nNEWS\n"
            "Fishermen block harbour road over trawler incursions\nBy Tharshan Sivakumar\n\n"
            "JAFFNA, Feb. 24 – Hundreds of fishermen blocked the road leading to the harbour "
            "for more than five hours on Monday, protesting against trawler incursions.\n\n"
            "The fishermen said the trawlers had damaged their nets near the harbour road.",
            "Fishermen block harbour road",
            "The Lakeside Courier",
            "Tharshan Sivakumar",
        ),
    ],
    ids=["a market ticker", "a chat export's row of fields", "a wiki's bar", "an e-paper's issue"],
)
def test_an_apps_or_a_tickers_rows_over_the_masthead_are_no_headline_and_no_writer(
    top: str, headline: str, source: str, author: str
) -> None:
    card = make_card(top) if "\n\n" in top else _under(top)  # its own story, or two paragraphs
    assert card.headline.startswith(headline)
    assert (card.source, card.author) == (source, author)
    assert "Dh1" not in card.topics  # an amount in dirhams is no topic


@pytest.mark.parametrize(
    ("top", "byline", "stamp"),
    [
        (  # the Guardian: its edition switch and the age notice over the headline
            "Skip to main contentSkip to navigation\nPrint subscriptions\nSearch jobs\nSign in\n"
            "Eur\nEurope edition\nThe Guardian - Back to home\nThe Guardian\nNews\nOpinion\n"
            "Sport\nShow more\nWorld\nIndonesia\nThis article is more than 1 year old\n"
            "Indigenous Papuans say food estate is clearing their forests\n"
            "Government-backed rice and sugar project in Merauke has cleared a vast area\n"
            "Amelia Hartono in Jakarta\nThu 22 Aug 2024 05.00 BST\nShare",
            ("The Guardian", "Amelia Hartono"),
            "2024-08-22T05:00:00+01:00",
        ),
        (  # The Japan Times: a caption credited "| NAME" in capitals, and "BY NAME / STAFF WRITER"
            "The Japan Times\nJAPAN / SOCIETY\n"
            "Indigenous Papuans say food estate is clearing their forests\n"
            "Japan's aging countryside is increasingly reliant on foreign care workers.\n"
            "A care worker from Indonesia helps a resident at a nursing home in Toyooka, Hyogo "
            "Prefecture, in December. | KAORI NISHIDA\nBY KAORI NISHIDA\nSTAFF WRITER\n"
            "Jan 15, 2025\nSHARE",
            ("The Japan Times", "Kaori Nishida"),
            "2025-01-15T00:00:00+09:00",
        ),
        (  # the SCMP: a section path over the headline
            "South China Morning Post\nSubscribe\nAsia / Southeast Asia\n"
            "Indigenous Papuans say food estate is clearing their forests\n"
            "Losses at the line are weighing on state firms, with lawmakers questioning who pays\n"
            "Arya Wicaksana\n+ FOLLOW\nPublished: 6:00pm, 14 Apr 2025\n"
            "Updated: 9:12pm, 14 Apr 2025\nWhy you can trust SCMP",
            ("South China Morning Post", "Arya Wicaksana"),
            "2025-04-14T18:00:00+08:00",
        ),
        (  # Al Jazeera: a caption twice, credited in brackets, and the day printed twice
            "Al Jazeera\nNews|Protests\n"
            "Indigenous Papuans say food estate is clearing their forests\n"
            "Demonstrators demand cancellation of housing allowance as police fire tear gas.\n"
            "Students shout slogans outside the regional legislature in Medan, Indonesia, on "
            "September 8, 2025 [Rizky Pratama/Al Jazeera]\n"
            "Students shout slogans outside the regional legislature in Medan, Indonesia, on "
            "September 8, 2025 [Rizky Pratama/Al Jazeera]\n"
            "By Dewi Kartika Sembiring\nPublished On 9 Sep 20259 Sep 2025",
            ("Al Jazeera", "Dewi Kartika Sembiring"),
            "2025-09-09T00:00:00+00:00",
        ),
        (  # the Daily Mail: the summary's points, then the byline and a time before the date
            "Daily Mail\nNews\nWorld News\n"
            "Indigenous Papuans say food estate is clearing their forests\n"
            "Daniel Whitby, 27, from Leeds, posted the clip to his 80,000 followers\n"
            "Balinese Hindu leaders said the act 'desecrated' the shrine\n"
            "Immigration officials say more than 300 foreigners were deported from Bali last year\n"
            "By RHIANNON FOSTER FOR MAILONLINE\n"
            "Published: 05:12 GMT, 13 February 2026 | Updated: 09:40 GMT, 13 February 2026\n"
            "e-mail\nView comments",
            ("Daily Mail", "Rhiannon Foster"),
            "2026-02-13T05:12:00+00:00",
        ),
        (  # CBS: "By" over two names, and a video's title over its length above the story
            "CBS News\nWatch CBS News\nSearch\nSign in\nU.S.\nWorld\nPolitics\nEntertainment\n"
            "HealthWatch\nMoneyWatch\nCrime\nLocal News\nMore\nMoneyWatch\n"
            "Indigenous Papuans say food estate is clearing their forests\n"
            "By\nDanielle Whitcomb,\nMarcus T. Reyes\n"
            "Updated on: March 11, 2025 / 6:45 PM EDT / CBS News\n"
            "Egg prices remain high as bird flu continues to impact U.S. supply\n04:12",
            ("CBS News", "Danielle Whitcomb, Marcus T. Reyes"),
            "2025-03-11T18:45:00-04:00",
        ),
        (  # Mothership: "Writer | date, time" in Singapore's time, no zone printed
            "Mothership\nNews  Lifestyle  Food  Tech  Travel  Videos  Shop  Jobs\nSearch\n\n"
            "Indigenous Papuans say food estate is clearing their forests\n\n"
            "They practise on Sundays, their only day off.\n\n"
            "Keane Tay Wei Ming | November 22, 2025, 12:34 PM\n\n"
            "Facebook  Telegram  WhatsApp  Copy link",
            ("Mothership", "Keane Tay Wei Ming"),
            "2025-11-22T12:34:00+08:00",
        ),
        (  # The Edge: a market ticker over the section and the headline
            "The Edge Malaysia\nHome  Corporate  Economy  Markets  Properties  Options\n"
            "Subscribe   Sign In\nFBM KLCI 1,618.42  +3.15  (+0.20%)   as at 18 Nov 2025 5:00 PM"
            "\n\nCorporate\n\nIndigenous Papuans say food estate is clearing their forests\n\n"
            "By Nurul Syafiqah Azman / theedgemalaysia.com\n18 Nov 2025, 05:10 pm\n"
            "Updated - 3 hours ago",
            ("The Edge Malaysia", "Nurul Syafiqah Azman"),
            "2025-11-18T17:10:00+08:00",
        ),
        (  # The Japan Times: its ticker; the Borneo Post: the weekday after the day
            "The Japan Times\nSUBSCRIBE   LOGIN\nNikkei 225 49,559.07 +0.08%   USD/JPY 156.89\n\n"
            "BUSINESS / CORPORATE\n\n"
            "Indigenous Papuans say food estate is clearing their forests\n\nBy Kaori Nishida\n"
            "Nov 25, 2025",
            ("The Japan Times", "Kaori Nishida"),
            "2025-11-25T00:00:00+09:00",
        ),
        (
            "Borneo Post Online\nGet our app\n\nSabah\n\n"
            "Indigenous Papuans say food estate is clearing their forests\n\n"
            "By Juliana Ambrose Gimbang\nNovember 12, 2025, Wednesday at 10:15 AM",
            ("Borneo Post Online", "Juliana Ambrose Gimbang"),
            "2025-11-12T10:15:00+08:00",
        ),
        (  # CNBC: the picture's placeholder, the writer over her handle, a live button
            "CNBC\nMARKETS  BUSINESS  INVESTING  TECH  POLITICS\nMenu\n\nASIA ECONOMY\n\n"
            "Indigenous Papuans say food estate is clearing their forests\n\n"
            "Published Wed, Nov 19 2025 3:12 AM EST\nUpdated Wed, Nov 19 2025 5:40 AM EST\n\n"
            "Thumbnail\nNatalie Kwan Hui Ying\n@in/nataliekwanhy\nWATCH LIVE",
            ("CNBC", "Natalie Kwan Hui Ying"),
            "2025-11-19T03:12:00-05:00",
        ),
        (  # The Business Times: a ticker with a triangle, the time after a middle dot
            "THE BUSINESS TIMES\nCompanies & Markets   Singapore   International   Property\n"
            "STI 4,512.36 ▲ 0.41%   USD/SGD 1.3027   Brent 63.71\n\nINTERNATIONAL / ASEAN\n\n"
            "Indigenous Papuans say food estate is clearing their forests\n\n"
            "By Samantha Tan Wei Ling\nPublished Tue, Nov 25, 2025 · 05:50 PM",
            ("THE BUSINESS TIMES", "Samantha Tan Wei Ling"),
            "2025-11-25T17:50:00+08:00",
        ),
        (  # RNZ: the writer, the service and "Journalist" after a comma
            "RNZ\nLive: RNZ National   Listen   Search\n\nPacific\n\n"
            "Indigenous Papuans say food estate is clearing their forests\n\n"
            "5:12 pm on 21 November 2025\n\nShare this\n\n"
            "Teuila Faleolo-Brennan, RNZ Pacific Journalist",
            ("RNZ", "Teuila Faleolo-Brennan"),
            "2025-11-21T17:12:00+13:00",
        ),
        (  # the NST: the time after an at sign
            "NST Online\nNATION\nIndigenous Papuans say food estate is clearing their forests\n"
            "By Farah Nadhirah Zulkifli - August 1, 2025 @ 1:47pm",
            ("NST Online", "Farah Nadhirah Zulkifli"),
            "2025-08-01T13:47:00+08:00",
        ),
    ],
)
def test_international_papers_tops(top: str, byline: tuple[str, str], stamp: str) -> None:
    card = _under(top)
    assert card.headline == "Indigenous Papuans say food estate is clearing their forests"
    assert ((card.source, card.author), _stamp(card)) == (byline, stamp)
    assert card.body[0].startswith("Lawmakers")


def test_a_city_and_its_country_by_a_long_dash_open_the_story() -> None:
    card = make_card(f"Students rally in Medan\n\nMedan, Indonesia – {_PARAGRAPH}")
    assert card.dateline == "Medan"
    assert card.body[0].startswith("Lawmakers")


def test_a_desks_initials_in_square_brackets_close_the_paragraph_they_sign() -> None:
    card = make_card(f"Council approves roads plan\n\n{_PARAGRAPH}[afr/nel]")
    assert card.body[0].startswith("Lawmakers")


def test_a_date_in_numbers_read_as_the_spelled_date_under_it() -> None:
    card = _under(
        "DW\nAsia\nIndonesia's new capital Nusantara stalls as funds dry up\n"
        "Two years after its grand opening, most ministries have yet to move.\n"
        "Leonie Hartmann in Penajam Paser Utara, East Kalimantan\n02/10/2026\nFebruary 10, 2026\n"
        "Image: Ryan Marbun/AFP/Getty Images\n"
        "The presidential palace in Nusantara was inaugurated in August 2024"
    )
    assert (card.author, _stamp(card)) == ("Leonie Hartmann", "2026-02-10T00:00:00+00:00")
    assert card.body[0].startswith("Lawmakers")


def test_an_archive_pictures_file_caption_is_no_dateline_and_no_paragraph() -> None:
    card = _under(
        "Thailand's first same-sex weddings draw hundreds of couples\nBy Ploy Chaiwat\n"
        "January 23, 2025 3:14 AM\n"
        "FILE - Couples pose with their marriage certificates at a mass wedding event in "
        "Bangkok, Jan. 23, 2025."
    )
    assert card.dateline is None
    assert card.body[0].startswith("Lawmakers")


def test_a_live_ticker_the_writers_handle_and_a_video_block_over_the_story() -> None:
    card = _under(
        "Skip to content\nSky News - back to home\nWatch Live\nHome\nUK\nWorld\nPolitics\n"
        "Breaking\nLive: Severe flood warnings in place across Yorkshire\n"
        "Hundreds evacuated in Tadcaster as River Wharfe reaches highest level in a decade\n"
        "Twelve severe flood warnings remain in place across northern England after a month's "
        "worth of rain fell in a little over 24 hours.\n"
        "Lorna Halloran\nNorth of England correspondent @lornahalloran\n"
        "Saturday 22 November 2025 11:37, UK\nWhy you can trust Sky News\n"
        "Image:\nSandbags line a street in Tadcaster on Saturday morning\n"
        "Please use Chrome browser for a more accessible video player\n0:52\n"
        "Residents describe the speed of the rising water"
    )
    assert card.headline.startswith("Hundreds evacuated in Tadcaster")
    assert (card.author, _stamp(card)) == ("Lorna Halloran", "2025-11-22T11:37:00+00:00")
    assert card.body[0].startswith("Lawmakers approved")


def test_a_pitch_over_its_read_more_button_and_a_newsletter_consent_are_not_the_story() -> None:
    card = _under(
        "Independent\nHealth\n"
        "Thousands of children wait more than a year for NHS tooth extractions\n"
        "Rebecca Thornbury-Hale\nHealth Correspondent\nTuesday 14 January 2025 06:00 GMT\n"
        "Your support helps us to tell the story\n"
        "From reproductive rights to climate change to Big Tech, The Independent is on the "
        "ground when the story is developing.\nRead more\n"
        "Get our free Health Check email\n"
        "I would like to be emailed about offers, events and updates from The Independent. "
        "Read our Privacy notice"
    )
    assert card.body[0].startswith("Lawmakers approved")


@pytest.mark.parametrize(
    "tail",
    [
        "Topics\nAthletics\nFederation Cup\nTrending Topics\nIPL 2024 points table\n"
        "Top Sports News\nParis Olympics 2024: India's shooting squad named",
        "Related Tags\nDepEd\nClassroom shortage\nTrending\n"
        "PAGASA: Low pressure area may become tropical depression",
        # The Telegraph: other stories, then its plea, its comment rules and its footer menu
        "More stories\nThai police arrest five over tourist drugging gang in Pattaya\n\n"
        "We rely on advertising to help fund our award-winning journalism.\nThe Telegraph "
        "values your comments but kindly requests all posts are on topic, constructive and "
        "respectful. Please review our commenting policy.\n\nJoin the conversation\n"
        "Show 84 comments\n\nThe Telegraph\nBack to top\nFollow us on:\n"
        "Help Centre  About us  Telegraph Extra  Reader Prizes  Branded Content  Guidelines  "
        "Privacy  Terms and Conditions  Advertising terms  Fantasy Sport  Privacy options",
        # CNBC's note on its quotes
        "Data is a real-time snapshot *Data is delayed at least 15 minutes. Global Business and "
        "Financial News, Stock Quotes, and Market Data and Analysis.",
        # MSN's more stories; SBS's acknowledgement of country at the page's foot
        "-- BERNAMA\n\nMore for you\nSabah polls: Voters urged to check polling centres online",
        "SBS acknowledges the traditional owners of country throughout Australia.",
        # a live page's note on its order and its clock
        "Follow the latest updates below. All times are AEDT unless stated.",
        # the Daily Mail's caption under the story's last paragraph
        "Pictured: The beach club in Canggu where the alleged assault took place",
        # Nature: the paper's address and its references
        "doi: https://doi.org/10.1038/d41586-025-00000-0\n\nReferences\n"
        "1. Handoko, S. P. et al. Nature Geosci. (2025).\n\nDownload references",
        # a section's links under the story (Mauritius Times)
        "More in Politics\nLocal government: village councils to get new budget powers",
        # a magazine's sources, after a colon (Farmasetika)
        "Referensi:\nKeterangan tertulis Kementerian Kesehatan, 10 September 2026.",
        # Asia Times: the writer's note, "who covers …"
        "Tobias Marchetti-Lau is a journalist based in Jakarta who covers Southeast Asian "
        "resources and labour.",
        # the Daily Mail: its comments under the story
        "Share or comment on this article:\n\nComments 184\nShare what you think\n"
        "The comments below have not been moderated.\n\nSurferDad, Brisbane, 2 hours ago\n"
        "Every single year. Some people just can't handle their drinks on holiday.",
        # Newsweek: the paper cited, then its call for tips
        "Pranoto, S. W., Fairweather-Ng, D., et al. (2025). Ecology and Evolution.\n\n"
        "Do you have a tip on a science story that Newsweek should be covering?",
    ],
)
def test_topics_and_trending_lists_under_the_story_end_it(tail: str) -> None:
    card = make_card(
        f"Councils on brink of bankruptcy\n\n{_PARAGRAPH}\n\nThe ministry {_PARAGRAPH}\n\n{tail}"
    )
    assert [p.split()[0] for p in card.body] == ["Lawmakers", "The"]


def test_a_kicker_in_capitals_over_the_standfirst_is_neither_story_nor_headline() -> None:
    card = _under(
        "Taipei Times\nTaiwan News\nTue, Jan 20, 2026 page 2\n"
        "Ministry to raise pay floor for Indonesian caregivers\nRIGHTS:\n"
        "The Ministry of Labor said the minimum pay for live-in caregivers hired from Indonesia "
        "would rise to NT$20,000 from March, after talks with Jakarta\n"
        "By Lin Yu-hsuan / Staff reporter\n"
        "Indonesian migrant workers attend a Sunday gathering at Taipei Main Station on Jan. 18.\n"
        "Photo: CNA"
    )
    assert card.headline == "Ministry to raise pay floor for Indonesian caregivers"
    assert card.author == "Lin Yu-hsuan"
    assert [p.split()[0] for p in card.body] == ["Lawmakers", "The"]
    # its own desk's byline names no one, and is no lede
    desk = _under(
        "Taipei Times\nTaiwan News\nSun, Nov 16, 2025 page3\n"
        "Court orders broker to repay fees charged to Indonesian caregivers\n\n"
        "Staff writer, with CNA"
    )
    assert desk.author is None and (desk.lede or "").startswith("Lawmakers")


def test_a_byline_that_names_the_outlet_names_no_writer() -> None:
    card = _under(
        "Frontier Myanmar\nNEWS\n"
        "Quake survivors in Sagaing struggle to find themselves on voter lists\n"
        "By FRONTIER\n13 October 2025\nShare this article"
    )
    assert (card.source, card.author) == ("Frontier Myanmar", None)


def test_a_headline_of_two_sentences_keeps_its_stops_and_summary_points_are_no_story() -> None:
    card = _under(
        "Egg prices are falling at wholesale. Here's when shoppers could see relief.\n"
        "Shoppers are unlikely to see a similar fall at the supermarket for several weeks\n"
        "Bird flu has cut the flock by a fifth since October, the agriculture department says\n"
        "By Danielle Whitcomb\nMarch 11, 2025 / 6:45 PM EDT"
    )
    assert card.headline.endswith("Here's when shoppers could see relief.")
    assert card.lede.startswith("Shoppers are unlikely")
    assert not any(p.startswith("Bird flu") for p in card.body)


def test_an_instagram_post_pasted_inside_the_story_is_not_the_story() -> None:
    card = make_card(
        f"Councils on brink of bankruptcy\n\n{_PARAGRAPH}\n\nView this post on Instagram\n\n"
        "Home at last. Thank you all for the love and the prayers!\n\n"
        "A post shared by Jane Doe (@janedoe)\n\n"
        f"The ministry {_PARAGRAPH}"
    )
    assert [p.split()[0] for p in card.body] == ["Lawmakers", "The"]


def test_the_lead_pictures_caption_over_the_headline_is_not_the_headline() -> None:
    # The Guardian prints the picture, its caption and credit, then the section and headline.
    card = make_card(
        "The Guardian - Back to home\nWorld\nIndonesia\n"
        "Excavators clear forest for a plantation in Merauke, South Papua. "
        "Photograph: Jane Doe/Getty Images\nIndonesia\n"
        "Food estate push in Papua is destroying forests, report finds\n"
        "Julia Hartono in Jakarta\nWed 12 Nov 2025 14.07 GMT\nShare\n\n"
        f"{_PARAGRAPH}"
    )
    assert card.headline == "Food estate push in Papua is destroying forests, report finds"
    assert card.author == "Julia Hartono"
    assert "Photograph" not in " ".join(card.body)


def test_a_player_button_and_a_section_over_its_menu_are_no_outlet_the_foot_names_it() -> None:
    # Al Jazeera: "Play Live" and "News" over the menu; the outlet only under the story.
    card = make_card(
        "Skip links\nSkip to Content\nPlay Live\nLive\nShow navigation menu\nNavigation menu\n"
        "News\nShow more news sections\nMiddle East\nAfrica\nAsia\nEurope\nFeatures\nOpinion\n"
        "Search\nNews|ASEAN\nTimor-Leste joins ASEAN as 11th member, ending 14-year wait\n"
        "By Aisyah Rahman\nPublished On 26 Oct 2025\n\n"
        f"{_PARAGRAPH}\n\nSource: Al Jazeera and news agencies\n\nSign up for Al Jazeera"
    )
    assert card.headline == "Timor-Leste joins ASEAN as 11th member, ending 14-year wait"
    assert (card.source, card.author) == ("Al Jazeera", "Aisyah Rahman")


def test_abcs_summary_box_its_story_cards_and_its_newsletter_box_are_not_the_story() -> None:
    card = make_card(
        "ABC News\nIndonesian students turn to Malaysia as Australia's visa costs bite\n"
        "By Indonesia correspondent Lucy Marchetti\nPublished Thu 20 Nov 2025 at 12:30pm\n"
        "Share article\nIn short:\n"
        "Education agents say applications from Indonesian students have fallen by a third.\n"
        "Malaysia and Japan are competing hard for the students with scholarships.\n"
        "What's next?\n"
        "Universities are lobbying Canberra to exempt students from near neighbours.\n"
        "Aditya Ramadhan had his heart set on studying engineering in Melbourne.\n\n"
        "But after months of watching visa fees climb, the 19-year-old from Bandung enrolled "
        "at a private university in Kuala Lumpur instead.\n\n"
        "“Australia was always the dream, because it's close and my cousins studied there. But "
        "when the visa fee went up to two thousand dollars, my parents said, ‘We can't gamble "
        "that much money,’” he said.\n\n"
        "Photo shows Students walk past a university building\n"
        "Visa fees, caps and crackdowns: What's changed for international students?\n"
        "The government has raised the student visa fee and set limits on new enrolments.\n\n"
        f"{_PARAGRAPH}\n\n"
        "Get our afternoon news email\n"
        "Our new afternoon news email delivers you a wrap of the day's top stories.\n"
        "Sign up for our newsletter\n"
        "Your information is being handled in accordance with the ABC Privacy Collection "
        "Statement.\nRelated stories\nAustralia sets 2026 international student cap"
    )
    assert card.lede == "Aditya Ramadhan had his heart set on studying engineering in Melbourne."
    assert card.body[1].startswith("But after months")
    assert card.body[-1] == _PARAGRAPH.strip()
    assert not [p for p in card.body if "Visa fees, caps" in p or "government has raised" in p]


def test_a_caption_under_its_credit_and_a_related_list_under_the_story_are_not_the_story() -> None:
    card = make_card(
        "British Broadcasting Corporation\nAsia\n"
        "Indonesia to bar under-16s from opening social media accounts\n"
        "3 Nov 2025, 06:40 GMT\nShare\nSave\nMaya Lindqvist, Southeast Asia correspondent\n"
        "Image: Getty Images\n"
        "Indonesia has an estimated 50 million social media users under the age of 18\n"
        f"{_PARAGRAPH}\n\nMore On This Topic\n"
        "SEA Games 2025: Singapore to send record contingent to Thailand\n"
        "Five things to know about football at the SEA Games"
    )
    assert card.author == "Maya Lindqvist"
    assert card.body == (_PARAGRAPH.strip(),)


def test_a_newsletter_box_inside_the_story_and_an_events_short_name_are_not_the_story() -> None:
    card = make_card(
        "Singapore names SEA Games football squad with three overseas-based players\n"
        "By Jane Doe\n12 Nov 2025, 06:40 PM\n\n"
        "Singapore’s Under-22 footballers will head to the SEA Games in Thailand with three "
        "overseas-based players in a 23-man squad, the football association said on Tuesday.\n\n"
        "Sign up to Down to Earth\nFree weekly newsletter\n"
        "The planet’s most important stories. Get all the week’s environment news\n"
        "Enter your email address\nSign up\n"
        "Privacy Notice: Newsletters may contain information about charities, online ads, and "
        "content funded by outside parties. We use Google reCaptcha to protect our website and "
        "the Google Privacy Policy and Terms of Service apply.\n"
        "after newsletter promotion\n\n"
        "The Games open in Bangkok on Dec 9, and the squad flies out a week earlier, said Hafiz "
        "Osman, a Marind Indigenous coach who took charge of the Under-22 side in 2024.\n\n"
        "“We go to the Games to win a medal,” Hafiz Osman said."
    )
    assert len(card.body) == 3 and not [p for p in card.body if "newsletter" in p.casefold()]
    assert "SEA Games" in card.topics and "Hafiz Osman" in card.topics
    assert not {"Games", "Under-22", "Google Privacy Policy", "Marind Indigenous"} & set(
        card.topics
    ), card.topics


def test_a_menu_with_an_abbreviated_section_under_the_outlets_motto_is_no_headline() -> None:
    card = make_card(
        "The Washington Post\nDemocracy Dies in Darkness\nSections\nSubscribe\nSign in\n"
        "Politics\nOpinions\nStyle\nTech\nWorld\nD.C., Md. & Va.\nSports\nBusiness\n"
        "Asia & Pacific\n"
        "Indonesia wants to build the world's electric cars. Its nickel boom has a cost.\n"
        "The country has become the dominant supplier of nickel for EV batteries\n"
        "By Daniel Whitcombe\nNovember 24, 2025 at 5:00 a.m. EST\nGift Article\nShare\n\n"
        f"JAKARTA, Indonesia — {_PARAGRAPH}"
    )
    assert card.headline.startswith("Indonesia wants to build")
    assert (card.source, card.author, card.dateline) == (
        "The Washington Post",
        "Daniel Whitcombe",
        "JAKARTA",
    )
    assert card.body[0].startswith("Lawmakers")


@pytest.mark.parametrize(
    ("caption", "lede_prefix", "dateline"),
    [
        (  # Free Malaysia Today
            "The Kota Kinabalu Sessions Court also ordered the accused to be given six strokes of "
            "the cane. (Bernama pic)",
            "KOTA KINABALU: ",
            "KOTA KINABALU",
        ),
        (  # Guernsey Press: the photographer and the picture's number
            "Parking at Salerie Corner, one of the car parks affected by the proposal. (Picture "
            "by Adrian Miller, 31862017)",
            "",
            None,
        ),
        (  # CNA: the caption, its audio player, then the dateline with the country
            "An aerial view of a data centre campus in Nongsa, Batam. (Photo: CNA/Wisnu Arya)\n"
            "Listen to this article\nThis audio is generated by an AI tool.",
            "BATAM, Indonesia: ",
            "BATAM",
        ),
        (  # VnExpress
            "Nguyen Thi Thu Ha crosses the finish line at the Borobudur Marathon in Magelang, "
            "Nov. 16, 2025. Photo courtesy of the organisers",
            "",
            None,
        ),
        (  # The Irrawaddy
            "Foreign Ministry spokesperson Arya Soemarno speaks at a briefing in Jakarta. / "
            "Indonesian Foreign Ministry",
            "",
            None,
        ),
        (  # The Diplomat: the credit on the line under the caption
            "Indonesian President Prabowo Subianto speaks during a state visit, Oct. 2025.\n"
            "Credit: Depositphotos",
            "",
            None,
        ),
        (  # BenarNews: the caption, its credit in brackets on the line under it
            "Indonesian soldiers disembark from a navy ship at a port in Nabire, Central Papua, "
            "Nov. 12, 2025.\n[Handout/Indonesian Military Information Center]",
            "",
            None,
        ),
        (  # The Korea Herald: the caption, its source in brackets after it
            "An Indonesian Air Force delegation views a KF-21 Boramae fighter prototype in "
            "Sacheon, in October. (Korea Aerospace Industries)",
            "",
            None,
        ),
        (  # The Dungarvan Leader: a drawing of what is to be built, with no credit
            "An artist's impression of the new primary care centre on the Youghal Road, Dungarvan.",
            "",
            None,
        ),
        (  # News24: a picture from above, with no credit
            "An aerial view of dishes of the SKA-Mid array near Carnarvon in the Northern Cape.",
            "",
            None,
        ),
        (  # The Roanoke Times: the photographer and the paper, parted by a comma
            "Crews work on a water main break on Williamson Road in July. (Heather Rhodes, The "
            "Roanoke Times)",
            "",
            None,
        ),
        ("", "Mont-de-Marsan (France) (AFP) – ", "Mont-de-Marsan"),  # France 24
    ],
)
def test_captions_credited_in_each_outlets_way_and_colon_datelines(
    caption: str, lede_prefix: str, dateline: str | None
) -> None:
    card = make_card(
        "Agent jailed 12 years for trafficking 37 workers to Sabah plantations\n"
        f"By Jane Doe\n21 Nov 2025, 3:10 pm\n{caption}\n{lede_prefix}{_PARAGRAPH}\n\n"
        "Connect via email.\nFor feedback, complaints, or inquiries, contact us.\n\n"
        "Yosua Kogoya Wenda reported from Jayapura and Arie Santoso Nugroho from Jakarta.\n\n"
        "BenarNews is an RFA-affiliated online news service."
    )
    assert card.body == (_PARAGRAPH.strip(),)
    assert card.dateline == dateline


def test_the_inquirers_foot_its_tags_and_its_newsletter_box_are_not_the_story() -> None:
    card = make_card(
        "INQUIRER.NET\nFilipino-Indonesian horror film wins big at Jakarta film festival\n"
        f"By: Carmela Dizon-Reyes\nNovember 16, 2025 8:45 AM\n\n{_PARAGRAPH}\n\n"
        "Subscribe to our daily newsletter\nBy providing an email address. I agree to the "
        "Terms of Use and acknowledge that I have read the Privacy Policy.\n"
        "TAGS: Ang Pagbabalik, Filipino films, horror, Indonesia, Jakarta Film Week\n"
        "Read Next\nPop star announces 2026 world tour\nMOST READ\n"
        "Don't miss out on the latest news and information.\n"
        "For feedback, complaints, or inquiries, contact us."
    )
    assert card.body == (_PARAGRAPH.strip(),)


@pytest.mark.parametrize(
    "note",
    [
        # New Zealand's and Wales's local papers close a council story on who pays for it
        "Local Democracy Reporting is public interest journalism funded through NZ On Air.",
        "The Local Democracy Reporting Service is funded by the BBC and used by a wide range of "
        "media organisations.",
        # a note that the story changed since it ran
        "This story was updated to include the statement from the family.",
        # the comment box's disclaimer (NOW Grenada)
        "Southland Courier is not responsible for the opinions, statements or media content "
        "presented by contributors. In case of abuse, click here to report.",
        # the writer's note, with where to reach her
        "Hannah McAllister covers science, agriculture and the environment for the Courier. "
        "Contact her at hmcallister@courier.example.",
        "Email Hannah McAllister at hmcallister@courier.example.",
        # the writer's card under a page's call to follow it (DC Thomson)
        "Follow The Courier Crime and Courts Facebook page for updates, discussion and breaking "
        "news.\nHannah McAllister\nCourt reporter\nHannah McAllister joined The Courier's court "
        "team in 2029 after training at the University of Stirling.",
        # another story's headline, a link the page put under this one (Daily FT, The Press
        # Democrat): no full stop
        "Budget 2031: What the numbers don't tell us",
        "Sonoma County storm tracker: Road closures, shelters and river levels",
        # a writer's note to readers (The Kyiv Independent)
        "Note from the author: Hi, this is Hannah McAllister. Thank you for reading. If you "
        "value our reporting, consider becoming a member of the Courier.",
        # a comment box's call, and readers' comments under their count
        "Become a Member to leave a comment.\nLog in here to leave a comment.",
        "Comments (3)\nSugarCityFan: Long overdue. Well done.\nNevisian4Life: Now fix the "
        "bleachers too!",
    ],
)
def test_a_note_under_the_story_on_its_funder_its_update_or_its_writer_is_not_the_story(
    note: str,
) -> None:
    card = make_card(
        "Southland Courier\nFilipino-Indonesian horror film wins big at Jakarta film festival\n"
        f"By Hannah McAllister\nLocal Democracy Reporter\n\n{_PARAGRAPH}\n\n{note}\n\n"
        "Comments (23)\nSign in to comment"
    )
    assert card.body == (_PARAGRAPH.strip(),)


@pytest.mark.parametrize(
    ("above", "below"),
    [
        # community notices in a list under the share bar (Nauru Today)
        (
            "",
            "Share this: Facebook | Email | Print\n\nCommunity notices\n"
            "- Water supply interruption in Meneng on Saturday\n"
            "- Public holiday notice: Constitution Day arrangements\n"
            "- Nauru Airlines schedule changes for April",
        ),
        # the reading time over the story (Cuenca High Life)
        ("February 17, 2027\n\nEstimated reading time: 4 minutes", ""),
    ],
)
def test_notices_under_the_story_and_its_reading_time_over_it_are_not_the_story(
    above: str, below: str
) -> None:
    card = make_card(
        "Nauru Today\nFilipino-Indonesian horror film wins big at Jakarta film festival\n"
        f"{above}\n\n{_PARAGRAPH}\n\n{below}"
    )
    assert card.body == (_PARAGRAPH.strip(),)


def test_a_places_kind_and_a_regions_adjective_leave_no_fragment() -> None:
    found = mentions("fighting in Rakhine State between the Arakan Army", frozenset({"the"}))
    assert [m.name for m in found] == ["Rakhine", "Arakan Army"]
    topics = make_card(
        "Chinese carmakers ramp up output in Indonesia\n\n"
        "Chinese carmakers are stepping up production in Indonesia, as the Southeast Asian "
        "country emerges as a key market, industry data showed on Tuesday.\n\n"
        "Indonesia sold more Chinese cars this year, and the Southeast Asian market is growing."
    ).topics
    assert "Southeast" not in topics


def test_a_band_members_role_and_a_singapore_papers_clock() -> None:
    card = make_card(
        "TODAY\nIndonesian indie band sells out Esplanade show\nBy Natalie Chua\n"
        "15 Nov 2025 06:00AM\n\n"
        f"{_PARAGRAPH}\n\nGuitarist Bimo Ardiansyah Harahap said the band had rearranged "
        "several songs for the show.\n\n“We wanted Singapore to hear something new,” Bimo said."
    )
    assert card.key_quote is not None and card.key_quote.speaker == "Bimo Ardiansyah Harahap"
    assert card.published == datetime(2025, 11, 15, 6, 0, tzinfo=timezone(timedelta(hours=8)))


def test_menu_rows_of_longer_items_and_the_new_york_times_foot_are_not_the_story() -> None:
    card = make_card(
        "The Economist\nMenu  Weekly edition  The world in brief  Search\nSubscribe  Log in\n\n"
        "Asia | Free lunch, expensive bill\n\n"
        "Indonesia’s free school meals are eating the budget\n\n"
        "Nov 27th 2025\n\nListen to this story\nSave  Share  Give\n\n"
        f"{_PARAGRAPH}\n\nSearch & Section Navigation\nGive the times\n\n"
        "Yusuf Wahyudi Tomagola contributed reporting from Ternate, Indonesia.\n\n"
        "A version of this article appears in print on Nov. 22, 2025, Section A, Page 8 of the "
        "New York edition with the headline: Villagers Say Nickel Boom Is Poisoning Water."
    )
    assert card.headline == "Indonesia’s free school meals are eating the budget"
    assert card.body == (_PARAGRAPH.strip(),)


def test_a_captions_photographer_for_the_outlet_and_the_reporting_from_line() -> None:
    # The New York Times as copied: a standfirst, the caption closed by "Name for The New
    # York Times" with no "Credit" before it, two writers, where they reported from, and the
    # published stamp over the updated one.
    card = make_card(
        "Villagers Say a Nickel Boom Is Poisoning Their Water\n\n"
        "Residents of Halmahera say rivers have turned red since smelters arrived. The "
        "companies say they follow the law.\n\n"
        "A river near the village of Lelilef, on the island of Halmahera, turns a rusty orange "
        "after heavy rain. Adi Wirawan for The New York Times\n\n"
        "By Margaret Lindqvist and Yusuf Tomagola\nReporting from Weda Bay, Indonesia\n"
        "Published Nov. 21, 2025, 5:00 a.m. ET\nUpdated Nov. 22, 2025, 3:14 a.m. ET\n\n"
        f"{_PARAGRAPH}\n\nThe ministry {_PARAGRAPH}"
    )
    assert card.published == datetime(2025, 11, 21, 5, 0, tzinfo=timezone(timedelta(hours=-5)))
    assert card.dateline == "Weda Bay"
    assert card.lede is not None and card.lede.startswith("Residents of Halmahera")
    assert [p.split()[0] for p in card.body] == ["Lawmakers", "The"]


@pytest.mark.parametrize(
    "menu", ["Headlines  Opinion  Nation  World  Business  Sports\nSearch\n", ""]
)
def test_a_logo_with_its_edition_in_capitals_names_the_outlet_and_its_zone(menu: str) -> None:
    # Philstar's logo reads "philstar GLOBAL"; the agency's name as the byline is no writer.
    card = _under(
        f"philstar GLOBAL\nWorld\n{menu}\n"
        "Indonesia raises volcano alert to highest level as Lewotobi spews ash\n\n"
        "Agence France-Presse\nNovember 13, 2025 | 3:45pm"
    )
    assert (card.source, card.author, _stamp(card)) == (
        "philstar",
        None,
        "2025-11-13T15:45:00+08:00",
    )
    # an outlet whose own name ends in capitals keeps it whole, and its zone
    kyodo = _under("KYODO NEWS\nEnglish\n\nJapan PM vows stimulus\n\nNov 21, 2025 | 18:40")
    assert (kyodo.source, _stamp(kyodo)) == ("KYODO NEWS", "2025-11-21T18:40:00+09:00")


def test_a_language_switch_over_the_headline_is_no_headline() -> None:
    card = _under(
        "ANTARA News\nIndonesian News Agency\nHome  Indonesia  Business  World  Sports\n"
        "Bahasa Indonesia | English\n\nHome > Indonesia\n\n"
        "Govt to train 60,000 teachers for coding, AI elective in 2026\n\n"
        "November 26, 2025 18:05 GMT+700"
    )
    assert card.headline == "Govt to train 60,000 teachers for coding, AI elective in 2026"
    assert _stamp(card) == "2025-11-26T18:05:00+07:00"


def test_a_breadcrumb_ending_on_the_headline_and_the_foot_after_end_of_article() -> None:
    # The Times of India: the path to the story ends on its headline; a related headline under
    # "ALSO SEE"; "End of Article", then picture stories and readers' comments
    headline = "Teen shuttler stuns top seed to win Indonesia International Challenge"
    card = make_card(
        "The Times of India\nCity  India  World  Business  Sports\n"
        f"Sports News / Badminton News / {headline}\n\n{headline}\n\n"
        "TOI Sports Desk / TIMESOFINDIA.COM / Updated: Nov 16, 2025, 21:45 IST\n\n"
        f"{_PARAGRAPH}\n\nALSO SEE\nSyed Modi International 2025: Full schedule and players\n\n"
        f"The ministry {_PARAGRAPH}\n\nEnd of Article\n\nVisual Stories\n"
        "10 badminton drills to improve footwork\n\nRead 6 comments\n"
        "Anonymous  Bengaluru  2 hours ago\nProud moment, well played champ!"
    )
    assert card.headline == headline
    assert _stamp(card) == "2025-11-16T21:45:00+05:30"
    assert [p.split()[0] for p in card.body] == ["Lawmakers", "The"]


@pytest.mark.parametrize(
    ("top", "foot", "author", "stamp"),
    [
        (  # Forbes: "By Name, Contributor. Name covers …", a "Follow Author" button, the note
            # on contributors, a caption credited "Getty Images" alone, the writer's box
            "Forbes\nINNOVATION  AI\n\n"
            "How A Surabaya Startup Is Using AI To Help Indonesia’s Shrimp Farmers\n\n"
            "By Priya Lakshmanan-Hart, Contributor. Priya Lakshmanan-Hart covers startups and "
            "technology in Southeast Asia.\nFollow Author\n\n"
            "Published Nov 20, 2025, 08:00am EST\nUpdated Nov 20, 2025, 11:14am EST\n\n"
            "Forbes contributors publish independent expert analyses and insights.\n\n"
            "A shrimp pond in Banyuwangi, East Java, fitted with solar-powered sensors. Getty "
            "Images",
            "Follow me on LinkedIn. Check out my website.\n\nPriya Lakshmanan-Hart\n"
            "I write about startups, venture capital and technology in Southeast Asia.\n\n"
            "Editorial Standards\nReprints & Permissions\n\n"
            "Find Priya Lakshmanan-Hart on LinkedIn. Visit Priya Lakshmanan-Hart's website.",
            "Priya Lakshmanan-Hart",
            "2025-11-20T08:00:00-05:00",
        ),
        (  # East Asia Forum: "Author: Name, ANU", an "In Brief" paragraph over the story, and
            # the note on who the writer is under it
            "East Asia Forum\n\n"
            "Indonesia’s plan to end direct regional elections risks hollowing out democracy\n\n"
            "Author: Arya Wicaksana Purnomo, ANU\n25 November 2025\nReading Time: 5 mins\n\n"
            "In Brief\nA push in Indonesia’s parliament to return the election of regional heads "
            "to local legislatures is gaining momentum. But ending direct elections would not "
            "fix it.",
            "Arya Wicaksana Purnomo is a PhD candidate in the Department of Political and Social "
            "Change at the Australian National University.",
            "Arya Wicaksana Purnomo",
            "2025-11-25T00:00:00+00:00",
        ),
        (  # The Conversation: "Authors" over the names, its partners, its foot
            "The Conversation\nAcademic rigour, journalistic flair\n"
            "Arts + Culture  Business + Economy  Education  Environment  Health\n\n"
            "Indonesia’s new boarding schools for the poor promise a ladder out of poverty\n\n"
            "Published: November 20, 2025 3.12pm AEDT\n\nAuthors\nDwi Lestari Handayani\n"
            "Lecturer in Education Policy, Universitas Negeri Yogyakarta\n\n"
            "Partners\nUniversitas Negeri Yogyakarta and University of Melbourne provide funding "
            "as members of The Conversation AU.",
            "Republish this article\nRepublish our articles for free, online or in print, under "
            "a Creative Commons licence.\n\nWant to write?\nWrite an article and join a growing "
            "community of more than 200,000 academics and researchers from 5,000 institutions.",
            "Dwi Lestari Handayani",
            "2025-11-20T15:12:00+11:00",
        ),
        (  # Eco-Business: a newsletter copied from its email, its greeting and sign-off, the
            # lead story's label, the link to the site and more stories under it
            "View in browser\n\nEco-Business\nThe Eco-Business Daily\nThursday, 27 November 2025"
            "\n\nGood morning. Today's lead story looks at how Indonesia's nickel boom is "
            "locking in coal power.\n— The Eco-Business newsroom\n\n"
            "Forward this email to a friend | Not a subscriber? Sign up here\n\nTOP STORY\n\n"
            "Coal plants built for Indonesia's nickel smelters have tripled since 2020\n\n"
            "By Nadia Puspitasari Harjono | Nov 27, 2025",
            "Read this story on eco-business.com →\n\nMORE FROM ECO-BUSINESS\n\n"
            "Vietnam launches mangrove restoration fund for the Mekong Delta",
            "Nadia Puspitasari Harjono",
            "2025-11-27T00:00:00+00:00",
        ),
    ],
)
def test_a_writers_byline_and_the_notes_around_the_story(
    top: str, foot: str, author: str, stamp: str
) -> None:
    card = make_card(f"{top}\n\n{_PARAGRAPH}\n\nThe ministry {_PARAGRAPH}\n\n{foot}")
    assert (card.author, _stamp(card)) == (author, stamp)
    assert [p.split()[0] for p in card.body] == ["Lawmakers", "The"]
    assert card.headline in top.split("\n")  # not the greeting, a label or a sign-off


def test_bloombergs_points_and_its_ai_takeaways_over_the_story() -> None:
    story = (
        "Indonesia, the world’s biggest exporter of thermal coal, is considering a levy on "
        "shipments to shore up its budget. The charge would rise with the benchmark price, from "
        "1% when prices are low to 5% when they are high, officials said on Wednesday."
    )
    card = make_card(
        "Bloomberg\nCommodities\n\nIndonesia Weighs Coal Export Levy of Up to 5% to Shore Up "
        "Budget\n\n- Government is studying a tiered charge tied to benchmark prices\n"
        "- Miners say levy would erode edge against Australian suppliers\n\n"
        "By Rieka Anggraeni Sulistyo\nNovember 19, 2025 at 3:21 PM GMT+7\n"
        "Updated on November 19, 2025 at 5:02 PM GMT+7\n\nTakeaways by Bloomberg AI\n"
        "- Indonesia is considering a coal export levy of 1% to 5% depending on the price.\n"
        "- The levy could raise as much as $1.8 billion a year, officials estimate.\n\n"
        "A coal barge on the Mahakam River in Samarinda, East Kalimantan.\n"
        f"Photographer: Aditya Irawan Putra/Bloomberg\n\n{story}\n\n{_PARAGRAPH}"
    )
    assert (card.author, _stamp(card)) == ("Rieka Anggraeni Sulistyo", "2025-11-19T15:21:00+07:00")
    assert card.lede == "Government is studying a tiered charge tied to benchmark prices"
    assert [p.split()[0] for p in card.body] == ["Indonesia,", "Lawmakers"]


def test_mongabays_byline_with_its_day_summary_points_and_notes_under_the_story() -> None:
    card = make_card(
        "Mongabay\nNews & Inspiration from Nature's Frontline\n"
        "Home  News  Videos  Podcasts  Series  Newsletter  Donate\nIndonesia\n\n"
        "Mangrove fishers in North Sumatra lose ground as oil palm creeps to the coast\n\n"
        "by Tanti Widyaningsih Hutagalung on 12 November 2025\n\nShare this article\n"
        "Facebook  X  LinkedIn  Reddit  Email\n\n"
        "- More than 1,100 hectares of mangrove forest in Langkat district were cleared for oil "
        "palm between 2019 and 2024, according to satellite analysis.\n"
        "- Fishers say catches have fallen sharply as the mangroves disappear.\n\n"
        "Banner image: A fisher checks crab traps in Langkat. Image by Ahmad Faisal Lubis/"
        "Mongabay Indonesia.\n\n"
        f"LANGKAT, Indonesia — {_PARAGRAPH}\n\n"
        "See related: Shrimp ponds ate Java’s mangroves. Can they come back?\n\n"
        f"The ministry {_PARAGRAPH}\n\n"
        "This story was reported by Mongabay’s Indonesia team and first published here on our "
        "Indonesian site on Nov. 5, 2025.\n\nCitations:\nYayasan Pesisir Lestari. (2025). "
        "Perubahan tutupan mangrove di pesisir Langkat 2019–2024. Medan: Yayasan Pesisir "
        "Lestari.\n\nArticle published by Roxanne Delacroix-Mills"
    )
    assert (card.author, card.dateline) == ("Tanti Widyaningsih Hutagalung", "LANGKAT")
    assert card.published is not None and card.published.date().isoformat() == "2025-11-12"
    assert [p.split()[0] for p in card.body] == ["Lawmakers", "The"]


@pytest.mark.parametrize(
    ("outlet", "stamp"),
    [
        ("DW", "2025-11-06T00:00:00+00:00"),  # DW's English site prints the month first
        ("The Star", "2025-06-11T00:00:00+08:00"),  # Malaysia's paper, the day first
    ],
)
def test_a_numeric_date_is_read_in_the_order_its_outlet_prints_it(outlet: str, stamp: str) -> None:
    card = _under(
        f"{outlet}\nScience\nIndonesia's Lewotobi volcano: Scientists test early-warning "
        "sensors\n\nKatharina Vogelsang\n11/06/2025"
    )
    assert _stamp(card) == stamp


def test_a_logo_with_a_full_stop_and_an_outlet_named_for_no_news() -> None:
    euronews = _under(
        "euronews.\nEurope  World  Business  Travel  Culture  Next  Green\nSearch\n\nNext\n"
        "Science\n\nAncient cave art on Indonesian island shows sea creature painted long ago\n\n"
        "By Lucía Ferreira-Dunn with AP\nPublished on 14/11/2025 - 11:32 GMT+1 • Updated 13:05"
    )
    assert (euronews.source, _stamp(euronews)) == ("euronews", "2025-11-14T11:32:00+01:00")
    rest_of_world = _under(
        "Rest of World\nReporting Global Tech Stories\n"
        "Regions  Topics  Newsletters  About  Donate\nSearch\n\nLABOR\n\n"
        "Indonesia’s ride-hailing drivers say cheap rides are pushing them off the road\n\n"
        "By Rina Kusumastuti Halim\nNovember 13, 2025"
    )
    assert rest_of_world.headline.startswith("Indonesia’s ride-hailing drivers")
    assert (rest_of_world.source, rest_of_world.author) == (
        "Rest of World",
        "Rina Kusumastuti Halim",
    )


@pytest.mark.parametrize(
    ("top", "source", "stamp"),
    [
        (
            "☰   MANILA BULLETIN   🔍\nThe Nation's Leading Newspaper\nSUBSCRIBE\n\nSPORTS\n\n",
            "MANILA BULLETIN",
            "2025-11-26T21:48:00+08:00",
        ),
        # the site's day and its account links between the tagline and the menu
        (
            "The Fiji Times\nFiji's First Newspaper\nWednesday, November 26, 2025\n"
            "Subscribe   Login   e-Paper\n\nHome   News   Sport   Business   Opinion   World\n\n"
            "News\n\n",
            "The Fiji Times",
            "2025-11-26T21:48:00+12:00",  # Suva keeps no summer time now
        ),
        (  # the day with the weather beside it
            "Oman Observer\nOman's leading English daily\nWednesday, November 26, 2025   |   "
            "Muscat 31°C\n\nOman   Business   World   Sports   Lifestyle   Opinion\n\n",
            "Oman Observer",
            "2025-11-26T21:48:00+04:00",
        ),
        (
            "Post-Courier\nPNG's Leading Daily Newspaper\nWednesday, November 26, 2025\n\n"
            "Home   National   Business   Sports   World   Editorial   Letters\n\n"
            "Home » Business\n\n",
            "Post-Courier",
            "2025-11-26T21:48:00+10:00",
        ),
    ],
)
def test_a_logo_over_a_tagline_and_the_section(top: str, source: str, stamp: str) -> None:
    card = _under(
        f"{top}Filipinas edge Indonesia in Jakarta friendly as SEA Games build-up heats up\n\n"
        "By Carmela Buenaventura-Ledesma\nPublished Nov 26, 2025 09:48 pm"
    )
    assert card.headline.startswith("Filipinas edge Indonesia")
    assert (card.source, card.author, _stamp(card)) == (
        source,
        "Carmela Buenaventura-Ledesma",
        stamp,
    )


def test_summary_points_over_a_story_with_no_dateline_are_not_the_story() -> None:
    # Business Insider: three points under the caption, then the story at length
    story = (
        "Every evening after her toddler falls asleep, Nur Aini Kartikasari opens her laptop in a "
        "rented room in Malang and starts rating chatbot answers, one task at a time, until well "
        "past midnight on most days."
    )
    card = make_card(
        "BUSINESS INSIDER\nTech\n\nIndonesian gig workers are training the world's AI chatbots"
        "\n\nBy Priya Nandakumar-Hale\nNov 17, 2025, 4:01 AM ET\n\n"
        "• Thousands of Indonesians work from home labeling data for AI companies.\n"
        "• Workers said per-task rates on one platform have dropped sharply in 2025.\n"
        "• The platform says pay depends on task difficulty.\n\n"
        f"{story}\n\n{_PARAGRAPH}"
    )
    assert [p.split()[0] for p in card.body] == ["Every", "Lawmakers"]


_TOP = (
    "Rest of World\nReporting Global Tech Stories\n\nLABOR\n\n"
    "Indonesia’s ride-hailing drivers say cheap rides are pushing them off the road\n\n"
    "By Rina Kusumastuti Halim\nNovember 13, 2025\n\n"
)
_CAPTION = (
    "Motorcycle taxi drivers wait for orders outside a mall in South Jakarta. "
    "Aditya Pradipta for Rest of World"
)


@pytest.mark.parametrize(
    ("above", "opens"),
    [
        # Euronews: one sentence under the date and the share links, over the lead picture
        (
            "Drivers say cheaper ride tiers now make up most of their orders.\n\n"
            "Share this article\nComments",
            "Lawmakers",
        ),
        # Rest of World: three points, a line each
        (
            "Drivers say cheaper ride tiers now make up most of their orders.\n"
            "Ride-hailing apps say the cheaper options have expanded demand.\n"
            "The government is weighing a cap on platform commissions.",
            "Lawmakers",
        ),
        # two sentences, or a quote: the story itself, with a picture under its first paragraph
        (
            "Drivers say cheaper rides now make up most orders. Their income fell by a third.",
            "Drivers",
        ),
        (
            "“We are subsidising cheap rides with our own sweat,” said Hasyim Nurcahyo Prabowo.",
            "“We",
        ),
        # a short first paragraph under the lead picture, over a second picture
        (
            f"{_CAPTION}\n\nDrivers say cheaper ride tiers now make up most of their orders.",
            "Drivers",
        ),
    ],
)
def test_a_standfirst_over_the_lead_picture_is_not_the_story(above: str, opens: str) -> None:
    card = make_card(f"{_TOP}{above}\n\n{_CAPTION}\n\n{_PARAGRAPH}")
    assert (card.body[0].split()[0], card.author) == (opens, "Rina Kusumastuti Halim")


def test_a_menu_row_with_abbreviations_over_a_forty_word_headline() -> None:
    headline = (
        "Aussie tourist, 28, arrested in Bali after 'punching security guard' at Canggu beach "
        "club - as family pleads for calm and DFAT confirms it is providing consular help"
    )
    card = make_card(
        "Daily Mail\nHome   News   Royals   U.S.   Sport   TV   Showbiz   Femail   Health\n\n"
        f"Latest Headlines   Australia   World News   Bali   Crime\n\n{headline}\n\n"
        "By Brodie McAllister-Huang For Daily Mail Australia\n\n"
        "Published: 03:12 EST, 14 November 2025 | Updated: 05:40 EST, 14 November 2025\n\n"
        f"{_PARAGRAPH}\n\nThe ministry {_PARAGRAPH}"
    )
    assert (card.headline, card.author) == (headline, "Brodie McAllister-Huang")
    assert [p.split()[0] for p in card.body] == ["Lawmakers", "The"]


def test_a_byline_and_its_date_on_one_row() -> None:
    card = _under(
        "Asia Times\nHome   China   Southeast Asia   World   Economy\n\nSOUTHEAST ASIA\n\n"
        "Inside Morowali, the nickel town powering the world's EV dreams\n\n"
        "by Tobias Marchetti-Lau   November 20, 2025"
    )
    assert card.author == "Tobias Marchetti-Lau"
    assert card.published is not None and card.published.date().isoformat() == "2025-11-20"


def test_a_caption_with_its_source_after_it_is_no_paragraph() -> None:
    card = _under(
        "SBS News\n\nBali floods live: Australians urged to avoid Denpasar\n\n"
        "Published 27 November 2025 6:52am\nBy Lachlan Pereira-Whitcombe\n\n"
        "Residents wade through floodwater in Denpasar after torrential overnight rain. "
        "Source: AAP"
    )
    assert [p.split()[0] for p in card.body] == ["Lawmakers", "The"]


def test_a_writer_over_the_outlets_address_under_the_date() -> None:
    card = _under(
        "ESPN\nNFL   NBA   Soccer   F1   Tennis   Cricket\n\n"
        "Persib edge Selangor to keep AFC Champions League Two knockout hopes alive\n\n"
        "Nov 26, 2025, 10:48 AM ET\nAaron Teo Wei Ming\nESPN.com"
    )
    assert card.author == "Aaron Teo Wei Ming"
    assert [p.split()[0] for p in card.body] == ["Lawmakers", "The"]


def test_a_read_aloud_player_and_its_transcript_timestamps_are_no_part_of_the_story() -> None:
    card = make_card(
        "The Globe and Mail\nListen to this article\n"
        "\u25b6  Play   \u23f8   \u23ee 15s   15s \u23ed   Speed 1.0x   Voice: Natural English\n"
        "Estimated length: 6:48\nTranscript  ·  Follow along\n\n"
        "[00:00]\nCanadian canola growers look to Indonesia as trade deal nears ratification\n\n"
        "[00:06]\nBy Meredith Okafor-Lindqvist\n"
        "Published December 10, 2025 at 5:00 a.m. EST\n\n"
        "[00:14]\nAudio for this article is available only to Globe subscribers. This transcript "
        "was generated automatically and may contain errors.\n\n"
        "[00:22]\nPrairie canola farmers, squeezed by Chinese tariffs on their crop for most of "
        "this year, are turning their attention to a market of 280 million people.\n\n"
        "[00:35]\nThe Canada-Indonesia agreement, signed in September, would eliminate Indonesian "
        "tariffs on canola oil and meal once it is ratified by both countries.\n\n"
        "[00:53]\nEnd of transcript.\n".encode()
    )
    assert card.headline == (
        "Canadian canola growers look to Indonesia as trade deal nears ratification"
    )
    assert card.source == "The Globe and Mail"
    assert card.published == datetime(2025, 12, 10, 5, 0, tzinfo=timezone(timedelta(hours=-5)))
    assert [p.split()[0] for p in card.body] == ["Prairie", "The"]


def test_a_substack_posts_chrome_greeting_and_sign_off_are_not_the_story() -> None:
    story = [
        "At six in the morning, the trucks are already lined up along the access road to "
        "Bantar Gebang, the landfill on Jakarta's eastern edge.",
        "That is the case for waste-to-energy, which the central government has been pushing "
        "again this year: build incinerators that burn rubbish.",
        "None of this means the plant should not be built. Bantar Gebang is a slow disaster, "
        "and doing nothing is also a choice.",
    ]
    card = make_card(
        "\n\n".join(
            [
                "Selat Notes\nSubscribe   Sign in",
                "Jakarta wants to burn its way out of a garbage crisis. Residents have questions.",
                "Nadia Kartika Rasjid\nDec 14, 2025",
                "∙ Paid subscribers get the audio version of this post",
                "Hi all, and welcome to the new subscribers who found Selat Notes via last "
                "week's piece on Batam's water. This one is long. Grab a coffee.",
                story[0],
                "Thanks for reading Selat Notes! Subscribe for free to receive new posts and "
                "support my work.",
                *story[1:],
                "I'll keep following this one. Next week: the Batam water follow-up.",
                "— Nadia",
                "Like this post? Forward it to someone who works on cities. Or leave a comment "
                "below.",
                "Leave a comment",
                "Discussion about this post",
                "rudi.s   Dec 14\nGreat piece. The tipping-fee point is exactly what killed the "
                "Surabaya project talks too.",
            ]
        ).encode()
    )
    assert card.author == "Nadia Kartika Rasjid"
    assert list(card.body) == story


def test_a_medium_repost_is_the_first_outlets_story_on_its_day() -> None:
    card = make_card(
        "\n\n".join(
            [
                "Medium\nWrite   🔔   Sign up   Sign in",
                "Southeast Asia Labour Watch\nPublished in Southeast Asia Labour Watch · Follow",
                "The Indonesian crews keeping Songkhla's trawlers at sea",
                "Thanakorn Pholsena\nFollow\n7 min read · Dec 5, 2025",
                "This piece first appeared in Khaosod English. I am reposting it here with "
                "permission for readers who follow labour migration.",
                "At the fishing port in Songkhla, the first voices you hear at dawn are no longer "
                "Thai, or even Burmese. Many of the men on the decks speak Javanese.",
                "Thailand's southern fishing fleet has turned increasingly to Indonesian crew "
                "over the past two years, provincial labour officials say.",
                "Originally published in Khaosod English on December 2, 2025.",
            ]
        ).encode()
    )
    assert card.headline == "The Indonesian crews keeping Songkhla's trawlers at sea"
    assert (card.source, card.author) == ("Khaosod English", "Thanakorn Pholsena")
    assert card.published is not None and card.published.date().isoformat() == "2025-12-02"
    assert [p.split()[0] for p in card.body] == ["At", "Thailand's"]


@pytest.mark.parametrize(
    ("dateline", "offset"),
    [
        ("KARACHI:", timedelta(hours=5)),
        ("MUSCAT, April 17 –", timedelta(hours=4)),
        ("KATHMANDU, April 16 -", timedelta(hours=5, minutes=45)),
        ("Zanzibar.", timedelta(hours=3)),
        ("JAKARTA (Reuters) -", timedelta(hours=7)),
        # a country of two clocks keeps its mainland's; a state of America and a province of
        # Canada their own, in summer time in April
        ("QUITO, Ecuador —", timedelta(hours=-5)),
        ("LUBBOCK, Texas —", timedelta(hours=-5)),
        ("LETHBRIDGE, Alberta —", timedelta(hours=-6)),
        # a New Zealand town the zone database names no zone after
        ("INVERCARGILL —", timedelta(hours=12)),
        ("PRISHTINA —", timedelta(hours=2)),  # Kosovo keeps Belgrade's clock
        # islands whose capital the zone database names no zone after
        ("THE BOTTOM, Saba —", timedelta(hours=-4)),
        ("WENO, Chuuk (The Lagoon Star) —", timedelta(hours=10)),
        ("PALIKIR, Pohnpei —", timedelta(hours=11)),
        ("SANAA, April 16 (Saba) -", timedelta(hours=3)),  # Yemen's agency, not the island
        # islands and territories named after the town, or alone
        ("WAITANGI, Chatham Islands —", timedelta(hours=12, minutes=45)),
        ("GEORGETOWN, Ascension Island —", timedelta(0)),
        ("CODRINGTON, Barbuda —", timedelta(hours=-4)),
        ("COXEN HOLE, Roatán —", timedelta(hours=-6)),
    ],
)
def test_an_unknown_outlets_time_is_the_clock_of_the_city_it_datelines(
    dateline: str, offset: timedelta
) -> None:
    page = (
        "The Harbour Ledger\n\n"
        "Palm oil importers brace for higher freight costs\n\n"
        "By Sana Qureshi Farooqui\n\n"
        "April 16, 2026 11:02pm\n\n"
        f"{dateline} Importers of palm oil said on Thursday that freight costs had risen by "
        "a fifth since March, and that cooking oil prices would follow.\n\n"
        "Traders said ships were waiting longer at anchor, and buyers were holding back orders "
        "until prices settled.\n\n"
        "The association said it would ask the government to cut duties for three months."
    )
    assert _clock(page) == (23, 2, offset)


def test_an_unknown_outlets_time_without_a_dateline_is_the_clock_of_the_place_it_covers() -> None:
    page = (
        "THE STANDARD\n\n"
        "Local  |  18 Mar 2026 6:42 PM\n\n"
        "Agency operator fined for overcharging Indonesian domestic helpers\n\n"
        "By Phoebe Tsang Wing-sze\n\n"
        "The operator of an employment agency in Causeway Bay was fined HK$120,000 on "
        "Wednesday after pleading guilty to overcharging six Indonesian domestic helpers.\n\n"
        "Under Hong Kong's Employment Ordinance, an agency may not charge a job-seeker more "
        "than 10 percent of their first month's wages.\n\n"
        "The six women, who flew to Hong Kong from Jakarta last year, were each asked to pay "
        "up to HK$14,000 in fees, the court heard.\n\n"
        "About 140,000 Indonesians work as domestic helpers in Hong Kong."
    )
    assert _clock(page) == (18, 42, timedelta(hours=8))


def _clock(page: str) -> tuple[int, int, timedelta | None]:
    """The hour, minute and offset of the card's published time."""
    published = make_card(page).published
    assert published is not None
    return published.hour, published.minute, published.utcoffset()


def test_a_wire_datelines_day_dates_a_page_that_prints_no_date_of_its_own() -> None:
    page = (
        "msn\n\n"
        "Bernama\n\n"
        "Malaysia, Indonesia to resume Sulawesi Sea boundary talks early next year\n\n"
        "Story by Bernama • 2d • 2 min read\n\n"
        "KUALA LUMPUR, Nov 24 (Bernama) -- Malaysia and Indonesia have agreed to resume "
        "technical negotiations on their maritime boundary in the Sulawesi Sea.\n\n"
        "The two sides also agreed to set up a joint working group on Indonesian migrant "
        "workers in Sabah and Sarawak.\n\n"
        "In a statement, Wisma Putra said the meeting was held in a cordial atmosphere.\n\n"
        "Feedback   Privacy & Cookies   Terms of use   © 2025 Microsoft"
    )
    published = make_card(page).published
    assert published is not None
    assert published.date() == datetime(2025, 11, 24).date()


def test_a_menu_with_an_exclaimed_label_and_a_postmedia_stamp_row() -> None:
    # the Arkansas Democrat-Gazette's menu holds "What's Up!"; the StarPhoenix's standfirst
    # pushes its byline and a row of stamps and reading time below it
    gazette = make_card(
        "Arkansas Democrat-Gazette\nArkansas  Business  Sports  Opinion  Obits  Puzzles  "
        "What's Up!  Subscribe\nBUSINESS\n\n"
        "Steelmaker picks Mississippi County for $2.1 billion plant; 900 jobs promised\n\n"
        "by Dwayne Hollis | June 5, 2028 at 4:07 a.m.\n\n" + _PARAGRAPH
    )
    assert (gazette.headline[:10], gazette.author) == ("Steelmaker", "Dwayne Hollis")
    star = make_card(
        "Saskatoon StarPhoenix\nNews  Sports  Opinion  Business  Arts\nLocal News\n\n"
        "Rural Saskatchewan ERs closed a combined 412 days this spring, data shows\n\n"
        "Nurses' union says temporary disruptions have become the new normal in small towns\n\n"
        "Author of the article: Jenna Morrow • Saskatoon StarPhoenix\n"
        "Published Jun 06, 2028  •  Last updated 2 hours ago  •  4 minute read\n\n"
        f"{_PARAGRAPH}\n\nThe ministry {_PARAGRAPH}"
    )
    day = star.published.date().isoformat() if star.published else None
    assert (day, star.author, star.body[0][:10]) == ("2028-06-06", "Jenna Morrow", "Lawmakers ")


def test_a_papers_long_name_or_its_tagline_over_the_menu_names_the_source() -> None:
    story = (
        "\n\nIsland bus routes face axe as council seals savings package\n\nMarch 24, 2028\n\n"
        "Three rural bus routes could be withdrawn this summer after councillors approved a "
        "package of savings worth almost nine million pounds.\n\n"
        "The council said the routes carry few passengers."
    )
    # a paper's name of five words over its menu (Newsquest's Isle of Wight County Press)
    menu = "\nNews  Sport  What's On  Property\n\nNews"
    assert make_card(f"Isle of Wight County Press{menu}{story}").source == (
        "Isle of Wight County Press"
    )
    # the name in capitals over its tagline, which says where its news is from
    tagged = "\nNews from Adamstown and the Pitcairn Islands\n\nNEWS"
    assert make_card(f"THE PITCAIRN LOG{tagged}{story}").headline == (
        "Island bus routes face axe as council seals savings package"
    )
    # the name over the tagline that says since when it has served its place
    since = "\nServing Kodiak Island since 1940\n\nNEWS"
    assert make_card(f"KODIAK DAILY MIRROR{since}{story}").headline == (
        "Island bus routes face axe as council seals savings package"
    )
    # the name first of all, over a menu of cells between bars (The Edge Malaysia)
    barred = "\nCorporate | Malaysia | World | Court | Politics | Options | Markets\n\nEconomy"
    assert make_card(f"The Edge Malaysia{barred}{story}").source == "The Edge Malaysia"
    # the name and its tagline, which calls it a daily (New Age, Dhaka)
    tagline = "New Age | The Outspoken Daily\nHome   Bangladesh   Politics   Business"
    assert make_card(tagline + story).source == "New Age"
    # a headline that names a paper is no paper's name
    assert make_card(f"Musk Buys The Washington Post{story}").source is None


def test_a_mobile_pages_outlet_between_its_buttons_over_subscribe_is_the_source() -> None:
    page = (
        "☰   Times of Malta   🔍\n"
        "Subscribe\n\n"
        "Local   Court & Police\n\n"
        "Pair charged over €400,000 cigarette haul hidden in furniture container\n\n"
        "Claire Vella Bonavia\n"
        "May 19, 2026 16:21 · Updated 17:05\n\n"
        "Two men have been charged in court with smuggling more than eight million cigarettes "
        "into Malta in a container declared as flat-pack furniture.\n\n"
        "Both men pleaded not guilty to importing tobacco without paying excise duty.\n\n"
        "The case continues next month."
    )
    card = make_card(page)
    assert card.source == "Times of Malta"
    assert card.headline.startswith("Pair charged")


@pytest.mark.parametrize(
    ("masthead", "place_line", "offset"),
    [
        # a paper named for its country prints that country's time
        ("VANUATU DAILY POST", "Exporters met at the wharf on Tuesday.", timedelta(hours=11)),
        ("Times of Malta", "Exporters met at the wharf on Tuesday.", timedelta(hours=2)),
        # a country of several clocks keeps its capital's
        ("Mexico News Daily", "Exporters met at the wharf on Tuesday.", timedelta(hours=-6)),
        # a paper named for its country's people
        ("The Namibian", "Exporters met at the wharf on Tuesday.", timedelta(hours=2)),
        ("The Slovak Spectator", "Exporters met at the wharf on Tuesday.", timedelta(hours=2)),
        # a place written with its marks, and one no story names alone (a shirt, New Jersey)
        ("Curaçao Chronicle", "Exporters met at the wharf on Tuesday.", timedelta(hours=-4)),
        ("Jersey Evening Post", "Exporters met at the wharf on Tuesday.", timedelta(hours=1)),
        ("Isle of Man Today", "Exporters met at the wharf on Tuesday.", timedelta(hours=1)),
        # a paper named for a country another country's name holds, which its tagline names
        (
            "SAMOA NEWS\nAmerican Samoa's Newspaper of Record",
            "Exporters met at the wharf on Tuesday.",
            timedelta(hours=-11),
        ),
        # an unknown paper's story names its city and its country: one place, one clock
        ("Daily Monitor", "Exporters met in Kampala, Uganda on Tuesday.", timedelta(hours=3)),
        # a paper named for its town, which its menu names again; a town's name alone may be
        # any town's of that name
        (
            "Townsville Bulletin\nNews   Townsville   North Queensland   Cowboys",
            "Exporters met at the wharf on Tuesday.",
            timedelta(hours=10),
        ),
        ("Victoria News", "Exporters met at the wharf on Tuesday.", timedelta(0)),
        # a local paper's town, named again and again with no dateline; a town that is also a
        # word the story writes in lower case is no town; an English county; a tagline's
        # island over a dateline's town of another island's name; a paper kabar knows
        (
            "The Post and Courier",
            "Charleston council met on Tuesday. Charleston police and Charleston's mayor came.",
            timedelta(hours=-4),
        ),
        (  # the town after "The" of the bodies named for it
            "BostonGlobe.com",
            "The Boston School Committee met on Tuesday. The Boston Teachers Union objected.",
            timedelta(hours=-4),
        ),
        (
            "The Reading Room",
            "Reading groups met on Tuesday, and reading rooms in Reading stayed open.",
            timedelta(0),
        ),
        (
            "Lancashire Telegraph",
            "Councillors across Lancashire met on Tuesday, and Lancashire's leader spoke.",
            timedelta(hours=1),
        ),
        (
            "THE NORFOLK ISLANDER\nNorfolk Island's weekly newspaper since 1965",
            "KINGSTON — Exporters met at the wharf on Tuesday.",
            timedelta(hours=11),
        ),
        ("Newcastle Herald", "Exporters met at the wharf on Tuesday.", timedelta(hours=10)),
        # a region and a suburb the world's list of towns lacks; a town it names for a larger
        # namesake (Dundalk, Maryland), and its county
        (
            "Illawarra Mercury",
            "Steelmaking at Port Kembla will go on, Illawarra steelworkers heard on Tuesday.",
            timedelta(hours=10),
        ),
        (
            "Gozo News",
            "Ferries to Gozo ran late on Tuesday, Gozo's chamber said.",
            timedelta(hours=2),
        ),
        (
            "The Daily Advertiser",
            "Wagga Wagga City Council met on Tuesday, the NSW Government said.",
            timedelta(hours=10),
        ),
        (
            "Dundalk Democrat",
            "Louth County Council approved 420 homes at Mount Avenue in Dundalk on Tuesday.",
            timedelta(hours=1),
        ),
        # "Eastern" is no people of Easter Island; a district of Norfolk is England's
        (
            "Eastern Daily Press",
            "North Norfolk District Council met on Tuesday; North Norfolk's coast is England's.",
            timedelta(hours=1),
        ),
    ],
)
def test_a_papers_own_country_gives_the_clock_of_its_times(
    masthead: str, place_line: str, offset: timedelta
) -> None:
    page = (
        f"{masthead}\n"
        "Tuesday, May 5, 2026\n"
        "Home   News   Business   Sports   Opinion\n\n"
        "Kava exporters warn new drying rules could slow shipments\n\n"
        "By Leimara Toka Nalau\n"
        "Posted: May 5, 2026 09:40\n\n"
        "Kava exporters say new rules on moisture content could delay shipments at a time "
        "when demand is at its highest in years.\n\n"
        f"{place_line}\n\n"
        "The rules come into force at the start of June."
    )
    assert _clock(page) == (9, 40, offset)


@pytest.mark.parametrize(
    ("top", "dateline", "offset"),
    [
        # a town the zone database names no zone after, in the story's dateline
        ("RUDAW\nKurdistan\n", "ERBIL, Kurdistan Region - ", timedelta(hours=3)),
        ("MIA\nSociety\n", "Ohrid, 6 July 2027 (MIA) – ", timedelta(hours=2)),
        # a town of 25,000 (Zanesville, Ohio): a dateline names a town for sure
        ("The Muskingum Valley Ledger\nLocal News\n", "ZANESVILLE — ", timedelta(hours=-4)),
        # or in the byline's row: before the date, or over it
        ("Island Daily Bulletin\nLocal News\n", "", timedelta(hours=2)),
        ("Coast Weekly\nSport\n", "", timedelta(hours=2)),
        # a paper named for its island, whose name says "Press"
        ("Guernsey Press\nPolitics\n", "", timedelta(hours=1)),
    ],
)
def test_the_town_a_story_is_filed_from_gives_the_clock_of_its_times(
    top: str, dateline: str, offset: timedelta
) -> None:
    rows = {
        "Island Daily Bulletin": "Palma 06/07/2027 09:40\nSARAH COLWELL",
        "Coast Weekly": "PABLO MARTINEZ\nMálaga\nTuesday, 6 July 2027, 09:40",
    }
    masthead = top.split("\n", 1)[0]
    stamp = rows.get(masthead, "By Leimara Toka Nalau\nPosted: July 6, 2027 09:40")
    page = (
        f"{top}\nFirefighters battle blaze above the lake for second day\n\n{stamp}\n\n"
        f"{dateline}Firefighting crews and volunteers were battling for a second day on Tuesday "
        "to contain a wildfire on the slopes above the lake.\n\n"
        "Around 70 residents were moved to a sports hall as a precaution, the council said.\n\n"
        "The fire broke out on Monday afternoon in pine forest near the village."
    )
    assert _clock(page) == (9, 40, offset)
    if masthead == "Island Daily Bulletin":
        assert make_card(page).author == "Sarah Colwell"


@pytest.mark.parametrize(
    ("foot", "source"),
    [
        pytest.param("© Andaman Sheekha 2029. All Rights Reserved.", "Andaman Sheekha", id="sign"),
        pytest.param("Copyright © 2029 Port Blair Herald", "Port Blair Herald", id="word"),
        # a company's notice names no outlet
        pytest.param(
            "© 2029 PT BP Kedaulatan Rakyat. Dilarang memperbanyak tanpa izin.", None, id="company"
        ),
    ],
)
def test_a_copy_from_the_headline_down_names_its_outlet_in_the_foots_notice(
    foot: str, source: str | None
) -> None:
    card = make_card(
        "Rough seas: ferries cancelled for third day as 600 tourists stranded\n"
        "Published on: 24 Jun 2029, 6:10 PM\nBy Staff Reporter\n\n"
        "The Directorate of Shipping Services on Sunday cancelled all government ferry "
        "sailings for the third consecutive day.\n\n"
        "Private operators had also suspended services since Friday.\n\n"
        f"Tags: DSS, Monsoon, Tourism\nShare: Facebook | WhatsApp\n{foot}"
    )
    assert card.source == source


def test_apple_news_tabs_over_the_paper_and_a_channels_link_under_the_story() -> None:
    # "Today" of Apple News's tabs is no outlet (Singapore's TODAY, whose clock it gave)
    card = make_card(
        "Today   News+   Sports   Following\nBIRMINGHAM LIVE\n\n"
        "Man jailed for 16 years after Erdington shooting\n\nBy Harriet Okonjo-Blake\n"
        "Jun 19, 2029 at 3:12 PM\n\n"
        "A man who opened fire outside a takeaway in Erdington has been jailed for 16 years.\n\n"
        "Birmingham Crown Court heard the victim was 17.\n\n"
        "The judge said the gunman showed complete disregard for human life.\n\n"
        "Read full story: birminghammail.co.uk/news/midlands-news/erdington-shooting-jailed"
    )
    assert card.source == "BIRMINGHAM LIVE"
    assert card.published is not None and card.published.utcoffset() != timedelta(hours=8)
    assert card.body[-1].startswith("The judge said")


def test_a_read_later_apps_foot_and_a_towns_name_of_three_words_before_the_day() -> None:
    card = make_card(
        "Instapaper\nHome   Liked   Archive   Highlights   Notes\nSearch\n\n"
        "Rough seas: ferries cancelled for third day as 600 tourists stranded\n"
        "andamansheekha.com\nSheekha Staff · June 24, 2029\n6 min read\n\n"
        "Sri Vijaya Puram, June 24: The Directorate of Shipping Services on Sunday cancelled "
        "all government ferry sailings for the third consecutive day.\n\n"
        "Private operators had also suspended services since Friday.\n\n"
        "The sea is expected to calm by Wednesday.\n\n"
        "Originally saved from https://andamansheekha.com/news/rough-seas-dss-cancels-sailings\n"
        "Saved June 24, 2029\n\nArchive   Like   Share   Move to Folder   Highlight\n"
        "Related in your list:\n  Tourist arrivals up 12 per cent — andamansheekha.com"
    )
    assert card.dateline == "Sri Vijaya Puram"
    assert card.body[0].startswith("The Directorate")
    assert card.body[-1] == "The sea is expected to calm by Wednesday."


def test_a_hyphenated_day_and_a_dated_dateline_on_its_own_line() -> None:
    # The Hitavada: "Date :17-May-2029", a desk's byline, "NAGPUR, May 16:" over the story
    card = make_card(
        "The Hitavada\nThe People's Paper\n\n"
        "Home | City | Vidarbha | Nation | International | Business | Sports | Editorial\n\n"
        "City\n\nNagpur sizzles at 47.3 deg C, hottest May day in six years\n\n"
        "Heatwave to persist till May 20; GMC reports rise in heatstroke cases\n\n"
        "Date :17-May-2029\n\nBy Staff Reporter\n\nNAGPUR, May 16:\n\n"
        "THE CITY reeled under a severe heatwave on Wednesday as the mercury soared to 47.3 "
        "degrees Celsius.\n\nThe day's temperature was 4.1 degrees above normal.\n\n"
        "The RMC has issued an orange alert for four districts till May 20."
    )
    assert (card.author, card.dateline) == (None, "NAGPUR")
    assert card.published is not None and card.published.date() == datetime(2029, 5, 17).date()
    assert card.body[0].startswith("THE CITY reeled")


def test_a_papers_staff_byline_and_a_foots_links_are_no_writer_and_police_no_town() -> None:
    # The Peterborough Examiner (Torstar): "By Name Examiner Staff"; "JOURNALISTIC
    # STANDARDS" among the foot's links; "Ontario Provincial Police" three times is no
    # Police, Poland (a town of 34,000) to take the clock of
    card = make_card(
        "The Peterborough Examiner\nSubscribe  Sign In\n\nLOCAL\n\n"
        "Driver charged with impaired driving causing death after Highway 7 crash\n\n"
        "By Kristen Lachance Examiner Staff\nPublished July 25, 2029 at 11:02 a.m.\n\n"
        "A 27-year-old man has been charged after a two-vehicle crash on Highway 7 east of "
        "Norwood, Ontario Provincial Police say.\n\n"
        "Ontario Provincial Police officers were called to the highway at about 11:40 p.m.\n\n"
        "Ontario Provincial Police closed the highway for nine hours.\n\n"
        "REPORT AN ERROR   JOURNALISTIC STANDARDS   ABOUT THE EXAMINER\n\n"
        "© Copyright 2029 Peterborough Examiner. All rights reserved."
    )
    assert card.author == "Kristen Lachance"
    assert card.published is not None
    assert card.published.utcoffset() != timedelta(hours=2)


@pytest.mark.parametrize(
    ("town", "hours"), [("Ipoh", 8), ("Phuket", 7), ("Siem Reap", 7), ("Kota Bharu", 8)]
)
def test_a_town_kabar_spells_as_a_place_gives_its_clock(town: str, hours: int) -> None:
    # a paper kabar does not know, of a town its list of places has for topics: the town the
    # story names most gives the clock of the time the page prints with no zone
    card = make_card(
        f"The Valley Herald\nNews\nNew night market to open in {town} next month\n"
        "August 6, 2030 3:40 PM\nBy Lim Wei Ling\n\n"
        f"A new night market will open in {town} next month, the city council said.\n\n"
        f"The council said traders from across {town} had applied for 120 stalls."
    )
    assert card.published == datetime(2030, 8, 6, 15, 40, tzinfo=timezone(timedelta(hours=hours)))


@pytest.mark.parametrize("named", ["Nicholas V. Santiago", "Mr. Santiago"])
def test_a_person_named_after_a_city_gives_no_clock(named: str) -> None:
    # BusinessWorld (Manila): an economist called Santiago, twice, is no Santiago, Chile;
    # the page's time stays as it is printed
    card = make_card(
        "BusinessWorld\nHome  Economy  Markets\nEconomy\n"
        "BSP cuts rates by 25 bps for third time this year as inflation eases\n"
        "September 27, 2030 | 12:02 am\nBy Katrina Mae D. Villanueva, Reporter\n\n"
        "THE BANGKO SENTRAL ng Pilipinas cut benchmark interest rates by 25 basis points on "
        "Thursday, its third reduction this year.\n\n"
        f"{named}, chief economist at Pacific Capital Bank, said another cut remains likely.\n\n"
        '"The BSP has a window to support growth before the end of the year," Mr. Santiago '
        "said."
    )
    assert card.published is not None
    assert card.published.utcoffset() != timedelta(hours=-3)
    assert (card.published.hour, card.published.minute) == (0, 2)


def test_a_byline_under_the_day_under_a_standfirst_and_a_summary_under_the_credit() -> None:
    # DispatchLIVE: the standfirst, the day, then "By …"; the Nation (Kenya): the picture's
    # credit, then "Summary" over two short points, then the story
    card = make_card(
        "DispatchLIVE\nNews\nSport\nBusiness\n\nNEWS\n\n"
        "Buffalo City taps run dry for fifth day as pump station fails\n\n"
        "Residents of Mdantsane and Potsdam queue at water tankers while metro blames ageing "
        "infrastructure\n\n08 September 2029 - 06:00\n\nBy Sinovuyo Ndabeni\n\n"
        "Residents fill containers from a municipal water tanker on Friday.\n\n"
        "Photo credit: SINOVUYO NDABENI | Daily Dispatch\n\nSummary\n\n"
        "Two pumps failed at the Umzonyana pump station on Monday.\n\n"
        "One has been repaired, the metro says.\n\n"
        "Tens of thousands of Buffalo City residents have been without running water for five "
        "days after two pumps failed at the Umzonyana pump station, leaving large parts of "
        "Mdantsane dry.\n\n"
        "The metro said on Friday that water pressure would return to normal by Sunday.\n\n"
        "Residents queued from as early as 5am at a municipal tanker."
    )
    assert card.author == "Sinovuyo Ndabeni"
    assert card.body[0].startswith("Tens of thousands")


@pytest.mark.parametrize(
    "box",
    [
        "Support our Nation today\n\nFor the price of a cup of coffee a month you can help us "
        "create an independent, not-for-profit, national news service for the people of Wales.",
        "Our journalism is free for everyone but not free to make. Please support us.",
        "Do you want to respond to this article? If so, click here to submit your thoughts and "
        "they may be published in print.",
    ],
)
def test_a_papers_plea_or_its_call_for_letters_is_no_paragraph(box: str) -> None:
    card = make_card(
        "Nation.Cymru\n\nBus franchising to start in south-east Wales in 2031\n\n"
        "By Emily Price\n\n20 Sep 2029\n\n"
        "Bus services in south-east Wales will be franchised from 2031, the Welsh Government "
        "said on Tuesday.\n\n"
        f"{box}\n\n"
        "North Wales will follow in 2032, with south-west and mid Wales in 2033.\n\n"
        "Transport for Wales will begin consulting on the network in January.\n\n"
        f"{box}"
    )
    assert not any(
        word in paragraph for paragraph in card.body for word in ("coffee", "free", "respond")
    )
    assert card.body[-1].startswith("Transport for Wales")


def test_stuffs_byline_with_its_time_a_credited_caption_and_a_syndication_note() -> None:
    # Stuff: "Name 18:30, Oct 31 2029"; the picture's caption signed by an agency's initials,
    # the note that the story ran first elsewhere; "Wallis" is a union organiser, no Wallis
    # and Futuna to take the clock of
    card = make_card(
        "Marlborough Express\nStuff\n\nBusiness\n\n"
        "Wine companies cut grape contracts as Marlborough faces oversupply\n\n"
        "Tipene Walker 18:30, Oct 31 2029\nShare\n\n"
        "Sauvignon blanc vines in the Wairau Valley, where some growers have been told their "
        "grapes will not be picked next vintage. RNZ\n\n"
        "This story was originally published by RNZ and is republished with permission.\n\n"
        "Some Marlborough grape growers have been told their contracts will not be renewed and "
        "that part of next year's crop will not be picked, as New Zealand wine companies deal "
        "with a second year of oversupply.\n\n"
        "New Zealand Winegrowers said exports had fallen for the first time in a decade.\n\n"
        'Union organiser Karen Wallis said growers were worried. "It is a hard year," Wallis '
        "said."
    )
    when = datetime(2029, 10, 31, 18, 30, tzinfo=ZoneInfo("Pacific/Auckland"))
    assert (card.author, card.published, card.body[0][:30]) == (
        "Tipene Walker",
        when,
        "Some Marlborough grape growers",
    )


def test_a_rows_writer_between_the_day_and_the_town() -> None:
    # The Pioneer (Lucknow): no "By", the writer in the middle cell
    card = make_card(
        "THE PIONEER\n\nLucknow\n\nUP Cabinet approves Rs 4,200 crore plan to desilt canals\n\n"
        "Thursday, 04 October 2029 | Anupam Srivastava | Lucknow\n\n"
        "The Uttar Pradesh Cabinet on Wednesday approved a scheme to desilt canals.\n\n"
        "The work will begin next month.\n\nIrrigation officials welcomed the decision."
    )
    assert card.author == "Anupam Srivastava"


def test_a_capital_towns_dateline_over_a_first_word_in_capitals_and_a_print_note() -> None:
    # Daily News (Tanzania): "DODOMA: THE government …"; the Kathmandu Post's foot
    card = make_card(
        "Daily News\n\nGovt to roll out digital ID wallet by June\n\nBy Staff Writer\n"
        "November 20, 2029\n\nDODOMA: THE government plans to introduce a unified digital "
        "identity wallet by June next year, allowing citizens to access public services.\n\n"
        "The wallet will hold national identity details and driving licences.\n\n"
        "Officials said a pilot would start in Dodoma and Arusha.\n\n"
        "Published in the print edition on November 20, 2029, of the Daily News."
    )
    assert (card.dateline, card.body[0][:20], card.body[-1]) == (
        "DODOMA",
        "THE government plans",
        "Officials said a pilot would start in Dodoma and Arusha.",
    )


def test_a_papers_long_name_over_its_headline_a_city_dateline_and_a_wires_note() -> None:
    # Leyte Samar Daily Express: the paper's name of four words straight over the headline,
    # the writer and the day; "TACLOBAN CITY –" gives the Philippines' clock; Bernama's note
    # on itself under the story
    card = make_card(
        "Leyte Samar Daily Express\n"
        "RTC convicts Palo recruiter of large-scale illegal recruitment, orders refund\n"
        "Ma. Cristina Bacolod\nTuesday, December 18, 2029 5:10 PM\n\n"
        "TACLOBAN CITY – A regional trial court in Palo, Leyte has sentenced a 46-year-old woman "
        "to life imprisonment for large-scale illegal recruitment.\n\n"
        "None of the complainants were deployed, the court said.\n\n"
        "The accused has been detained at the provincial jail since March 2028.\n\n"
        "BERNAMA provides up-to-date authentic and comprehensive news and information which are "
        "disseminated via BERNAMA Wires; www.bernama.com; BERNAMA TV on Astro 502 and unifi TV "
        "631 channels and BERNAMA Radio on FM93.9 (Klang Valley), FM107.5 (Johor Bahru) and "
        "FM100.9 (Kota Kinabalu)."
    )
    assert (card.headline[:30], card.source, card.author) == (
        "RTC convicts Palo recruiter of",
        "Leyte Samar Daily Express",
        "Ma. Cristina Bacolod",
    )
    assert card.published == datetime(2029, 12, 18, 17, 10, tzinfo=timezone(timedelta(hours=8)))
    assert card.body[-1].startswith("The accused has been detained")


def test_a_posted_by_the_paper_line_the_writer_under_it_and_a_bulleted_contact() -> None:
    # WordPress's "Posted on … by <the paper>", then the writer's byline and role; the LJI
    # note and a bulleted contact line under the story
    card = make_card(
        "THE LETHBRIDGE HERALD\nServing southern Alberta\n\nLocal News\n\n"
        "City council approves utility rate freeze, delays Westside fire hall\n\n"
        "Posted on January 23, 2030 by Lethbridge Herald\n\nBy Dana Whitcombe\n"
        "Local Journalism Initiative Reporter\n\n"
        "Lethbridge residents will not see an increase on their water bills this year after "
        "city council voted Tuesday to freeze utility rates.\n\n"
        "Administration is expected to return to council in April with options.\n\n"
        "• Contact reporter Dana Whitcombe at dwhitcombe@lethbridgeherald.com or (403) "
        "328-4411.\n\nDana Whitcombe is a Local Journalism Initiative reporter. The LJI is "
        "funded by the Government of Canada."
    )
    assert (card.author, card.body[-1]) == (
        "Dana Whitcombe",
        "Administration is expected to return to council in April with options.",
    )


@pytest.mark.parametrize(
    ("masthead", "lede"),
    [
        ("Star of Mysore", "Mysore/Mysuru: "),  # the city's two names
        ("Border Mail", ""),  # "Forest Fire Management Victoria" is no Forest, Belgium
    ],
)
def test_a_city_of_two_names_and_a_bodys_name_that_holds_a_town(masthead: str, lede: str) -> None:
    card = make_card(
        f"{masthead}\n\nBushfire near Corryong burns out of control\n\nJanuary 12 2030 - "
        f"4:30pm\n\n{lede}Residents of Corryong and Wodonga were told to prepare on Sunday as "
        "Forest Fire Management Victoria crews fought a fire in the Towong Shire.\n\n"
        "Forest Fire Management Victoria said the fire had burnt 2400 hectares.\n\n"
        "Forest Fire Management Victoria will update Wodonga residents at 6pm."
    )
    assert card.body[0].startswith("Residents of Corryong")
    assert card.published is not None and card.published.utcoffset() != timedelta(hours=1)


def test_a_dateline_with_the_towns_state_in_brackets_names_no_agency() -> None:
    # Free Press Journal: "Indore (Madhya Pradesh):", the state where an agency's name goes
    card = make_card(
        "Free Press Journal\n\nIndore News: Retired bank officer kept under 'digital arrest' "
        "for six days\n\nBy FPJ News Service\n\nUpdated: Saturday, August 25, 2029, 09:15 PM "
        "IST\n\nIndore (Madhya Pradesh): A retired bank officer from Indore's Vijay Nagar area "
        "was kept under so-called 'digital arrest' for six days.\n\n"
        "The police said the callers posed as officers of a central agency.\n\n"
        "The cyber cell has frozen four accounts."
    )
    assert (card.dateline, card.source) == ("Indore", "Free Press Journal")
    assert card.body[0].startswith("A retired bank officer")


def test_a_dateline_with_the_towns_province_after_an_en_dash() -> None:
    card = make_card(
        "Baguio Midland Courier\n\nBenguet farmers sell vegetables at a loss as prices drop\n\n"
        "By Ramon Dacawi\nJune 30, 2029\n\nLA TRINIDAD, Benguet – Farmers bringing their "
        "produce to the trading center here have been forced to sell cabbage at a loss.\n\n"
        "Traders said demand from Metro Manila had weakened this month.\n\n"
        "The provincial government will buy part of the harvest for its feeding programme."
    )
    assert card.dateline == "LA TRINIDAD"
    assert card.body[0].startswith("Farmers bringing their produce")
    # an island's name of two words after its town
    statia = make_card(
        "The Statia Observer\n\nIsland Council approves plan for new airport terminal\n\n"
        "By Desmond Gibbs\nFebruary 21, 2030\n\nORANJESTAD, St. Eustatius – The Island "
        "Council of St. Eustatius on Wednesday evening approved a plan to replace the terminal."
        "\n\nConstruction is expected to begin next year.\n\nThe plan now goes to The Hague."
    )
    assert (statia.dateline, statia.body[0][:20]) == ("ORANJESTAD", "The Island Council o")


def test_newsquests_yearless_stamps_take_the_year_of_the_foot() -> None:
    # the Western Telegraph: the writer's handle and role under the byline, "Last updated"
    # and "Published" with no year; the year only in the foot, with no copyright sign
    page = (
        "Western Telegraph\nPembrokeshire's local news\n\n"
        "News   Sport   Pembrokeshire Life   Business   Farming   Announcements   Jobs\n\n"
        "News\n\nWater quality warning as brown foam appears at Newgale beach\n\n"
        "By Rhian Prosser\n@RhianProsserWT\nSenior Reporter\nShare\n\nComments\n\n"
        "Last updated: 27th March\n\nPublished: 27th March 11:20am\n\n"
        "Natural Resources Wales has collected samples from Newgale beach after walkers "
        "reported thick brown foam along the shoreline.\n\n"
        "The foam was spotted on Monday morning near the northern end of the beach.\n\n"
        "Results are expected within a week.\n\n"
        "Newsquest Media Group Ltd 2029. All rights reserved."
    )
    card = make_card(page)
    assert card.author == "Rhian Prosser"
    assert card.published is not None
    assert card.published.replace(tzinfo=None) == datetime(2029, 3, 27, 11, 20)
    assert card.body[0].startswith("Natural Resources Wales")


def test_the_address_a_reader_app_prints_gives_its_countrys_clock() -> None:
    # Flipboard: the story's address under the app's bar, a ".co.uk" site of Cambridge (a
    # name England shares with Ontario and Massachusetts)
    page = (
        "Flipboard\nFor You   Technology   News   UK\n\ncambridge-news.co.uk\n"
        "Cambridge News · 19 Apr 2029\n\n"
        "Cambridge chip start-up that makes AI run on a watch battery raises £85m\n\n"
        "By Oliver Pryce, Business Reporter\n06:00, 19 Apr 2029\n\n"
        "A Cambridge start-up that designs low-power chips has raised £85 million to take its "
        "technology into mass production.\n\n"
        "The company was spun out of the university's engineering department in 2024.\n\n"
        "It employs 60 people at the Cambridge Science Park."
    )
    assert _clock(page) == (6, 0, timedelta(hours=1))
    assert make_card(page).source == "Cambridge News"


def test_a_small_towns_name_in_a_credit_gives_no_clock() -> None:
    # The Courier (Dundee): "DC Thomson" twice is no Thomson, a town of Singapore; a small
    # town's name is read as the town only in a dateline
    page = (
        "The Courier\nNews / Health\n\n"
        "Ninewells A&E: One in three patients waited more than four hours last month\n\n"
        "By Kirsty McIntosh\nNovember 14 2028, 6.00am\n\n"
        "Ninewells Hospital in Dundee. Image: Kim Cessford/DC Thomson\n\n"
        "More than a third of patients at the emergency department waited longer than four "
        "hours last month.\n\n"
        "The hospital's car park. Image: Kim Cessford/DC Thomson\n\n"
        "NHS Tayside said the department had seen its busiest October on record."
    )
    assert _clock(page) == (6, 0, timedelta(0))


def test_a_dateline_town_with_its_region_keeps_the_regions_clock_over_a_namesakes() -> None:
    # The Chronicle Herald: Amherst, Nova Scotia, not the larger Amherst of New York
    page = (
        "The Chronicle Herald\nNova Scotia's news source since 1875\n\n"
        "Emergency department in Amherst to close overnight for most of March\n\n"
        "Lindsay MacIntyre\nPublished: Feb. 15, 2028 at 7:30 a.m.\n\n"
        "AMHERST, N.S. — The emergency department will close overnight on 19 nights in March "
        "because of a shortage of physicians, Nova Scotia Health said Monday.\n\n"
        "Nova Scotia Health said it was recruiting two more physicians for the hospital.\n\n"
        "The closures begin on March 2."
    )
    assert _clock(page) == (7, 30, timedelta(hours=-4))


def test_a_writer_and_the_date_on_one_line_under_the_standfirst() -> None:
    card = make_card(
        "L'Orient Today\nLebanon   Middle East   Economy   Society\nECONOMY\n\n"
        "EDL to raise power supply to 10 hours a day after new Iraqi fuel deal\n\n"
        "The ministry says the increase should begin in the first week of August, but experts "
        "warn that grid losses remain the utility's biggest problem.\n\n"
        "By Rania Haddad, 19 July 2027 20:14\n\n"
        "BEIRUT — State-owned EDL will increase power supply to around 10 hours a day "
        "starting in early August, the energy minister said on Monday.\n\n"
        "Iraq will supply Lebanon with two million tons of fuel oil over the next 12 months."
    )
    assert card.author == "Rania Haddad"
    assert card.published == datetime(2027, 7, 19, 20, 14, tzinfo=ZoneInfo("Asia/Beirut"))


def test_a_translations_note_under_the_story_is_not_its_last_paragraph() -> None:
    # Confidencial: the note that the story was translated, and its newsletter's offer
    card = make_card(
        "Remittances to Nicaragua reach a new record in November\n\nBy Staff Writer\n"
        "December 18, 2027\n\n"
        "Remittances sent to Nicaragua reached a new monthly record in November, the Central "
        "Bank said.\n\nThe Central Bank projects that remittances will close the year at "
        "about 7.1 billion dollars.\n\nThis article was originally published in Spanish in "
        "Confidencial and translated by our staff. To get the most relevant news from "
        "Nicaragua, subscribe to our newsletter."
    )
    assert card.body[-1].startswith("The Central Bank projects")


def test_a_summary_box_over_the_story_is_not_its_first_paragraph() -> None:
    card = make_card(
        "Daily Monitor\n\n"
        "Student loans board picks 4,200 new beneficiaries as applications double\n\n"
        "By Harriet Namuli Ssekandi\n"
        "Published: 21 May 2026 10:18 EAT\n\n"
        "Summary\n"
        "The board says demand for loans has outgrown its budget, leaving thousands of "
        "qualified applicants without support.\n\n"
        "The Higher Education Students Financing Board has selected 4,200 new beneficiaries "
        "for the 2026/27 academic year, even as applications more than doubled.\n\n"
        "The board received about 9,800 applications, officials said on Wednesday.\n\n"
        "Unsuccessful applicants will be placed on a waiting list."
    )
    assert card.body[0].startswith("The Higher Education Students Financing Board")
    assert not any("outgrown its budget" in paragraph for paragraph in card.body)


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        # the writer, a slash and the desk (The Gleaner)
        ("Kemar Lindo-Campbell/Senior Business Reporter", "Kemar Lindo-Campbell"),
        # a Mongolian's initial glued to the name, under the stamp (MONTSAME)
        ("D.Enkhjin", "D.Enkhjin"),
        # the name, then the role with no mark between (Cambrian News), or a dash and the desk
        ("Anwen Prys Local Democracy Reporter", "Anwen Prys"),
        ("By Frank Tudela Borja - Variety News Staff", "Frank Tudela Borja"),
        # the name in capitals, then the paper in title case (Hawaii Tribune-Herald)
        ("By KEALA MAKOA Hawaii Tribune-Herald", "Keala Makoa"),
        # the name and the role, both in capitals (Portland Press Herald)
        ("BY NATHANIEL COBB STAFF WRITER", "Nathaniel Cobb"),
        # the paper after the name by its "The" (The Spokesman-Review); Postmedia's label
        ("By Tyler Brandt The Spokesman-Review", "Tyler Brandt"),
        ("By Kerri Walden of the Tribune", "Kerri Walden"),  # the paper's staff, as it says
        # a feed reader's row: the site, then the byline in a cell of its own
        ("montsame news · By Batbayar Ganbold", "Batbayar Ganbold"),
        ("By Clara Dubois, The Berkshire Eagle", "Clara Dubois"),
        # the name and the service that pays for the reporter (Reach's CornwallLive)
        ("Tamsin Pengelly Local Democracy Reporting Service", "Tamsin Pengelly"),
        ("SE Report", None),  # a desk's report (Sikkim Express), no one's name
        ("Author of the article: Jenna Morrow • Saskatoon StarPhoenix", "Jenna Morrow"),
        # the day and the sections after the name (The Sofia Globe)
        ("Written by Dimitar Petrov on June 30, 2027 in News, Politics", "Dimitar Petrov"),
        # a ministry's bureau whose name holds "dan" signs no person
        ("Oleh Biro Komunikasi dan Informasi Publik", None),
    ],
)
def test_a_writer_with_a_desk_after_a_slash_or_a_glued_initial_under_the_stamp(
    byline: str, author: str | None
) -> None:
    card = make_card(
        "Dinosaur team begins new season of excavations in Nemegt Basin\n\n"
        "2026-05-22 15:30\n"
        f"{byline}\n\n"
        "A joint expedition of the Institute of Paleontology has begun a new field season in "
        "the Nemegt Basin, one of the richest sites of dinosaur fossils in the world.\n\n"
        "The team will work at three sites until the end of July, its leader said.\n\n"
        "Finds will be shown at the Central Museum of Mongolian Dinosaurs."
    )
    assert card.author == author


def test_a_logos_initials_over_the_name_they_spell_give_the_name() -> None:
    card = make_card(
        "GDN ONLINE\n"
        "Gulf Daily News – The Voice of Bahrain\n"
        "Sunday, June 07, 2026   |   Manama 38°C\n"
        "Home   Local   Business   Regional   World   Sport   Lifestyle   Community\n\n"
        "New eKey app to cut paperwork for government services\n\n"
        "By Aisha Mahmood Al Jishi\n"
        "Posted on Sunday, June 07, 2026 02:10 AM\n\n"
        "MANAMA: Residents will be able to complete more than 40 government services through "
        "a new version of the eKey app from next month, officials said.\n\n"
        "The app will let users sign documents without visiting a service centre.\n\n"
        "The authority said more services would be added by the end of the year."
    )
    assert card.source == "Gulf Daily News"


def test_a_what_you_need_to_know_box_is_not_the_lede() -> None:
    card = make_card(
        "Kisumu traders adjust to cashless market fees\n\n"
        "By Ochieng Otieno Mbaja\n"
        "July 14, 2026 07:30 EAT\n\n"
        "What you need to know:\n"
        "• Cash payments for market fees and parking have been phased out.\n"
        "• Traders now pay through a mobile money short code.\n\n"
        "Traders at Kisumu's Kibuye and Jubilee markets are adjusting to a new system that "
        "requires all county fees to be paid by mobile money.\n\n"
        "The county says the change will cut losses from cash handling.\n\n"
        "Some traders said the short code often fails during busy hours."
    )
    assert card.body[0].startswith("Traders at Kisumu's Kibuye")


def test_a_headline_naming_a_country_gives_no_clock_as_a_papers_name_would() -> None:
    # "Times of Malta" gives Malta's clock; a title-case headline opening the copy is no paper
    page = (
        "Malaysia Tightens Border Checks\n\n"
        "Posted: May 5, 2026 09:40\n\n"
        "Officials said on Tuesday that checks on goods carried by small boats would be "
        "tightened from next month, after a rise in undeclared shipments.\n\n"
        "Traders said the new rules would slow their deliveries.\n\n"
        "The rules take effect in June."
    )
    assert _clock(page) == (9, 40, timedelta(0))


def test_a_writers_name_alone_between_the_headline_and_the_pictures_credit() -> None:
    # Asia-Plus: the date over the headline, the writer's name under it, then "Photo: …"
    card = make_card(
        "ASIA-PLUS\nTajikistan news | Politics | Economy | Society | Central Asia | World\n\n"
        "ECONOMY\n\n12/05/2027 15:20\n\n"
        "Filipino-Indonesian horror film wins big at Jakarta film festival\n\n"
        f"Farrukh Nazarov\n\nPhoto: Rogun HPP press service\n\n{_PARAGRAPH}"
    )
    assert card.author == "Farrukh Nazarov"
    assert card.body == (_PARAGRAPH.strip(),)


def test_a_regional_papers_name_over_its_address_and_its_section_then_a_reading_time() -> None:
    # NZ Herald's regional titles: the paper, its address, "paper | section", the writer's role
    # beside the paper and the reading time, the audio paywall
    card = make_card(
        "Hawke's Bay Today\nnzherald.co.nz/hawkes-bay-today\n\nHawke's Bay Today | Health\n\n"
        "Hastings hospital wait times worst in the country, new data shows\n\n"
        "By Tom Whitaker\nSenior Reporter · Hawke's Bay Today · 4 mins to read\n"
        "12 Sep, 2028 05:00 PM\n\nSubscribe to listen\n\n"
        "Access to Herald Premium articles requires a subscription. Subscribe now to listen.\n\n"
        f"{_PARAGRAPH}\n\nHospitals across New Zealand reported the figures; New Zealand's "
        "target is six hours."
    )
    assert card.headline == "Hastings hospital wait times worst in the country, new data shows"
    assert card.source == "Hawke's Bay Today"
    assert card.author == "Tom Whitaker"
    assert card.published == datetime(2028, 9, 12, 17, 0, tzinfo=ZoneInfo("Pacific/Auckland"))
    assert card.body[0] == _PARAGRAPH.strip()


def test_a_networks_paper_named_after_the_bar_and_beside_its_writer() -> None:
    # SaltWire: "SaltWire | Journal Pioneer" over the menu, "Name · Journal Pioneer" under
    # the headline; "SaltWire" names no Spanish town called Salt
    card = make_card(
        "SaltWire | Journal Pioneer\nNews  Sports  Business  Opinion  Obituaries\n\n"
        "Local Business\n\nPotato harvest off to a fast start as dry September helps growers\n\n"
        "Lindsay MacKinnon · Journal Pioneer\nPublished Sep 26, 2028 · 3 min read\n\n"
        "SUMMERSIDE — A run of dry weather across western Prince Edward Island has let potato "
        "growers start digging early.\n\n"
        "Growers in Prince Edward Island said the crop looked sound.\n\n"
        "The harvest ends in October."
    )
    assert (card.source, card.author) == ("Journal Pioneer", "Lindsay MacKinnon")
    assert card.published is not None
    assert card.published.utcoffset() == timedelta(hours=-3)


@pytest.mark.parametrize(
    ("dateline", "offset"),
    [
        # the state a dateline abbreviates gives the clock: Crossville keeps Central time,
        # though "Cumberland County" names no town of Cumberland
        ("CROSSVILLE, Tenn. — Cumberland County crews", timedelta(hours=-5)),
        # a province's abbreviation is no outlet
        ("SUMMERSIDE, P.E.I. — Cumberland County crews", timedelta(hours=-3)),
        ("BILLINGS, Mont. — Cumberland County crews", timedelta(hours=-6)),
    ],
)
def test_a_states_abbreviation_after_the_datelines_town_gives_its_clock(
    dateline: str, offset: timedelta
) -> None:
    card = make_card(
        "Cumberland Plateau Courier\nHOME   NEWS   SCHOOLS   SPORTS   OBITS\n\n"
        "Fiber crews reach last unserved corner of the county\n\n"
        "Written by Jesse Burkhart\nPublished Oct. 14, 2028 at 6:30 p.m.\n\n"
        f"{dateline} began stringing cable this week. Cumberland County says every home "
        "will be connected.\n\nCumberland County will finish by spring.\n\nThe work goes on."
    )
    assert card.published is not None
    assert card.published.utcoffset() == offset
    assert card.source == "Cumberland Plateau Courier"
    assert card.body[0].startswith("Cumberland County crews began")


def test_a_papers_name_of_four_words_over_its_menu_and_words_by_its_writer() -> None:
    card = make_card(
        "Skip to Content\nThe Prince County Packet\nNews   Local News   Business   Sports\n"
        "Subscribe   Sign In\n\nAgriculture\n\nEarly frost leaves potato growers racing to dig\n\n"
        "Words by Colin MacPhee, Local Democracy Reporter\nPublished Oct 05, 2028\n\n"
        f"{_PARAGRAPH}\n\nThe frost came early.\n\n"
        "Contact reporter Colin MacPhee at cmacphee@packet.ca. On X: @ColinMacPhee"
    )
    assert card.source == "The Prince County Packet"
    assert card.author == "Colin MacPhee"
    assert card.body[-1] == "The frost came early."


def test_a_writer_in_square_brackets_and_an_ordinal_day_before_the_month() -> None:
    # The Arunachal Times' "[ Tongam Rina ]"; the Stornoway Gazette's "16th Nov 2028"
    card = make_card(
        "The Arunachal Times\nTruth & Fearless\nHome | State | Frontpage | Editorial\n\n"
        "STATE\n\nPakke Tiger Reserve camera traps record 14 tigers\n\n"
        "Published 16th Nov 2028, 15:45 GMT\n\n[ Tongam Rina ]\n\n"
        f"{_PARAGRAPH}\n\nThe count ends in April."
    )
    assert (card.author, card.published, card.body[0]) == (
        "Tongam Rina",
        datetime(2028, 11, 16, 15, 45, tzinfo=UTC),
        _PARAGRAPH.strip(),
    )


def test_a_ministers_clan_name_written_short_is_his_and_no_sentences_end() -> None:
    # Imphal Free Press: "Tourism Minister Th. Rajendro Meitei" is "the minister" quoted
    card = make_card(
        "Rock night draws thousands\n\nBy Staff\nNovember 3, 2028\n\n"
        "The festival's rock night drew thousands to Hapta Kangjeibung on Thursday.\n\n"
        "Tourism Minister Th. Rajendro Meitei, who attended the show, said the state would "
        "make the rock night an annual event.\n\n"
        "“Music has always united the people of this region,” the minister said.\n\n"
        "Security was tight around the venue."
    )
    assert card.key_quote is not None
    assert card.key_quote.speaker == "Th. Rajendro Meitei"


@pytest.mark.parametrize(
    ("top", "foot"),
    [
        # Reach: the writer and the desk in title case under the standfirst; the paper's
        # "Follow" over its buttons
        (
            "Lincolnshire Live\nNews  Lincoln News  Boston  Grantham  Sport\nSign in\n\nNews\n"
            "Crime\n\nLincoln driver who killed cyclist while on his phone jailed\n\n"
            "Jamie Whitlock, 31, was scrolling through social media when his van struck a "
            "cyclist\n\nChloe Harrington Court Reporter\n06:00, 2 DEC 2028",
            "Follow Lincolnshire Live\nFacebook  X  Instagram  WhatsApp",
        ),
        # Postmedia: the label alone over the name, a picture credited in capitals; a
        # writer's contact under the story
        (
            "Montreal Gazette\nNews  Local News  Opinion  Sports\n\nLocal News\n\n"
            "Lincoln driver who killed cyclist while on his phone jailed\n\n"
            "Patients waited an average of 21.4 hours on stretchers last week.\n\n"
            "Author of the article:\nChloe Harrington\n"
            "Published Dec 01, 2028  •  Last updated 3 hours ago  •  4 minute read\n\n"
            "Join the conversation\n\nPatients wait in the emergency department of a Montreal "
            "hospital. PHOTO BY JOHN KENNEY /Montreal Gazette",
            "Contact Chloe Harrington at charrington@postmedia.com or follow her on X "
            "@CHarringtonMG.",
        ),
    ],
)
def test_writers_and_credits_in_network_papers_shapes(top: str, foot: str) -> None:
    card = make_card(f"{top}\n\n{_PARAGRAPH}\n\nThe court sat for two days.\n\n{foot}")
    assert card.headline == "Lincoln driver who killed cyclist while on his phone jailed"
    assert card.author == "Chloe Harrington"
    assert card.body == (_PARAGRAPH.strip(), "The court sat for two days.")


def test_a_pictures_caption_closed_by_its_photographer_in_capitals_and_e_mail() -> None:
    # McClatchy: "… at Golden 1 Center. SARA NEVIS snevis@sacbee.com" over a short lede
    card = make_card(
        "THE SACRAMENTO BEE\n☰   SUBSCRIBE\n\nSACRAMENTO KINGS\n\n"
        "Kings hold off Trail Blazers in overtime\n\nBY NOAH PINEDA\n"
        "UPDATED DECEMBER 14, 2028 12:20 AM\nPUBLISHED DECEMBER 13, 2028 10:02 PM\n\n"
        "Sacramento Kings guard Marcus Dell (7) drives to the basket against the Portland "
        "Trail Blazers during the second half Wednesday at Golden 1 Center. SARA NEVIS "
        "snevis@sacbee.com\n\nMarcus Dell kept attacking the rim, and the Kings kept finding "
        f"a way.\n\n{_PARAGRAPH}"
    )
    assert card.body[0] == "Marcus Dell kept attacking the rim, and the Kings kept finding a way."


@pytest.mark.parametrize(
    ("top", "foot", "author", "clock"),
    [
        # Deccan Herald: the wire alone is no writer; "Last Updated" over "Published"
        (
            "DH DECCAN HERALD\nIndia   Karnataka   Bengaluru   Business   World\nBusiness\n"
            "Karnataka clears chip packaging plant near Bengaluru\nThe project will come up at "
            "the aerospace park in Devanahalli.\nPTI\nLast Updated : 15 February 2029, 19:48 "
            "IST\nPublished 15 February 2029, 14:05 IST",
            "ALSO READ: Bengaluru startup funding slips 14% in January",
            None,
            (14, 5),
        ),
        # Reach: the page's buttons, "By" alone over the name and the desk
        (
            "Liverpool Echo\nNews   Sport   Liverpool FC   Everton FC\nSport\nFootball\n"
            "Karnataka clears chip packaging plant near Bengaluru\nThe project will come up at "
            "the aerospace park in Devanahalli.\nBookmark\nShare\nComments\nNews\nBy\n"
            "Chris Halloran\nTranmere Rovers reporter\n10:00, 11 FEB 2029\nUpdated\n"
            "10:42, 11 FEB 2029",
            "Follow Liverpool Echo",
            "Chris Halloran",
            (10, 0),
        ),
        # the USA TODAY Network: two writers over the paper's name; the note under the story
        (
            "The Providence Journal\nSubscribe   Sign In\nHome   Local   Politics   Education\n"
            "EDUCATION\nKarnataka clears chip packaging plant near Bengaluru\n"
            "Tessa Morin and Dan Kessler\nThe Providence Journal\n"
            "Published 5:04 a.m. ET Feb. 16, 2029 | Updated 9:12 a.m. ET Feb. 16, 2029",
            "This article originally appeared on The Providence Journal: Karnataka clears chip "
            "packaging plant near Bengaluru",
            "Tessa Morin and Dan Kessler",
            (5, 4),
        ),
        # Advance Local: a related story's "More:" link inside, its note on links under
        (
            "al.com\nNews   Politics   Sports   Opinion\n\n"
            "Karnataka clears chip packaging plant near Bengaluru\nBy Jacob Tillery\n"
            "Published: Feb. 7, 2029, 5:32 a.m.",
            "If you purchase a product or register for an account through a link on our site, "
            "we may receive compensation.",
            "Jacob Tillery",
            (5, 32),
        ),
    ],
)
def test_writers_stamps_and_notes_of_more_networks(
    top: str, foot: str, author: str | None, clock: tuple[int, int]
) -> None:
    card = make_card(
        f"{top}\n\n{_PARAGRAPH}\n\nMore: Alabama grocery tax cut: How much would you save?\n\n"
        f"The plant opens in 2032.\n\n{foot}"
    )
    assert card.author == author
    assert card.published is not None
    assert (card.published.hour, card.published.minute) == clock
    assert card.body == (_PARAGRAPH.strip(), "The plant opens in 2032.")


def test_the_pictures_title_and_caption_under_the_stamp_are_not_the_story() -> None:
    # Telangana Today: the picture's title (the headline again), its caption, the dateline
    page = (
        "Telangana Today\nTelangana   Hyderabad   India   World   Sport\nSport\n"
        "Ranji Trophy: Varma's six-wicket haul powers Hyderabad into semifinals\n"
        "Hyderabad beat Bengal by seven wickets to reach the last four.\n"
        "By Ramesh Kondapally\nPublished Date - 9 February 2029, 08:15 PM\n"
        "Ranji Trophy: Varma's six-wicket haul powers Hyderabad into semifinals\n"
        "Hyderabad pacer Rahul Varma celebrates a wicket against Bengal in Uppal on Friday.\n\n"
        f"Hyderabad: {_PARAGRAPH}\n\nThe semifinal starts on Thursday."
    )
    card = make_card(page)
    assert (card.dateline, card.body[0]) == ("Hyderabad", _PARAGRAPH.strip())


@pytest.mark.parametrize(
    ("top", "foot", "author", "clock"),
    [
        # Lee: the writer in capitals before the paper's name; a phone before the e-mail
        (
            "Bismarck Tribune\nHome  News  Local  State  Politics  Sports\n\nLocal News\n\n"
            "Blizzard shuts down I-94 from Jamestown to Dickinson\n\n"
            "AMY LINDQVIST Bismarck Tribune\nPosted: Friday, January 5, 2029 4:12 pm CST",
            "Reach Amy Lindqvist at 701-555-0142 or amy.lindqvist@bismarcktribune.com.",
            "Amy Lindqvist",
            (16, 12),
        ),
        # Advance Local: the update and the first stamp with no space before the bar; the
        # consent notice under the story, however long
        (
            "al.com\nNews  Sports  Opinion\n\nCrime\n\n"
            "Blizzard shuts down I-94 from Jamestown to Dickinson\n\n"
            "Updated: Jan. 30, 2029, 7:02 a.m.| Published: Jan. 29, 2029, 6:15 p.m.\n\n"
            "By Amy Lindqvist | alindqvist@al.com",
            "By using this site, you consent to our User Agreement and agree that your clicks, "
            "interactions, and personal information may be collected, recorded, and/or stored "
            "by us and social media and other third-party partners in accordance with our "
            "Privacy Policy.",
            "Amy Lindqvist",
            (18, 15),
        ),
        # Reach: "By" glued to the name, a role in title case; "Top Stories" under the story
        (
            "Gloucestershire Live\nNews  Sport  What's On  Property\n\nNews\n\n"
            "Blizzard shuts down I-94 from Jamestown to Dickinson\n\n"
            "ByAmy Lindqvist Local Democracy Reporter\n16:02, 18 JAN 2029",
            "Top Stories\nM5 closed southbound near Gloucester after crash\n"
            "Cheltenham Festival 2029 tickets: what you need to know",
            "Amy Lindqvist",
            (16, 2),
        ),
    ],
)
def test_writers_stamps_and_feet_of_american_and_british_chains(
    top: str, foot: str, author: str, clock: tuple[int, int]
) -> None:
    card = make_card(f"{top}\n\n{_PARAGRAPH}\n\nThe roads reopen on Sunday.\n\n{foot}")
    assert (card.author, card.body) == (author, (_PARAGRAPH.strip(), "The roads reopen on Sunday."))
    assert card.published is not None
    assert (card.published.hour, card.published.minute) == clock


def test_a_long_top_under_the_headline_keeps_the_headline() -> None:
    # the picture, its caption and credit, a comment count and the standfirst between the
    # headline and the byline: all the story's top, none of them its headline
    page = (
        "Harbour Gazette\nNews › Local\n\n"
        "Council approves 420 homes at Mount Avenue despite traffic fears\n\n"
        "An artist's impression of the Mount Avenue scheme\nImage: Louth County Council\n"
        "12 comments\nShare\n"
        "Development on former nursery lands includes 168 social and affordable homes over "
        "five years\n"
        "Declan Moran\n31 Aug 2029 12:48 PM\n\n"
        "Louth County Council has given the go-ahead for 420 new homes on former nursery "
        "lands at Mount Avenue, despite objections over traffic from nearby estates.\n\n"
        "Councillors voted 21 to 6 in favour of the development, which includes 168 social "
        "and affordable homes to be built on the former nursery lands over five years.\n\n"
        "Residents said the junction at Mount Avenue could not take more traffic."
    )
    card = make_card(page)
    assert card.headline == "Council approves 420 homes at Mount Avenue despite traffic fears"
    assert any(p.startswith("Louth County Council has given") for p in card.body)


def test_a_papers_picture_credit_its_latest_links_and_a_handle_after_the_last_line() -> None:
    page = (
        "Whanganui Chronicle\n\nSchools could merge under ministry proposal\n\n"
        "By Mere Tuhiwai\nSat, 23 Mar 2030 at 5:00am\n\n"
        # NZME's credit: "Photo / Name"
        "Parents at Whanganui East School say they want more say. Photo / Bevan Conley\n\n"
        f"Two schools {_PARAGRAPH}\n\n"
        # the desk's link to its other stories (ACM's papers)
        "MORE SPORT: Ballarat Miners confirm NBL1 South list for 2030 season\n\n"
        # the writer's handle after a dash, on the last line
        "Submissions close on May 3. — @MereTuhiwai_WC\n\n"
        "Latest from Whanganui\nHospital car park upgrade delayed again\n"
        "River City Cup: Marist hold on for thrilling win"
    )
    body = make_card(page).body
    assert body[0].startswith("Two schools")
    assert body[-1] == "Submissions close on May 3."
    assert not any("Ballarat" in paragraph for paragraph in body)


_HARBOUR_STORY = (
    "Ferry fares to rise by a fifth from May\n\nBy Tamsin Pender\nTuesday 2 April 2030, 6:00 am"
    "\n\nPORT ISAAC — Ferry fares to the islands will rise by a fifth from May, the operator "
    f"said on Tuesday, after fuel costs climbed for a third year.\n\nThe operator {_PARAGRAPH}"
)


@pytest.mark.parametrize(
    ("wrapper", "source"),
    [
        # a messenger's chat, the paper's name over the forwarded story
        (
            "Threema\n← Harbour residents  ⋮\n\nForwarded\nThe Harbour Gazette\n{story}",
            "The Harbour Gazette",
        ),
        # a news app's item: the paper's name in capitals over its menu
        (
            "Ground News\n← Back to story   Aa   Share   ⋯\nCompare Coverage ›\n\n"
            "HARBOUR GAZETTE\nNews | Sport | Notices\n\nTRANSPORT\n\n{story}",
            "HARBOUR GAZETTE",
        ),
        # a work chat's post: only the link's address names the paper, which the foot spells
        (
            "Microsoft Teams\nOperations > General\n\nshared a link: "
            "https://harbourgazette.co.uk/news/2030/04/02/ferry-fares\n\n{story}\n\n"
            "© 2030 Harbour Gazette Ltd",
            "Harbour Gazette",
        ),
        # a search engine's saved copy: its name, its sentences on the copy, the page's menu
        # one item a line
        (
            "Yandex\nThis is Yandex's saved copy of https://harbourgazette.co.uk/news/2030/04/02/"
            "ferry-fares\nIt is a snapshot of the page as of 3 Apr 2030 04:12:37 GMT. The page "
            "may have changed since then. Learn more\nText only version\n\nHARBOUR GAZETTE\n"
            "News\nSport\nCulture\nOpinion\nTourism\nEconomy\nPolitics\n\nTRANSPORT\n{story}",
            "HARBOUR GAZETTE",
        ),
        # a private search engine's proxy view (its name in no list kabar has): a word over
        # its own sentences, then the page
        (
            "Searchly\nAnonymous View | You are visiting harbourgazette.co.uk through Anonymous "
            "View. The website cannot see your IP address or set cookies in your browser.\n"
            "Back to search results   Visit website directly ↗\n\nHARBOUR GAZETTE\n"
            "Home | News | Sport\n\nTRANSPORT\n{story}",
            "HARBOUR GAZETTE",
        ),
        # a feed reader's item, the paper's name and its age, over the page
        (
            "Harbour Gazette · 5h\n\nHARBOUR GAZETTE\nNews | Sport | Notices\n\n{story}",
            "Harbour Gazette",
        ),
    ],
    ids=[
        "messenger",
        "news app",
        "work chat",
        "search engine's copy",
        "a search engine's proxy view",
        "a feed's item",
    ],
)
def test_an_apps_name_over_a_page_is_never_its_outlet(wrapper: str, source: str) -> None:
    card = make_card(wrapper.format(story=_HARBOUR_STORY))
    assert card.headline == "Ferry fares to rise by a fifth from May"
    assert card.source == source


def test_a_readers_settings_bar_over_the_headline_is_no_headline() -> None:
    # a browser's reading mode in Indonesian: its settings on one line over the story
    page = (
        "Mode baca\nSans-serif ▾  Ukuran teks A− A+  Warna ▾  Jarak baris ▾  ▶ Baca dengan "
        "suara keras\n\nFerry fares to rise by a fifth from May\nBy Tamsin Pender\n"
        "Tuesday 2 April 2030, 6:00 am\n\nFerry fares to the islands will rise by a fifth from "
        f"May, the operator said. {_PARAGRAPH}\n\nThe operator {_PARAGRAPH}"
    )
    assert make_card(page).headline == "Ferry fares to rise by a fifth from May"


def test_a_papers_clock_named_under_an_apps_bar_beats_a_datelines_namesake() -> None:
    # SmartNews over The Tobago Chronicle; "SCARBOROUGH" is also a town in England
    page = (
        "SmartNews\nTop\nLocal\nCaribbean\nBusiness\n< Back   SmartView ⚡   Aa   Share\n"
        "The Tobago Chronicle\n12 hours ago\n\nFerry fares to rise by a fifth from May\n"
        "Published: Apr 10, 2030 7:35 PM\nKerry-Ann Phillip | Court Reporter\n\n"
        "SCARBOROUGH — Ferry fares to the islands will rise by a fifth from May, the operator "
        f"said on Tuesday, after fuel costs climbed for a third year.\n\nThe operator {_PARAGRAPH}"
    )
    card = make_card(page)
    assert (card.source, card.author) == ("The Tobago Chronicle", "Kerry-Ann Phillip")
    assert card.published == datetime(2030, 4, 10, 19, 35, tzinfo=timezone(timedelta(hours=-4)))


def test_a_chats_today_over_its_messages_is_no_singapore_paper() -> None:
    page = (
        "Signal\nChats   Calls   Stories\n\nKosrae Youth Climate Network\n32 members\n\nToday\n\n"
        "Lyndon Jackson\nhere is the full text:\n\nKOSRAE ISLAND NEWS\n\n"
        "Ferry fares to rise by a fifth from May\n\nBy Alik Sigrah\nApril 5, 2030 | 2:15 PM\n\n"
        "TOFOL, Kosrae — Ferry fares to the islands will rise by a fifth from May, the operator "
        f"said on Tuesday, after fuel costs climbed for a third year.\n\nThe operator {_PARAGRAPH}"
    )
    published = make_card(page).published
    assert published is not None and published.utcoffset() == timedelta(hours=11)


def test_a_reader_views_writer_under_the_headline_is_no_outlet() -> None:
    # a browser's reader view: the site's address, the headline, the writer in capitals and
    # the reading time, then the page's own byline naming the same writer
    card = make_card(
        "Vivaldi  —  Reader View\nlamucoastobserver.co.ke/business/lamu-port-deal\n"
        "Aa  Font: Serif ▾   Size: 18 ▾   ✕ Exit Reader View\n\nlamucoastobserver.co.ke\n"
        "Lamu port lands first transshipment deal as Gulf shipping line adds weekly call\n"
        "OMAR ATHMAN\n6–8 minutes\n\nBUSINESS | Tuesday, August 27, 2030 — 8:55 AM\n"
        "By OMAR ATHMAN\n\nLAMU – Lamu Port has secured its first long-term transshipment "
        "agreement, with a Gulf-based container line committing to a weekly call.\n\n"
        "The Kenya Ports Authority said the five-year deal was signed in Mombasa on Monday."
    )
    assert (card.author, card.source) == ("Omar Athman", "lamucoastobserver.co.ke")


def test_a_desks_sign_off_after_a_dash_keeps_the_last_paragraph() -> None:
    # The Freeman (Cebu): "— (FREEMAN)" after the last quote is the desk's, not a credit
    card = make_card(
        "The Freeman\nNews\nDOH logs 48 firecracker injuries in Central Visayas\n"
        "December 27, 2030 | 12:00am\nBy Mae Fhel Gorgonio\n\n"
        "CEBU, Philippines — The Department of Health in Central Visayas has logged 48 "
        "firecracker-related injuries since December 21.\n\n"
        '"If you are injured, do not apply toothpaste or any home remedy. Go to the nearest '
        'hospital immediately," he said. — (FREEMAN)\n\nRelated Stories\n'
        "Cebu City bans sale of firecrackers outside designated zones"
    )
    assert card.body[-1].startswith('"If you are injured')


def test_a_small_towns_paper_keeps_its_towns_clock_over_the_places_its_story_visits() -> None:
    # the Ashburton Guardian (a New Zealand town of 21,600): a story of a trip to Texas names
    # Dallas and Texas more than Ashburton, but the time is the paper's
    card = make_card(
        "Ashburton Guardian\nMid Canterbury's daily news\n\nEDUCATION\n\n"
        "Ashburton College robotics team books spot at world championships in Texas\n\n"
        "Sophie Muir\nMonday, 9 December 2030, 11:45am\n\n"
        "Ashburton College's robotics team will compete at the world championships in Dallas, "
        "Texas, in April.\n\nThe team will fly from Auckland to Dallas in late March.\n\n"
        "Texas hosts the championships for the fourth year."
    )
    assert card.published == datetime(2030, 12, 9, 11, 45, tzinfo=timezone(timedelta(hours=13)))


def test_a_chat_exports_header_over_the_message_that_pastes_the_page_is_the_apps() -> None:
    # Threema's export: its header, a poster's chatter, then the message that pastes the page
    # from its outlet's name down
    card = make_card(
        "Threema chat export\nChat with: Reef Watch Moorea (group)\nExported: 03/07/2030, 06:41"
        "\n\n[02/07/2030, 19:02] Hinano Teriierooiterai: Story is up. Pasting the whole thing "
        "because their site keeps timing out on mobile\n[02/07/2030, 19:03] Hinano "
        "Teriierooiterai: Tahiti Pacific Weekly\nENVIRONMENT\nMoorea lagoon bleaching worst "
        "since records began, scientists warn\n\nPublished Tuesday 2 July 2030, 8:15 am\n"
        "By Teva Marchand\n\nPAPEETE — Coral bleaching in Moorea's lagoon this season is the "
        "worst since monitoring began, scientists said on Tuesday.\n\nWater temperatures "
        "inside the reef stayed above 29.5 degrees Celsius for most of May and June."
    )
    assert card.headline == "Moorea lagoon bleaching worst since records began, scientists warn"
    assert (card.source, card.author) == ("Tahiti Pacific Weekly", "Teva Marchand")


def test_a_notes_own_markdown_title_over_the_pasted_page_is_no_headline() -> None:
    # a Markdown note (Bear): its title as a heading, its tags, where it was pasted from, then
    # the page with its headline in bold
    card = make_card(
        "# Skye visitor levy – WHFP\n#clippings/skye #tourism\n\n"
        "> Pasted from whfp.com, 11 Jul 2030\n\nWest Highland Free Press\nNews › Skye\n\n"
        "**Councillors back £3 visitor levy for Skye as campsites report record summer**\n\n"
        "Published: 11 July 2030 at 2:15pm\nBy Morag MacInnes\n\n"
        "PORTREE – Highland councillors have voted to press ahead with a £3-a-night visitor "
        "levy on overnight stays in Skye and Lochalsh.\n\n"
        "The committee backed the visitor levy for Skye by nine votes to three."
    )
    assert card.headline == (
        "Councillors back £3 visitor levy for Skye as campsites report record summer"
    )
    assert (card.source, card.author) == ("West Highland Free Press", "Morag MacInnes")


def test_a_feed_readers_date_field_is_no_town_of_japan() -> None:
    # a terminal feed reader's header over a Teesside paper's page: "Date:" is its field, not
    # Date, Hokkaido; its link says the paper is British
    card = make_card(
        "newsboat 2.38 - Article 'Ferry link to Hartlepool back from June' (1 unread, 1 total)\n"
        "Feed: Tees Valley Gazette - Latest\nTitle: Ferry link to Hartlepool back from June\n"
        "Author: Gemma Lowther\nDate: Tue, 11 Mar 2031 17:05:00 +0000\n"
        "Link: https://www.teesvalleygazette.co.uk/news/ferry-link-back\n\n"
        "Tees Valley Gazette\nFerry link to Hartlepool back from June\nBy Gemma Lowther\n"
        "Tuesday 11 March 2031, 5:05pm\n\n"
        "The seasonal ferry between Seaton Carew and the headland will run again from June, "
        f"the harbour trust said on Tuesday.\n\nThe trust {_PARAGRAPH}"
    )
    assert card.published == datetime(2031, 3, 11, 17, 5, tzinfo=UTC)


def test_a_chats_shared_link_gives_the_clock_of_the_sites_country() -> None:
    # a team chat's message shares the story's link (".my") over the page; "KANGAR:" is a
    # town kabar cannot place
    card = make_card(
        "Team Chat\n# newsroom-watch\nAdlina Rahman  9:02 AM\nworth a read for Monday\n"
        "https://www.northerncourier.my/news/2031/03/08/padi-subsidy\n"
        "The Northern Courier\nNEWS / Nation\nPadi farmers to get higher fertiliser subsidy\n"
        "Hafiz Yusri\nSat, Mar 8 2031 9:10 AM\n\n"
        "KANGAR: Padi farmers in the north will receive a higher fertiliser subsidy from the "
        f"next planting season, the state agriculture office said.\n\nThe office {_PARAGRAPH}"
    )
    assert card.published == datetime(2031, 3, 8, 9, 10, tzinfo=timezone(timedelta(hours=8)))


def test_a_story_of_a_province_named_twice_keeps_its_countrys_clock() -> None:
    # a South African site's page names the Eastern Cape, not a town kabar knows
    card = make_card(
        "Daily Wire SA\nNews | Politics | Business\n\nSCIENCE\n\n"
        "Vaccine plant near Gqeberha begins first production run\n\nLindiwe Mthembu\n"
        "Published 4 Mar 2031 11:20\n\n"
        "A new vaccine plant in the Eastern Cape has begun its first production run, the "
        "provincial government said on Tuesday.\n\n"
        "The plant is the largest of its kind in the Eastern Cape and will employ 900 people, "
        f"officials said.\n\nThe company {_PARAGRAPH}"
    )
    assert card.published == datetime(2031, 3, 4, 11, 20, tzinfo=timezone(timedelta(hours=2)))


def test_a_papers_town_and_state_under_its_name_beat_a_larger_namesakes_clock() -> None:
    # "Windsor, NSW" under a regional paper's name: not Windsor, Ontario
    card = make_card(
        "Hawkesbury Valley Leader\nWindsor, NSW\n☰  News  Sport  Community  Subscribe\n\n"
        "Local News\n\nRacecourse upgrade wins council backing\n\nTess Malone | Reporter\n"
        "March 3 2031 - 4:25pm\n\nWindsor's council has backed a $4 million upgrade "
        "of the racecourse's grandstand and stables.\n\nThe upgrade will be finished before "
        f"the spring carnival in Windsor, the council said.\n\nThe club {_PARAGRAPH}"
    )
    assert card.published == datetime(2031, 3, 3, 16, 25, tzinfo=timezone(timedelta(hours=11)))


@pytest.mark.parametrize(
    ("name", "area"),
    [
        ("Cheadle Post & Times", "Staffordshire Moorlands"),
        ("Uttoxeter Post & Times", "East Staffordshire"),
    ],
)
def test_a_papers_name_with_an_ampersand_over_its_tagline_and_again_over_its_writer(
    name: str, area: str
) -> None:
    card = make_card(
        f"{name}\n{area} news\n\nNews  Sport  What's On  Property  Jobs\n\nNews\n{area}\n\n"
        "Plans to turn the old bus depot into homes and a car park go on show\n\n"
        "Residents have two weeks to give their views on the plans for the Charles Street site\n\n"
        f"{name}\nMegan Ashby Local Democracy Reporter\n10:00, 7 MAY 2031\n\n"
        "Plans to turn the former bus depot in the centre of town into homes and a car park "
        f"have been unveiled by the district council.\n\nThe council {_PARAGRAPH}"
    )
    assert card.headline == "Plans to turn the old bus depot into homes and a car park go on show"
    assert (card.source, card.author) == (name, "Megan Ashby")


def test_a_text_browsers_dump_of_a_page_reads_past_its_brackets() -> None:
    # w3m's text of a page: the logo's alt text in brackets, a search box, the summary's
    # bullets, a picture's alt text, a row of bracketed buttons and the comments' count
    card = make_card(
        "[Tweed Valley Courier]\nSkip to main content\nNews  Sport  What's On  Opinion\n"
        "Search: [                    ] [Go]\nSubscribe  Sign in\n\nNews > Local Politics\n\n"
        "Council backs plan to reopen Peebles swimming pool by summer\n\n"
        "  • Repairs to cost £1.4m\n  • Pool shut since the roof leaked in 2029\n"
        '  • Campaigners say town was "left high and dry"\n\n'
        "By Morven Hastie\nLocal Democracy Reporter\n\nPublished: 4 March 2031, 5:20pm\n\n"
        "[Image: The pool in Peebles]\nThe pool has been shut for two years. Picture: Courier\n\n"
        "Councillors have backed a £1.4 million plan to reopen the swimming pool in Peebles by "
        "the summer.\n\nThe pool has been closed since its roof leaked in 2029, the council "
        "said.\n\nWork is due to start next month.\n\n"
        "[Facebook] [X] [WhatsApp] [Email] [Copy link]\n\nHave your say — Comments (12)\n\n"
        "More from Local Politics\n  • Galashiels bus station to close for repairs"
    )
    top = (card.headline, card.source, card.author)
    assert top == (
        "Council backs plan to reopen Peebles swimming pool by summer",
        "Tweed Valley Courier",
        "Morven Hastie",
    )
    assert (card.body[0][:22], card.body[-1]) == (
        "Councillors have backe",
        "Work is due to start next month.",
    )


@pytest.mark.parametrize(
    "chrome",
    [
        # a clipboard manager's item over the copied page
        "ClipKeeper — Clipboard\nItem 4 of 200  ·  Plain Text  ·  from Arc  ·  Mar 18, 2031\n"
        "[Paste]  [Copy]\n\nTHE LAKEHEAD LEDGER\nLocal  Business  Sports  Opinion\n"
        "Business | Autos\n",
        # a section's path in a row, over the headline
        "THE LAKEHEAD LEDGER\nUS | Minnesota | Business\n",
    ],
)
def test_the_headline_over_its_standfirst_is_the_headline_under_any_chrome(chrome: str) -> None:
    card = make_card(
        f"{chrome}\nSnow-belt drivers warm to EVs as Duluth dealers report record quarter\n\n"
        "Heat-pump models and a bigger state rebate push the electric share of new cars sold "
        "in the region past one in five\n\nBy Jenna Hollister\n"
        "Published March 18, 2031 at 2:37 p.m. CDT\n\n"
        "DULUTH — Electric cars made up one in five new cars sold by dealers in the region in "
        "January and February, as heat-pump models and a bigger state rebate won over drivers "
        "in the snow belt.\n\nDealers said the new state rebate had brought in buyers who had "
        "never considered an electric car, and that heat-pump models held their range.\n\n"
        "Charging remains the main sticking point for drivers in the region."
    )
    assert card.headline == "Snow-belt drivers warm to EVs as Duluth dealers report record quarter"


def test_a_feed_readers_bar_with_its_folder_and_count_is_no_headline() -> None:
    card = make_card(
        "Newsify\n‹ Lakeside Mirror — Environment (12)                     Aa   ☆   ⇪\n"
        "LAKESIDE MIRROR\nThursday, March 20, 2031 11:40 AM\n"
        "Volunteers plant 40,000 mangroves as creek recovery gathers pace\nby Halima Said\n\n"
        "MOMBASA — Fishers, women's groups and students planted 40,000 mangrove seedlings "
        "along the shores of Tudor Creek this week.\n\n"
        "The planting brings the total planted in the creek since 2028 to more than 600,000."
    )
    assert card.headline == "Volunteers plant 40,000 mangroves as creek recovery gathers pace"
    assert card.source is not None and card.source.casefold() == "lakeside mirror"


def test_a_papers_bureau_and_its_town_over_the_stamp_are_no_writer() -> None:
    # the shape of The Hindu's pages: the paper's bureau, the town it files from, the stamps,
    # then the writer
    card = make_card(
        "Kongu Herald\nBusiness\n\n"
        "Tiruppur knitwear exporters win record orders from European buyers\n\n"
        "Kongu Herald Bureau\nErode\nPublished - March 25, 2031 06:48 pm IST\n\n"
        "By Arjun Prabhu\n\nKnitwear exporters in Tiruppur have won record orders from "
        "European buyers for the summer season, the exporters' association said.\n\n"
        "The orders are worth more than ₹2,000 crore, it said."
    )
    assert (card.source, card.author, card.dateline) == ("Kongu Herald", "Arjun Prabhu", "Erode")


def test_an_updated_stamp_with_the_first_published_day_after_a_comma() -> None:
    # the shape of Australian Community Media's stamps: the update, then the first day
    card = make_card(
        "Riverland Chronicle\nNews\n\nCitrus growers brace for tighter water this season\n\n"
        "By Tom Ellery\n\nUpdated March 10 2031 - 6:05am, first published March 9 2031 - 4:30pm"
        "\n\nCitrus growers across the Riverland are bracing for a tougher season after water "
        "allocations stalled at 62 per cent.\n\nTemporary water prices have climbed past $400 "
        "a megalitre for the first time in four years."
    )
    assert card.published is not None
    assert (card.published.day, card.published.hour, card.published.minute) == (9, 16, 30)


@pytest.mark.parametrize(
    ("after", "last"),
    [
        # the story's short last paragraph after a box of related links inside it
        (
            "The last paper machine is scheduled to be shut down in September.",
            "The last paper machine is scheduled to be shut down in September.",
        ),
        # a footer's note after the related links is no paragraph of the story
        (
            "No comments yet. Be the first to share your thoughts below.",
            "The mill's owner said talks with the province would continue this week.",
        ),
    ],
)
def test_a_short_paragraph_after_related_links_is_the_story_only_if_it_tells_it(
    after: str, last: str
) -> None:
    card = make_card(
        "Soo Ledger\nBusiness\n\nRiver mill to cut 310 jobs as last paper machine goes quiet\n\n"
        "By Bob Cyr\nMarch 12, 2031 9:14 AM\n\n"
        "The river mill will cut 310 jobs as its last paper machine goes quiet, the company "
        "said on Wednesday.\n\nThe mill's owner said talks with the province would continue "
        "this week.\n\nRELATED\nSault council approves new industrial park\n"
        f"Hydro line upgrade for mill on track, utility says\n\n{after}\n\nbcyr@sooledger.ca"
    )
    assert card.body[-1] == last


def test_a_newsletters_other_items_under_its_lead_storys_link_are_not_the_story() -> None:
    foot = "Read it on the Courier website →\n\nIn brief"
    card = make_card(
        "Usk Valley Courier\nNews\n\nPeat bog restoration to start on the Beacons this spring\n\n"
        "By Cerys Pugh\nMarch 14, 2031\n\n"
        "Work to restore 400 hectares of peat bog on the Beacons will start this spring, the "
        "national park authority said.\n\nMonitoring equipment will measure water levels at 40 "
        f"points across the site for ten years.\n\n{foot}\n\n"
        "Pylons: The consultation on the proposed line through the Wye valley closes on April 11."
        "\n\nLlangynidr: Villagers have raised the £410,000 needed to buy the Red Lion as a "
        "community-owned pub."
    )
    assert card.body[-1].startswith("Monitoring equipment will measure")


def test_a_newsletter_boxs_button_and_pitch_are_not_the_story() -> None:
    card = make_card(
        "Waitaki Herald\nNews\n\nPenguin colony counts record breeding season\n\n"
        "By Ana Lee\nMay 3, 2031\n\nThe blue penguin colony in the harbour has counted a "
        "record 700 breeding pairs this season, its managers said.\n\n"
        "Get local news delivered to your inbox!\nSign up!\n\n"
        "The colony is open to visitors daily, and evening viewing times vary.\n\n"
        "Keep up to date with the latest from the Waitaki Herald. Subscribe to our weekly "
        "newsletter."
    )
    assert list(card.body) == [
        "The blue penguin colony in the harbour has counted a record 700 breeding pairs this "
        "season, its managers said.",
        "The colony is open to visitors daily, and evening viewing times vary.",
    ]


def test_a_writers_name_in_capitals_over_their_role_is_the_writer() -> None:
    card = make_card(
        "Tati Gazette Online\nHome  News  Business  Sport\n\nNews\n\n"
        "Ex-council clerk jailed eight years over tender fraud\n\nNALEDI SEBOKO\nStaff Writer\n"
        "10 April 2031 | 08:47 am\n\nFRANCISTOWN: The Magistrates Court on Wednesday "
        "sentenced a former council clerk to eight years in prison for tender fraud.\n\n"
        "The court heard that the clerk had steered contracts to a company owned by his "
        "brother-in-law."
    )
    assert card.author == "Naledi Seboko"


def test_the_towns_a_papers_tagline_serves_give_its_clock() -> None:
    card = make_card(
        "Coast Courier\nLocal news for Paraparaumu, Raumati and Paekākāriki\n\n"
        "News  Sport  Property\n\nCouncil proposes 7.9 per cent rates rise\n\nCoast Courier\n"
        "24 Apr, 2031 05:00 AM\n\nBy Tevita Fonua\n\nRatepayers face an average rates "
        "increase of 7.9 per cent from July after the district council voted to consult on its "
        "draft annual plan.\n\nMost of the rise will pay for water pipes."
    )
    assert card.published == datetime(2031, 4, 24, 5, 0, tzinfo=timezone(timedelta(hours=12)))


def test_a_box_of_bulleted_points_ends_at_the_first_line_with_no_bullet() -> None:
    card = make_card(
        "Visayas Bulletin\nBusiness\n\nVisayas grid on yellow alert as heat pushes demand up\n\n"
        "By Jericho Paz\nPublished Apr 19, 2031 09:12 am\n\nAT A GLANCE\n"
        "• The grid operator raised a yellow alert from 1 p.m. to 4 p.m. on Saturday.\n"
        "• Peak demand is forecast to hit a new record.\n"
        "The Visayas grid was placed on yellow alert on Saturday as soaring temperatures "
        "pushed electricity demand toward a record high while several plants were offline.\n\n"
        "The grid operator said the alert would be in effect for three hours, when peak demand "
        "is forecast to reach a record against the capacity left after the outages. It urged "
        "homes and offices to save power in the afternoon."
    )
    assert card.body[0].startswith("The Visayas grid was placed on yellow alert")


def test_an_e_readers_document_titled_with_the_sites_address_over_the_page() -> None:
    # an e-ink tablet's document of a saved page: the app, the folder, the title with the
    # site's address after a long dash and the day it was saved, then the page itself; the
    # story's "The Inkwells" spells the app's name run into its words, which vouches for no name
    card = make_card(
        "Inkwell\nMy files › Read on Inkwell\n"
        "Ski field pushes back opening day as snow fails to show — lakesscene.co.nz\n"
        "Saved 6 Jun 2031 · 4 pages · ePub\n\n"
        "Source: https://www.lakesscene.co.nz/news/ski-field-opening-day\n\n"
        "Ski field pushes back opening day as snow fails to show\n\nHamish Tait\n"
        "5 June 2031 2:30pm\n\nQueenstown's ski field has delayed its opening day by at "
        "least a week after a warm, dry start to winter left the slopes bare.\n\nThe Inkwells "
        "field near Queenstown still plans to open on June 14, relying on snowmaking."
    )
    assert (card.headline, card.author) == (
        "Ski field pushes back opening day as snow fails to show",
        "Hamish Tait",
    )
    assert card.published == datetime(2031, 6, 5, 14, 30, tzinfo=timezone(timedelta(hours=12)))
    assert card.source == "lakesscene.co.nz"


def test_a_magazine_apps_text_view_with_the_writers_name_alone_over_the_story() -> None:
    card = make_card(
        "Newsstand+\n‹ Pilbara Advertiser · Thursday 19 June 2031        Aa   ☆   ⤴\n"
        "Page 3 · Text view  (switch to page view)\n\nNEWS\n\n"
        "New dialysis chairs to end long trips for Pilbara patients\n\nTessa Marlow\n\n"
        "Pilbara kidney patients who have been forced to move to Perth for treatment will soon "
        "be able to return home, with eight new dialysis chairs set to open at the hospital.\n\n"
        "The health service said the new dialysis chairs would open before the end of the year."
    )
    assert (card.headline, card.author) == (
        "New dialysis chairs to end long trips for Pilbara patients",
        "Tessa Marlow",
    )


def test_a_writers_name_with_their_address_in_brackets_over_the_stamp() -> None:
    card = make_card(
        "bhherald.kr\n\nGiants walk off Twins in 11th as Sajik sells out again\n\n"
        "Kim Min-seo (mskim@bhherald.kr)\nPosted : 2031-06-17 22:31   Updated : 2031-06-17 23:05"
        "\n\nA two-out single in the bottom of the 11th inning gave the Giants a 5-4 victory "
        "over the Twins at Sajik Baseball Stadium on Tuesday night.\n\n"
        "The crowd of 22,990 stayed until the end of a game that lasted four hours."
    )
    assert card.author == "Kim Min-seo"


def test_a_sites_address_beside_the_reading_time_gives_its_countrys_clock() -> None:
    card = make_card(
        "kelantandaily.my  ·  3 min read\n\n"
        "Lorry driver jailed six years for crash that killed family of four\n\n"
        "by Farah Nadia Kamaruddin\nJune 16, 2031 @ 5:48pm\n\n"
        "A lorry driver was sentenced to six years in jail by the Sessions Court today after "
        "pleading guilty to causing the deaths of a family of four by reckless driving.\n\n"
        "The judge also ordered him to be disqualified from driving for 10 years."
    )
    assert card.published == datetime(2031, 6, 16, 17, 48, tzinfo=timezone(timedelta(hours=8)))


def test_a_town_of_three_words_in_title_case_before_a_colon_is_the_dateline() -> None:
    card = make_card(
        "RAK RECORD\nUAE | Science\n\nMeteorite fragments recovered in the desert\n\n"
        "Sana Qureshi, Staff Reporter\nPublished: Wed 26 Mar 2031, 10:35 AM\n\n"
        "Ras Al Khaimah: Scientists have recovered 11 fragments of a meteorite that fell in the "
        "desert, days after a bright fireball was filmed streaking across the sky.\n\n"
        "The largest of the pieces weighs 412 grams."
    )
    assert (card.dateline, card.body[0][:10]) == ("Ras Al Khaimah", "Scientists")


def test_a_town_named_by_a_word_of_indonesian_datelines_an_english_story_and_its_clock() -> None:
    # "Seremban" is a game of stones in Indonesian's dictionary, and a city of Malaysia
    card = make_card(
        "Negeri Sembilan Herald\nNEWS | STATE\n\n"
        "EV assembly plant to open in Seremban next year\n\nBy Kavitha Raman\n"
        "Thursday, 21 Aug 2031 · 12:30 PM\n\n"
        "SEREMBAN: A joint-venture electric vehicle assembly plant will open here next year, the "
        "state government said on Thursday.\n\n"
        "The plant is expected to employ 1,200 workers when it reaches full production."
    )
    assert (card.dateline, card.body[0][:5]) == ("SEREMBAN", "A joi")
    assert card.published.utcoffset() == timedelta(hours=8)


@pytest.mark.parametrize(
    ("chrome", "masthead"),
    [
        # a terminal feed reader's fields over the page
        (
            "newsboat 2.38 - Article '{h}' (1 unread, 1 total)\n"
            "Feed: The Harbour Sentinel - Local\nTitle: {h}\nAuthor: Owen Pryce\n"
            "Link: https://www.harboursentinel.co.uk/news/ferry-fares\nFlags: N\n\n",
            "The Harbour Sentinel\nNews > Transport",
        ),
        # a read-later app's card over it
        (
            "Saved · 3 min read\n{h}\nharboursentinel.co.uk\n\n",
            "THE HARBOUR SENTINEL\nNews | Transport",
        ),
        # the feed's fields alone name the paper: the page's copy has no masthead
        (
            "Feed: The Harbour Sentinel - Local\nTitle: {h}\nAuthor: Owen Pryce\n"
            "Link: https://www.example.com/news/ferry-fares\n\n",
            "",
        ),
    ],
)
def test_a_papers_masthead_over_its_own_headline_under_an_apps_title_names_it(
    chrome: str, masthead: str
) -> None:
    headline = "Island ferry fares to rise by a fifth from April, operator confirms"
    card = make_card(
        chrome.format(h=headline) + f"{masthead}\n{headline}\nBy Owen Pryce\n"
        "Friday 14 February 2031, 7:30am\n\n"
        "Ferry fares to the islands will rise by 20 per cent from April, the operator confirmed "
        "on Thursday, blaming fuel and crew costs.\n\n"
        "Councillors said the rise would hit families who travel to the mainland for hospital "
        "appointments hardest."
    )
    assert card.headline == headline
    assert card.source.casefold() == "the harbour sentinel"


@pytest.mark.parametrize(
    ("bar", "source"),
    [
        (
            "The Harbour Sentinel | News | Sport | What's On | Community | Jobs",
            "The Harbour Sentinel",
        ),
        # a menu alone names no outlet: its first item is a section's
        ("Island Life | Harbour | Ferries | Weather", None),
    ],
)
def test_a_papers_name_on_the_line_of_its_menu_after_bars(bar: str, source: str | None) -> None:
    card = make_card(
        f"{bar}\nTransport\nHarbour ferry timetable cut to four sailings a day over winter\n"
        "By Owen Pryce\nPublished: 16:35, 23 October 2031\n\n"
        "The island ferry will run four sailings a day instead of six from November, the "
        "operator confirmed on Thursday, blaming a shortage of crew.\n\n"
        "The operator said it hoped to restore the full timetable by spring."
    )
    assert card.source == source


def test_a_story_that_counts_in_pounds_keeps_britains_clock_over_a_namesake_town() -> None:
    # Elgin, Moray, is a tenth of Elgin, Illinois: the pounds say which
    card = make_card(
        "Moray Film Festival returns with biggest ever programme\n\nBy Calum MacLeod\n"
        "Published: 16:35, 23 October 2031\n\n"
        "The Moray Film Festival will return to Elgin next month with its biggest programme "
        "yet, backed by a £40,000 grant from the council.\n\n"
        "Screenings will run at six venues in Elgin, with tickets from £6.\n\n"
        "The opening night at Elgin Town Hall is almost sold out, organisers said."
    )
    assert card.published.utcoffset() == timedelta(hours=1)


def test_a_writer_named_said_over_the_stamp_in_a_story_that_says_said() -> None:
    # "Said", an Arabic name (Djibouti's, Indonesia's "Said Iqbal"), is no reporting verb here
    writers = [
        make_card(
            "THE HORN GAZETTE\nBusiness | Ports & Logistics\n\n"
            "Djibouti container volumes jump 18% as Red Sea traffic returns\n\n"
            f"{writer}\n12/06/2031 - 11:30\n\n"
            "DJIBOUTI, June 12 (HG) – Container throughput at Djibouti's ports rose 18 percent "
            "year on year in the first five months of 2031, the port authority said.\n\n"
            "The authority said terminals handled 612,000 units between January and May."
        ).author
        for writer in ("Abdourahman Said", "Said Abdurrahman")
    ]
    assert writers == ["Abdourahman Said", "Said Abdurrahman"]


def test_the_nation_of_lahore_is_not_bangkoks_nation() -> None:
    card = make_card(
        "The Nation\nHome  Pakistan  Business  World  Sports  Opinion\n\nBusiness\n\n"
        "SBP holds policy rate at 9pc, cites rising food prices\n\nImran Ali Khattak\n"
        "January 19, 2032 | 07:41 PM\n\n"
        "KARACHI - The State Bank of Pakistan on Monday kept its key policy rate unchanged at 9 "
        "percent, saying that a recent rise in food prices warranted caution.\n\n"
        "The decision was in line with what analysts in Karachi had expected."
    )
    assert card.published.utcoffset() == timedelta(hours=5)


def test_mount_gambier_is_south_australias_town_not_the_gambier_islands() -> None:
    card = make_card(
        "Council backs new aquatic centre\n\nBy Sam Kowalczyk\n"
        "Published: January 14, 2032 4:20 PM\n\n"
        "Mount Gambier's council has backed a new aquatic centre, the mayor said on Tuesday.\n\n"
        "The centre would replace Mount Gambier's 1960s pool, which closed last winter.\n\n"
        "Construction could start in Mount Gambier next year if funding is secured."
    )
    assert card.published.utcoffset() == timedelta(hours=10, minutes=30)


@pytest.mark.parametrize(
    "paper", ["Southern Coast Mirror", "Limestone Coast Leader", "Harbour Echo"]
)
def test_a_papers_name_by_its_word_over_its_menu_under_an_apps_push(paper: str) -> None:
    card = make_card(
        "Beamer\nDevices   People   Channels\n\nPushed from Galaxy A56 · 9:04 AM\n\n"
        f"{paper}\nHome | News | Business | Sports\nNews\n"
        "Beach loses a third of its sand as erosion outpaces replenishment\n"
        "Published: Thursday, 18 December 2031 07:40 AM\nBy Dinesh Wickramaratne\n\n"
        "The beach has lost roughly a third of its sand width in the past two years, a survey "
        "by the coast conservation department found.\n\n"
        "Hoteliers said the loss was already affecting bookings ahead of the peak season."
    )
    assert card.source == paper


def test_a_pictures_caption_naming_a_place_only_is_not_the_lede() -> None:
    card = make_card(
        "Record 141 patients on trolleys as nurses call for emergency measures\n\n"
        "by Aoife Brennan\nJanuary 12, 2032\n\nUniversity Hospital Limerick at Dooradoyle.\n\n"
        "A RECORD 141 patients were waiting on trolleys at University Hospital Limerick this "
        "Monday morning, the highest number recorded at any hospital in the country.\n\n"
        "The figure surpassed the previous high of 134 set at the same hospital last January."
    )
    assert [paragraph.split()[1] for paragraph in card.body] == ["RECORD", "figure"]


@pytest.mark.parametrize(
    ("island", "hours"), [("Grand Bahama", -5), ("Cape Breton", -4), ("Skye", 0)]
)
def test_a_story_of_an_island_keeps_its_clock(island: str, hours: int) -> None:
    card = make_card(
        "Ferry service cut for winter\n\nBy Staff Reporter\n"
        "Published: February 26, 2032 10:45 AM\n\n"
        f"{island}'s ferry operator will cut sailings for the rest of the winter, it said.\n\n"
        f"Residents of {island} said the cut would hit workers who commute to the mainland."
    )
    assert card.published.utcoffset() == timedelta(hours=hours)


def test_a_subscribe_button_beside_the_logo_is_no_outlet() -> None:
    # a phone's copy: the bar's logo and its button split to lines over the section
    card = make_card(
        "9:41 ◀ Search\ndailyinterlake.com\n\n☰  Daily Inter Lake  Subscribe\n\n"
        "Local News\nGoing-to-the-Sun Road plowing crews hit Big Drift ahead of schedule\n"
        "by CAROLYN MEIER-HOLT\nDaily Inter Lake | May 21, 2032 5:30 AM\n\n"
        "A rotary plow works through snow near the Big Drift on Going-to-the-Sun Road. "
        "(National Park Service photo)\n\n"
        "Plowing crews on Going-to-the-Sun Road reached the Big Drift on Tuesday, days ahead of "
        "last year's pace, park officials said.\n\n"
        "The road usually opens to vehicles in late June.\n\n"
        "Comments\nSubscribe for unlimited access\nDaily Inter Lake © 2032"
    )
    assert card.source == "Daily Inter Lake"


def test_a_story_of_goa_keeps_indias_clock() -> None:
    # Goa is India's smallest state, and a town of the Philippines by the world's list
    card = make_card(
        "Coastal road to close for monsoon repairs\n\nBy NT Network\n"
        "Published: January 16, 2032 10:30 PM\n\n"
        "Goa's public works department will shut the coastal road for six weeks of repairs, "
        "officials said.\n\nGoa's tourism lobby said the closure would hit the season's end, "
        "and asked for night work to shorten it.\n\nThe work is due to start in Goa next week."
    )
    assert card.published.utcoffset() == timedelta(hours=5, minutes=30)


def test_a_writer_and_the_papers_name_after_a_slash_under_the_standfirst() -> None:
    card = make_card(
        "PGC\nPrince George Courier\n☰ Menu   🔍\n\nNEWS  ›  LOCAL NEWS\n\n"
        "University to cut international intake by a third as federal cap bites\n\n"
        "Trimmed enrolment will leave university with $14-million hole, board told\n\n"
        "Morgan Tillsley / Prince George Courier\nJANUARY 20, 2031 1:10 PM\n\n"
        "The university will admit about one-third fewer new international students this fall, "
        "a cut administrators say will cost it $14 million in tuition.\n\n"
        "The board of governors was told of the cut on Friday."
    )
    assert card.author == "Morgan Tillsley"


def test_a_papers_tagline_naming_its_towns_under_a_readers_bar_is_no_headline() -> None:
    card = make_card(
        "Bookwise\nLibrary › Web clips (EPUB) › corsica-telescope.epub  🔍 🔖 Aa ⋯\n"
        "The Corsica Post — telescope test tunnel\nChapter 1 · 1 / 1\n\nTHE CORSICA POST\n"
        "News from Ajaccio, Bastia, Corte and the island\n\nSCIENCE\n\n"
        "Corsica's telescope bid: engineers begin test tunnel in the mountains\n\n"
        "By Marco Deiana\nAjaccio, 27 August 2031 - 10:25\n\n"
        "Engineers have started boring an exploratory tunnel in the mountains above Corte, "
        "between Ajaccio and Bastia, the first work on the island's bid to host the "
        "telescope.\n\nThe regional government in Ajaccio said the tunnel near Corte would be "
        "finished by spring, and Bastia's port would take the rock."
    )
    assert card.headline == "Corsica's telescope bid: engineers begin test tunnel in the mountains"


def test_a_print_head_of_the_sites_name_the_title_and_the_stamp_is_not_the_headline() -> None:
    address = "https://batangassentinel.com/provincial/2031/08/26/port-loan/"
    head = (
        "Batangas Sentinel - Provincial board rejects loan for port expansion        "
        "8/26/31, 9:15 AM"
    )
    card = make_card(
        f"{head}\n\nBATANGAS SENTINEL\nNews | Provincial | Business\n\nPROVINCIAL\n\n"
        "Provincial board rejects loan for port expansion\n\nBy Leonora M. Atienza\n"
        "Published August 26, 2031 7:30 AM\n\nThe provincial board on Tuesday voted 7-5 to "
        "reject a proposed loan that would have financed the expansion of the port.\n\n"
        f"{address}                    1/2\n\n{head}\n\n"
        "The loan was to be sourced from a government-owned bank and paid over 15 years.\n\n"
        f"{address}                    2/2"
    )
    assert card.headline == "Provincial board rejects loan for port expansion"
    assert not any("8/26/31" in paragraph for paragraph in card.body)


def test_a_feed_readers_row_of_feed_writer_and_day_parted_by_slashes() -> None:
    # Feedly's line under the headline: the feed, "by" the writer, the day
    card = make_card(
        "Harbour ferry fares to rise by 20 cents from October\n"
        "Straits Courier - Singapore / by Nur Aisyah Rahman / Sep 16, 2032\n\n"
        "SINGAPORE: Fares on the harbour ferry will rise by 20 cents from October, the "
        "operator said on Tuesday, citing higher fuel costs.\n\n"
        "Concession fares for students and seniors will not change, it said."
    )
    assert (card.author, card.published) == (
        "Nur Aisyah Rahman",
        datetime(2032, 9, 16, tzinfo=timezone(timedelta(hours=8))),
    )


def test_a_source_line_names_the_outlet_without_its_editors_initials() -> None:
    # A feed reader's saved page: its own name in the title, the story's source line at the
    # foot, the outlet then its editors' initials ("CNA/ct(ac)")
    paragraphs = "".join(
        f"<p>{text}</p>"
        for text in (
            "SINGAPORE: Fares on the harbour ferry will rise by 20 cents from October, the "
            "operator said on Tuesday, citing higher fuel costs of the past year.",
            "Concession fares for students and seniors will not change, it said, and the "
            "monthly pass will keep its price until the end of next year.",
            "Source: Straits Courier/ct(ac)",
        )
    )
    card = make_card(
        "<html><head><title>Harbour ferry fares to rise by 20 cents | Feedly</title></head>"
        "<body><nav><a href='#'>Today</a><a href='#'>Read Later</a></nav><article>"
        "<h1><a href='https://example.sg/ferry'>Harbour ferry fares to rise by 20 cents</a></h1>"
        f"<div>{paragraphs}</div></article></body></html>",
        content_type="text/html",
    )
    assert card.source == "Straits Courier"


def test_a_blogs_page_with_a_desk_byline_a_town_and_its_other_name_and_a_comment_form() -> None:
    # A WordPress paper pasted whole: "By Our Reporter" signs for the desk, the caption over
    # "Mysore/Mysuru:" (a town and its other name) is no story, and the neighbours' links and
    # the comment form under the story are no writer and no paragraph.
    card = make_card(
        "Star of Kodagu\nHome\nNews\nSports\n"
        "Coffee growers count losses after a week of rain\nJuly 23, 2032\nBy Our Reporter\n"
        "Share\nFacebook\nWhatsApp\n"
        "Growers drying what is left of the crop at a estate near Virajpet.\n"
        "Mysore/Mysuru: Coffee growers in Kodagu say a week of heavy rain has knocked off up to "
        "a third of the berries on their plants, weeks before the harvest.\n"
        "The planters' association said it would ask the State for a relief package.\n"
        "Read Previous\nKRS dam inflow rises to 28,000 cusecs\nRead Next\n"
        "MCC to clear encroachments on footpaths\nLeave a Reply\n"
        "Your email address will not be published. Required fields are marked *\n"
        "Save my name, email, and website in this browser for the next time I comment.\n"
        "Post Comment"
    )
    assert (card.author, card.dateline) == (None, "Mysore/Mysuru")
    assert card.body[0].startswith("Coffee growers in Kodagu")
    assert card.body[-1].startswith("The planters' association")


def _zoneless(outlet: str, story: str) -> Card:
    """A small paper's page that prints its time with no zone, over a story."""
    return make_card(
        f"{outlet}\nNews\nSport\n\nCouncil approves new youth centre for the town\n"
        f"Jul. 16, 2032 9:05 a.m.\n\n{story}\n\n"
        "Construction is expected to start next year, the council said."
    )


@pytest.mark.parametrize(
    ("outlet", "story", "hours"),
    [
        # the one place the story names, once: where it is written
        (
            "Katherine Times",
            "The council voted on Tuesday to build the centre beside the pool, the first of its "
            "kind in the Northern Territory outside Darwin's suburbs, it said.",
            9.5,
        ),
        # a territory of Canada in the paper's name
        (
            "Yukon News",
            "The council voted on Tuesday to build the centre beside the pool, it said.",
            -7,
        ),
        # "Kalgoorlie-Boulder" is no Boulder, Colorado, however often it is said
        (
            "Goldfields Miner",
            "Kalgoorlie-Boulder councillors voted on Tuesday to build the centre beside the "
            "pool. The Kalgoorlie-Boulder mayor said it would serve the whole of Western "
            "Australia's east. Boulder families have waited years for it.",
            8,
        ),
    ],
)
def test_a_zoneless_stamp_takes_the_clock_of_the_place_the_page_is_of(
    outlet: str, story: str, hours: float
) -> None:
    card = _zoneless(outlet, story)
    assert card.published == datetime(2032, 7, 16, 9, 5, tzinfo=timezone(timedelta(hours=hours)))


def test_a_page_printed_from_safari_keeps_its_header_and_footer_out_of_the_story() -> None:
    # Safari prints the title and site with the day and time far to the right on every
    # page, and the address with the page's number at the foot; the paper's notice names its
    # company ("The Valley Times Company")
    header = "Ferry fares to rise from October | The Valley Times                9/24/32, 8:03 AM"
    footer = "https://www.valleytimes.com/business/ferry-fares-to-rise/                Page 1 of 2"
    card = make_card(
        f"{header}\nBusiness | Transport\nFerry fares to rise from October\n"
        "Sep. 24, 2032 at 6:00 am\nBy Renata Olsen\nValley Times transport reporter\n"
        "Fares on the harbour ferry will rise by 20 cents from October, the operator said on "
        "Thursday, citing the cost of fuel.\n"
        "Concession fares for students and seniors will not change, it said.\n"
        f"Renata Olsen: rolsen@valleytimes.com; on X: @renataolsen.\n{footer}\n{header}\n"
        "Copyright © 2032 The Valley Times Company\n"
        f"{footer.replace('Page 1', 'Page 2')}"
    )
    assert (card.headline, card.source, card.author) == (
        "Ferry fares to rise from October",
        "The Valley Times",
        "Renata Olsen",
    )
    assert [p[:10] for p in card.body] == ["Fares on t", "Concession"]


def test_a_tickers_label_and_headlines_over_the_masthead_are_no_headline() -> None:
    # A WordPress theme's top: the site's day, "Latest:" over the ticker's headlines, the
    # paper's name and menu, the section, then the story's headline and "4 hours ago"
    card = make_card(
        "Sunday, July 18, 2032\nLatest:\nRain lashes Mardan, mercury drops\n"
        "Rescue operation continues for missing tourists\n"
        "Cabinet approves Rs12bn for southern districts roads\nThe Frontier Courier\nHome\n"
        "Pakistan\nKhyber Pakhtunkhwa\nWorld\nBusiness\nSports\nOpinion\nE-Paper\nHome\n"
        "Khyber Pakhtunkhwa\nSeven-day anti-polio drive to begin in Mardan tomorrow\n"
        "Our Correspondent\nSend an email\n4 hours ago\n0 2 minutes read\nFacebook\nX\n"
        "WhatsApp\n"
        "MARDAN: A seven-day anti-polio campaign will begin across the district on Monday, "
        "aiming to vaccinate over 600,000 children under the age of five, officials said.\n"
        "More than 2,400 teams will go door to door, the district health officer said."
    )
    assert (card.headline, card.source, card.author) == (
        "Seven-day anti-polio drive to begin in Mardan tomorrow",
        "The Frontier Courier",
        None,
    )
    assert card.published is not None and card.published.date().isoformat() == "2032-07-18"


def test_a_posters_note_ending_on_an_emoji_over_a_pasted_page_is_no_headline() -> None:
    # Slack: the channel, the poster and time, the note, the link and its card, then the
    # page pasted whole under them
    headline = "Taxi boss gets two life terms for ordering rank killings"
    card = make_card(
        "# eastern-cape-monitoring\nThandi Mokoena  10:22 AM\nCourt story from last night for "
        "the tracker. Full text below in case the link gets paywalled again 👇\n"
        "https://www.easterncourier.co.za/news/2032-07-20-taxi-boss-gets-two-life-terms/\n"
        f"Eastern Courier\n{headline}\nA taxi owner who paid hitmen to kill two rival operators "
        "has been sentenced to two life terms.\n\n"
        f"NEWS\n{headline}\nAsanda Nqolobe\nCourt reporter\n20 July 2032 - 17:42\n"
        "A taxi owner who paid hitmen to kill two rival operators at the rank has been "
        "sentenced to two life terms in the high court in East London.\n"
        "His lawyer said he would apply for leave to appeal.\nEASTERN COURIER\n"
        ":+1: 3  :eyes: 1\n1 reply\nLast reply today at 10:31 AM\n\n"
        "Lindiwe Dlamini  10:29 AM\nAdding to the tracker now. Thanks Thandi\n"
        "Message #eastern-cape-monitoring"
    )
    assert (card.headline, card.author, card.body[0][:36]) == (
        headline,
        "Asanda Nqolobe",
        "A taxi owner who paid hitmen to kill",
    )


def test_a_feed_readers_row_with_the_items_age_signs_it_and_visit_website_signs_nothing() -> None:
    card = make_card(
        "Yukon Courier\nMark as read\nSave to Board\n"
        "Whitehorse council approves new youth centre\nYukon Courier / by Dana Rutter / 3h\n\n"
        "Whitehorse city council approved a new youth centre beside the pool on Monday, the "
        "mayor said.\n\nConstruction is expected to begin next spring.\n\nVisit Website"
    )
    assert (card.author, card.body[-1]) == (
        "Dana Rutter",
        "Construction is expected to begin next spring.",
    )


def test_a_writer_then_published_and_updated_on_one_row() -> None:
    # Dawn: "Name Published <day> Updated about 12 hours ago" under the headline
    card = make_card(
        "DAWN\nHome Latest Pakistan Opinion Business World Sport\n"
        "Court strikes down 90-day detention law\n"
        "Shahid Mehmood Khan Published September 26, 2032 Updated about 12 hours ago\n"
        "WhatsApp Facebook X Email\n\n"
        "ISLAMABAD: The Supreme Court on Saturday struck down a law that allowed police to "
        "detain suspects for up to 90 days without charge.\n\n"
        "The government said it would study the judgment."
    )
    assert (card.author, card.published and card.published.date().isoformat()) == (
        "Shahid Mehmood Khan",
        "2032-09-26",
    )


_GLUED_TOPS = (
    # the writer's name run into the role beside it; an icon font's ligature copied as its
    # name between the day and the reading time
    ("By Priya RamanBusiness Reporter", "Thu., Oct. 14, 2032timer4 min. read"),
    ("Priya RamanNews Reporter", "Thu., Oct. 14, 2032 · 4 min. read"),
)


def test_a_name_run_into_its_role_and_an_icons_name_in_the_day() -> None:
    for byline, stamp in _GLUED_TOPS:
        card = make_card(
            "Lakeside Star\nHome\nBusiness\n\n"
            "Home sales sink 12% as buyers hold out for a rate cut\n"
            "Sellers are listing at the fastest pace since 2022, but many buyers are waiting.\n"
            f"{byline}\n{stamp}\n\n"
            "Home sales across the region fell 12 per cent in September compared with the same "
            "month last year, the real estate board said on Wednesday.\n\n"
            "New listings jumped 18 per cent to 16,210, the board said."
        )
        published = card.published and card.published.date().isoformat()
        assert (card.author, published) == ("Priya Raman", "2032-10-14"), byline


def test_a_writer_first_in_a_dotted_row_with_the_day_stays_the_writer() -> None:
    # "Name · Outlet · Posted: …": the row is read for its day and its writer both
    card = make_card(
        "Ontario education workers vote 91% in favour of strike mandate\n"
        "Union says walkout possible as early as October if talks with province fail\n"
        "Danielle Okafor · CBC News · Posted: Sep 22, 2032 7:00 PM EDT | Last Updated: 1 hour "
        "ago\nSocial Sharing\n\n"
        "Education workers at public school boards across Ontario have voted 91 per cent in "
        "favour of a strike mandate, their union says.\n\nTurnout was 78 per cent."
    )
    assert card.author == "Danielle Okafor"


_STAMPED_PAGES = {
    # the rand's amounts: a South African paper's clock
    "rand": (
        "Cape Courier\nNews\nPolitics\n\nOpposition threatens to walk out of budget talks\n"
        "Thandeka Mokoena\nPolitical Journalist\n28 Oct 2032, 14:32\n\n"
        "The opposition says it will not support the budget if the Treasury raises VAT, a "
        "move it says would raise R61 billion over three years.\n\n"
        "The party's finance spokesperson said the R61bn would fall hardest on the poor.",
        datetime(2032, 10, 28, 14, 32, tzinfo=timezone(timedelta(hours=2))),
    ),
    # the writer, the day and the time a line each under the standfirst (Bangor Daily News)
    "day over time": (
        "Bangor Courier\nHealth\nBlue Hill hospital will stop delivering babies next spring\n"
        "Expectant parents on the peninsula will have to drive to Ellsworth or Bangor.\n"
        "by Caleb Thorne\nOctober 8, 2032\n5:33 pm\nShare this:\n"
        "Blue Hill Hospital will stop delivering babies in April, the latest rural Maine "
        "hospital to close its birthing unit because of staffing shortages.\n"
        "The hospital delivered 61 babies last year, according to state data.",
        datetime(2032, 10, 8, 17, 33, tzinfo=timezone(timedelta(hours=-4))),
    ),
}


@pytest.mark.parametrize("kind", sorted(_STAMPED_PAGES))
def test_a_zoneless_stamps_clock_and_minute_from_what_the_page_says(kind: str) -> None:
    page, stamp = _STAMPED_PAGES[kind]
    assert make_card(page).published == stamp


@pytest.mark.parametrize(
    "credit",
    [
        "Courtesy of Lowell Observatory",
        "Courtesy NASA Meteoroid Environment Office",  # The Santa Fe New Mexican
        # the photographer in capitals and the paper's short name (Bismarck Tribune)
        "MIKE McCLEARY, TRIBUNE",
        "AMANDA LOMAN, ARIZONA DAILY SUN",
        "LUIS SÁNCHEZ SATURNO, NEW MEXICAN FILE PHOTO",
        "CHARLIE RIEDEL, ASSOCIATED PRESS",
        # the photographer and the post (The Gleaner)
        "Ricardo Makyn/Chief Photo Editor",
    ],
)
def test_a_share_rows_sms_and_a_caption_over_a_courtesy_credit_are_no_story(credit: str) -> None:
    # A US paper's page (BLOX): the share row ends on "SMS" and "Copy article link", the
    # lead picture's caption stands over its credit, then the story
    from digest.furniture import is_credit

    card = make_card(
        "Flagstaff Sun\nHome\nNews\nSports\nLocal\n"
        "Astronomers track small asteroid that will pass inside Moon’s orbit\nNadia Ortega\n"
        "Jul 9, 2032, 5:47 pm\nFacebook\nTwitter\nWhatsApp\nSMS\nEmail\nPrint\n"
        "Copy article link\nSave\n"
        "The observatory's telescope, shown in a 2029 file photo, captured images of the "
        f"asteroid on Wednesday and Thursday nights.\n{credit}\n"
        "Astronomers are helping track a newly found asteroid about the size of a school bus "
        "that will pass between Earth and the Moon early next week, the observatory said.\n"
        "There is no chance of a collision, a planetary scientist said."
    )
    assert card.source != "SMS"
    assert card.body[0].startswith("Astronomers are helping track")
    assert all(map(is_credit, ("Courtesy photo", "Eagle file photo", "Courtesy of the city")))
    # a dateline in capitals is no credit
    assert not any(map(is_credit, ("ST. JOHN'S, N.L.", "WASHINGTON, D.C.", "LAS VEGAS, NEVADA")))


def test_a_sections_line_over_a_signed_byline_under_the_caption_is_no_writer() -> None:
    # Nation (Kenya): the headline, the lead picture's caption and credit, the section and
    # its sub-section again, then "By …" and the writer's role
    card = make_card(
        "Nation\nNews\nSports\nAthletics\n"
        "Kipruto storms to marathon course record as Kenyans sweep podium\n"
        "Kenya's Dennis Kipruto crosses the finish line to win the marathon on October 17.\n"
        "Photo credit: AFP\nSports\nAthletics\nBy Evans Otieno\nSports Journalist\n"
        "October 17, 2032\nShare this article\n"
        "Dennis Kipruto led a Kenyan clean sweep at the marathon on Sunday, breaking the course "
        "record by 28 seconds.\nHis compatriots finished second and third."
    )
    assert card.author == "Evans Otieno"


def test_a_bylines_place_over_an_undatelined_story_is_its_dateline() -> None:
    card = make_card(
        "Hindustan Courier\nCities\n\nDelhi's air slips into 'very poor' zone as curbs kick in\n"
        "Delhi's average AQI stood at 318 on Tuesday, the worst so far this season.\n"
        "By Nikhil Varma, New Delhi\nOct 27, 2032 06:14 AM IST\nShare Via\n\n"
        "Delhi's air quality slipped into the very poor category on Tuesday, prompting the "
        "commission to invoke the second stage of its action plan.\n\n"
        "The minister said 300 anti-smog guns would be deployed."
    )
    assert (card.author, card.dateline) == ("Nikhil Varma", "New Delhi")


def test_a_file_photos_caption_related_reports_and_the_pitch_under_them_are_not_the_story() -> None:
    # Malaysiakini: the lead picture's caption opens the copy; "RELATED REPORTS" and the
    # subscription pitch follow the story's last paragraph
    card = make_card(
        "Malaysiakini\nNews\nSubscribe\nNEWS\n"
        "EC to trial biometric voter check in Bukit Serai by-election\n"
        "Kevin Lim Jun Hao\nPublished: Feb 23, 2033 3:48 PM\nfacebook\nX\n8 comments\n"
        "File photo of voters queueing at a polling centre.\n\n"
        "The Election Commission (EC) will trial a biometric voter verification system at 12 "
        "polling centres during the Bukit Serai state by-election next month, its chairperson "
        "Azizah Mohd Yusof said today.\n\n"
        "Azizah said the commission would publish a full evaluation report within 60 days after "
        "polling.\n\nRELATED REPORTS\nBukit Serai by-election: Nomination set for March 5\n"
        "EC mulls weekend polling for next GE\n"
        "Malaysiakini is independent journalism. Support us by subscribing for RM0.50 a day.\n"
        "Subscribe now\n© 2033 Mkini Dotcom Sdn Bhd. All rights reserved."
    )
    first, *_, last = card.body
    assert first.startswith("The Election Commission (EC) will trial")
    assert last.startswith("Azizah said the commission would publish")


def test_a_follow_prompt_opening_on_if_you_like_what_you_read_is_not_the_story() -> None:
    page = (
        "Mothership\nMenu\n"
        "S'pore hawker gives free meals to delivery riders after midnight: "
        "'They also need to eat'\n"
        "Faith Ang Hui Min |\nFebruary 16, 2033, 05:04 PM\n\n"
        "A hawker in Bedok has been giving free meals to food delivery riders who come by his "
        "stall after midnight.\n\nLim said he has no plans to stop, even though his wife "
        "initially scolded him for spending the money.\n\nTop image via Lim Teck Seng\n"
        "If you like what you read, follow us on Facebook, Instagram, X and Telegram to get the "
        "latest updates.\nRelated Stories\nGrab and foodpanda riders to get CPF top-ups from April"
    )
    assert make_card(page).body[-1].startswith("Lim said he has no plans to stop")


@pytest.mark.parametrize(
    "pitch",
    [
        "Daily Maverick Insiders help keep our journalism free for everyone. Join the community "
        "today.",
        "At Premium Times, we firmly believe in the importance of high-quality journalism. "
        "Recognizing that not everyone can afford costly news subscriptions, we are dedicated to "
        "delivering meticulously researched, fact-checked news that remains freely accessible to "
        "all.",
        "Get unlimited access to our analysis, data and archive. Subscribe to Premium for $5.",
        "Dapatkan akses penuh ke analisis putusan, peraturan terkait, dan dokumen pendukung "
        "dengan berlangganan Hukumonline Pro.",
    ],
)
def test_an_outlets_appeal_for_its_readers_money_is_not_the_story(pitch: str) -> None:
    kept = (
        # the story's own words on journalism and money stay: no "we" asking the reader
        "The foundation said the grant would support independent journalism in Papua and "
        "help local newsrooms pay reporters.",
        "Members of the press council said subscriptions had fallen by a third since 2030.",
    )
    card = make_card(
        "Lagos Ledger\nNews\n\nPress foundation funds newsrooms in three provinces\n\n"
        "By Ada Obi\nFebruary 9, 2033\n\n"
        "A press foundation will fund newsrooms in three provinces this year, its director said "
        f"on Wednesday.\n\n{kept[0]}\n\n{pitch}\n\n{kept[1]}\n\nTags: media, grants"
    )
    assert card.body[1:] == kept


def test_a_match_reports_result_line_team_sheets_and_officials_are_not_the_story() -> None:
    story = (
        "Two tries in the last 14 minutes from winger Tane Wiremu lifted South Sydney to a "
        "24-18 win over the Sydney Roosters on Saturday night.",
        "The Roosters will sweat on the fitness of five-eighth Leo Barrett, who left the field "
        "late with a hamstring complaint.",
    )
    card = make_card(
        "The Sydney Morning Herald\nNRL\n\nWiremu double sinks Roosters as Souths grind out win"
        "\n\nBy Adam Pengilly\nMarch 19, 2033 — 9.58pm\n\n"
        "South Sydney 24 (Tane Wiremu 2, Josh Kiriau, Billy Mahon tries; Cody Brennan 4 goals) "
        "bt Sydney Roosters 18 (Marcus Tupou, Sione Fifita, Leo Barrett tries; Jack Dowd 3 "
        "goals) at Accor Stadium. Crowd: 31,482.\n\n"
        f"{story[0]}\n\n{story[1]}\n\n"
        "South Sydney: Cody Brennan, Tane Wiremu, Josh Kiriau, Isaiah Mafi, Billy Mahon, Kalani "
        "Rewi, Tom Aldridge, Sam Pope. Interchange: Ollie Grant, Viliami Ahio.\n"
        "Coventry City: Wilkes; Okafor, Thomason, Ridley, Da Costa; Ellery, Sheard, Ruddock "
        "(Allan 78); Nakamura, Whitlock, Wray (Thorsen 70). Subs not used: Willis, Howe.\n"
        "Referee: Adam Kerr.\nAttendance: 27,104 (2,640 away)."
    )
    assert card.body == story


def test_a_science_sites_and_newsletters_notes_around_the_story_are_not_the_story() -> None:
    story = (
        "Three summers of marine heatwaves killed about 90% of the giant bull kelp forests "
        "along the coast, researchers said.",
        "The team is now working with local iwi to trial reseeding at four sites near Karitane.",
    )
    notes = (
        "Save articles to read later and create your own reading list.",
        "This article has been reviewed according to Science X's editorial process and "
        "policies. Editors have highlighted the following attributes while ensuring the "
        "content's credibility:",
        "edited by Lena Marsh, reviewed by Robert Kahale",
        "Get the biggest daily stories by email",
        "You may occasionally receive promotional content from the Los Angeles Times.",
        "This content was commissioned by Nikkei's Global Business Bureau.",
    )
    card = make_card(
        "Phys.org\nEarth\n\nMarine heatwaves wiped out 90% of southern kelp forest\n\n"
        "by University of Otago\nMarch 23, 2033\n\n"
        + "\n\n".join((*notes[:3], story[0], *notes[3:], story[1]))
        + "\n\nMore information: Mereana Tait et al, Dormant microscopic stages sustain bull "
        "kelp recovery, Global Change Biology (2033). DOI: 10.1111/gcb.70312\n\n"
        "This document is subject to copyright. Apart from any fair dealing for the purpose of "
        "private study or research, no part may be reproduced without the written permission."
        "\n\nNo reproduction without permission."
    )
    assert card.body == story


def test_key_highlights_over_a_datelined_story_and_a_place_alone_over_it() -> None:
    lead = (
        "The rupee slid to a fresh all-time low of 97.79 against the US dollar on Friday, as a "
        "jump in crude oil prices pushed importers to scramble for dollars."
    )
    # The Times of India: "Key Highlights", three points, then "MUMBAI: …"
    card = make_card(
        "Times of India\nBusiness\n\nRupee hits record low as oil climbs\n\n"
        "Nandini Rao / TNN / Updated: Mar 4, 2033, 14:22 IST\nKey Highlights\n"
        "The rupee fell 41 paise in early trade as Brent crude crossed $96 a barrel.\n"
        "Dealers said state-run banks sold dollars on behalf of the RBI near 97.80.\n"
        f"MUMBAI: {lead}\nThe currency opened at 97.52 and weakened through the morning, "
        "dealers said."
    )
    assert (card.dateline, card.body[0]) == ("MUMBAI", lead)
    # Kyodo on Japan Today: "TOKYO" alone on a line over the story
    card = make_card(
        "Japan Today\nNational\nH3 rocket launches lunar lander carrying Japanese-built rover\n"
        "Mar. 12, 2033 06:25 am JST\n27 Comments\n"
        "The H3 rocket lifts off from the Tanegashima Space Center on Friday. Image: KYODO\n"
        f"TOKYO\n{lead}\nThe lander is scheduled to touch down near the moon's south pole."
    )
    assert (card.source, card.dateline, card.body[0]) == ("Japan Today", "TOKYO", lead)


@pytest.mark.parametrize("wire", ["and News Agencies", "and agencies", "and Reuters"])
def test_the_wires_a_writer_shares_a_byline_with_are_no_writer(wire: str) -> None:
    # Al Jazeera's "By Zeynep Bilgin and News Agencies", The Guardian's "… and agencies"
    author = make_card(
        "Al Jazeera\nNews\n\nTurkiye earthquake: death toll rises to 61\n\n"
        f"By Zeynep Bilgin {wire}\nPublished On 14 Mar 2033\n\n"
        "The number of people killed in the earthquake in eastern Turkiye has risen to 61, the "
        "disaster agency says.\n\nRescue teams are searching collapsed buildings in Malatya."
    ).author
    assert author == "Zeynep Bilgin"


def test_a_columnists_note_over_the_column_is_not_its_first_paragraph() -> None:
    first = (
        "Last Saturday, for the ninth time this summer, the water stopped in my street in "
        "Orlando East. There was no notice on the city's app."
    )
    card = make_card(
        "Daily Maverick\nOPINIONISTA\n"
        "Johannesburg's taps are running dry because nobody is in charge of the pipes\n"
        "Thando Mokoena\n05 Mar 2033\n"
        "Thando Mokoena is an urban governance researcher at the Wits School of Governance and "
        f"a former ward councillor.\n{first}\n"
        "This is not a drought story. Rand Water has, by its own account, enough bulk supply."
    )
    assert (card.author, card.body[0]) == ("Thando Mokoena", first)


def test_a_menus_more_news_is_no_masthead_and_the_foots_company_names_the_paper() -> None:
    # Premium Times: "More News" in the menu, "Copyright © 2033 Premium Times Services
    # Limited." at the foot; no masthead over the menu (with its own, "Premium Times
    # Nigeria" under the site's day, the page names itself: test_the_papers_name_under_…)
    source = make_card(
        "Skip to content\nMonday, March 7, 2033\nFacebook\nSubscribe\n"
        "Home\nNews\nTop News\nMore News\nBusiness\nHealth\n"
        "Lassa fever: Death toll rises to 112 as NCDC confirms cases in 23 states\n"
        "by Chiamaka Eze\nMarch 7, 2033\n4 min read\n"
        "The Nigeria Centre for Disease Control and Prevention has confirmed 29 new deaths from "
        "Lassa fever in one week, bringing the toll this year to 112.\n"
        "The agency disclosed this in its latest situation report, published on Sunday.\n"
        "About Us\nContact Us\nCopyright © 2033 Premium Times Services Limited."
    ).source
    assert source == "Premium Times"


def test_a_reach_pages_glued_breadcrumb_and_update_stamp() -> None:
    # WalesOnline, copied on a phone: the breadcrumb "Wales News" / "Crime" runs together
    # under the standfirst, and "Updated" runs into the first stamp
    card = make_card(
        "WalesOnline\nNews\nWales News\nCrime\n"
        "Man who ran drug line from Cardiff flat while on licence jailed for eight years\n"
        "Police found £46,000 in cash hidden in a sofa and a freezer at the flat in Grangetown\n"
        "Wales NewsCrime\nJessica Rees Court Reporter\n"
        "13:42, 15 Mar 2033Updated13:45, 15 Mar 2033\nBookmark\nShare\n"
        "A man who ran a cocaine and cannabis deal line from a flat in Cardiff while on licence "
        "has been jailed for eight years.\n"
        "Cardiff Crown Court heard that officers found the cash during a search in October."
    )
    assert (card.author, card.published) == (
        "Jessica Rees",
        datetime(2033, 3, 15, 13, 42, tzinfo=UTC),
    )


@pytest.mark.parametrize(
    "facts",
    [
        # the Liverpool Echo: a side's formation before its sheet, the unused substitutes
        "EVERTON (4-2-3-1): Lindqvist; Mensah, Holloway, Adeyemi-Clarke, Coleby; Dobbin "
        "(Ward 70), Ferreira; Iroegbu, Whitlock (Sane 70), Nkemelu; Rasmussen (Carver 84).\n"
        "Subs not used: Lockyer, Stanek, Fofana, Gilroy, Amankwah.",
        # the Irish Independent: scorers with their scores, sheets and referee after a dash
        "Scorers – Kerry: S O Cinneide 0-7 (4f), D Fitzmaurice 1-1, T Lucey 0-3.\n"
        "Galway: M Naughton 0-6 (3f, 1 2pt), E Kilgallon 1-2, D Conneely 0-3, S Furey 0-2.\n"
        "KERRY – B Sheehy; J Daly, P O'Rourke, D Cronin; G Horan, T O Loingsigh, E Walsh; M O Se, "
        "R Dineen; C Breen.\nReferee – B Cawley (Kildare).",
        # the Daily Mirror (Sri Lanka): the innings, the result, the player of the match
        "Ireland 231 in 48.2 overs (Conor Mulholland 78, Ross Kilbride 41; Sahan Dilruksha "
        "4/39)\nResult: Sri Lanka won by 7 wickets\nPlayer of the Match: Sahan Dilruksha",
        # IOL: each side's points scorers
        "Stormers 27 – Tries: Luan Pretorius, Siya Ntlokwana. Conversions: Manie Oosthuizen (3)."
        "\nLeinster 24 – Tries: Ruairi Geoghegan (2). Penalties: Ciaran Frawley (2).",
    ],
)
def test_a_match_reports_facts_in_each_sports_own_form_are_not_the_story(facts: str) -> None:
    story = (
        "Kerry held off a late Galway surge to win the league final by three points on Sunday.",
        "Both counties now turn their attention to the provincial championships next month.",
    )
    body = make_card(
        "Sport Daily\nSport\n\nKerry hold on to take league title\n\nBy Cian Moriarty\n"
        f"April 3, 2033\n\n{story[0]}\n\n{story[1]}\n\n{facts}\n\n"
        "Stay up to date with the latest news, sport and entertainment from Sport Daily."
    ).body
    assert body == story


@pytest.mark.parametrize(
    "clutter",
    [
        "This advertisement has not loaded yet, but your article continues below.",
        "This report by The Canadian Press was first published April 7, 2033.",
        "Stocks in this article",
        "Help safeguard press freedom & keep HKFP free for all readers by supporting our team.",
        "All rights reserved. This material, and other digital content on this website, may "
        "not be reproduced, published, broadcast, rewritten or redistributed in whole or in "
        "part without prior express written permission from PUNCH.",
        "*) Penulis adalah dosen Pendidikan Bahasa Inggris Universitas Pendidikan Ganesha.",
        "Highlights:\nInflow up 27% year-on-year to $3.4 billion\n"
        "Nine-month total crosses $26 billion for first time",
    ],
)
def test_partners_ad_breaks_wire_lines_ticker_labels_appeals_and_notes(clutter: str) -> None:
    story = (
        "Expatriates sent home a record $3.41 billion in March, the highest monthly inflow in "
        "the country's history, central bank data showed on Sunday.",
        "Bankers said the narrower gap between the official and kerb rates drew more money "
        "through formal channels.",
    )
    body = make_card(
        "The Daily Ledger\nEconomy\n\nRemittances hit a record in March\n\nBy Ana Lee\n"
        f"April 5, 2033\n\n{clutter}\n\n{story[0]}\n\n{clutter}\n\n{story[1]}\n\n{clutter}"
    ).body
    assert body == story


@pytest.mark.parametrize(("city", "dateline"), [("Pune", "Pune"), ("Downtown", None)])
def test_a_city_before_the_stamp_between_bars_is_the_dateline(
    city: str, dateline: str | None
) -> None:
    # The Indian Express: "Pune | Updated: …" under the byline, and the story opens on no
    # dateline of its own; a city of 100,000 people or more, whatever the topics' gazetteer
    # holds, and no other word
    card = make_card(
        "The Indian Express\nCities\n\n"
        "Pune hospitals begin enrolling teenagers for trial of new TB vaccine\n\n"
        f"Written by Ritika Deshpande\n{city} | Updated: April 19, 2033 21:10 IST\n\n"
        "Three hospitals began enrolling teenagers on Tuesday for the final trial of a new "
        "tuberculosis vaccine, officials said.\n\nThe trial will enrol 4,200 adolescents."
    )
    assert card.dateline == dateline


def test_a_live_blogs_key_points_end_at_its_first_entrys_clock() -> None:
    # NZ Herald: "Key points:", three one-sentence points, then the newest entry under its
    # clock ("10.32am"); the points are no story, the entry is its first paragraph
    entry = (
        "Residents in low-lying parts of Te Karaka have been told to leave their homes before "
        "midday as the river continues to rise."
    )
    body = make_card(
        "NZ Herald\nLive\n"
        "Cyclone Kirra live: State of emergency in Gisborne as 200mm of rain forecast\n"
        "By Aroha Tipene\n13 Mar, 2033 07:45 AM\n4 mins to read\nKey points:\n"
        "A state of emergency has been declared in Tairawhiti after a red heavy rain warning.\n"
        "State Highway 2 between Gisborne and Wairoa is closed at Tiniroto.\n"
        "Evacuation centres have opened at Gisborne Boys' High School.\n"
        f"10.32am\n{entry}\n\n"
        "The Civil Defence controller said the river was expected to peak in the afternoon.\n"
        "9.50am\nMetService says the worst of the rain will fall between 10am and 6pm."
    ).body
    assert body[0] == entry
    assert not any("Tiniroto" in paragraph for paragraph in body)


def test_an_outlets_thanks_and_standards_note_in_its_appeal_box_are_not_the_story() -> None:
    # Premium Times thanks its readers in the box that asks for their money; HKFP states its
    # standards in its own. Neither is the story's last paragraph.
    last = (
        "Lassa fever is an acute viral haemorrhagic illness transmitted to humans through "
        "contact with food or household items contaminated with rat urine."
    )
    for box in (
        "Whether you turn to Premium Times for daily updates, in-depth investigations into "
        "pressing national issues, or entertaining trending stories, we value your readership.",
        "HKFP has an impartial stance, transparent funding, and balanced coverage guided by an "
        "Ethics Code and Corrections Policy.",
    ):
        card = make_card(
            "Lassa fever deaths rise to 112 as NCDC warns states\n"
            "By Chiamaka Eze\nApril 21, 2033\n"
            "The Nigeria Centre for Disease Control said on Monday that deaths from Lassa fever "
            "this year had risen to 112, with cases confirmed in 21 states.\n"
            f"{last}\n{box}\nTags: Lassa fever, NCDC"
        )
        assert card.body[-1] == last
    # said in a story, the same words are the story's
    spoken = "“We value your readership above all,” the publisher told staff on her last day."
    card = make_card(f"Publisher retires after 40 years\nBy Ada Obi\nApril 21, 2033\n{spoken}")
    assert card.body == (spoken,)


def test_a_result_line_over_the_byline_is_no_writer() -> None:
    # a match report's result under the headline and caption, the writer under it: the
    # result names two sides and their scores, no one
    for result in ("Kerry 1-19 Galway 1-16", "Arsenal 2 Chelsea 1"):
        card = make_card(
            "Kerry hold off Galway fightback to claim first league title in four years\n"
            "Kerry’s Darragh Fitzmaurice celebrates at Croke Park. Photo: Sportsfile\n"
            f"{result}\nCian Moriarty\nSun 3 Apr 2033 at 18:42\n"
            "Kerry have not always cared much for the league, but they looked like a side who "
            "wanted this one.\n"
            "A first-half goal from Darragh Fitzmaurice carried them to a three-point win over "
            "Galway in front of 41,206 at Croke Park this afternoon."
        )
        assert card.author == "Cian Moriarty"


def test_an_outlets_name_run_together_under_the_skip_link_names_it() -> None:
    # ScienceDaily's logo over its tagline, a section's heading over the headline: the name
    # run together is the outlet, the heading is not
    card = make_card(
        "Skip to main content\nScienceDaily\nYour source for the latest research news\n"
        "Health\nTech\nEnviro\nScience News\nfrom research organizations\n"
        "Faint tremor swarms under New Zealand's Alpine Fault track slow build-up of stress\n"
        "Date:\nApril 8, 2033\nSource:\nUniversity of Otago\n"
        "Seismologists have found that swarms of faint, deep tremor beneath New Zealand's "
        "Alpine Fault switch on and off in step with changes in the stress on the fault.\n"
        "The tremor comes from about 25 to 45 kilometres down, below the part of the fault "
        "that locks between earthquakes, the team said."
    )
    assert card.source == "ScienceDaily"


def test_the_sites_title_over_its_menu_names_the_outlet_and_a_menu_item_does_not() -> None:
    # The Daily Mirror of Sri Lanka: its name and tagline over the page, then a menu in which
    # "Life Online" is one section among others
    menu = "Today's Paper\nVideo\nOpinion\nLife Online\nSports\nBusiness\n"
    story = (
        "Sri Lanka seal ODI series as Wanigasekara century sinks Ireland in Pallekele\n"
        "22 April 2033 09:12 pm\nBy Niroshan Wijesekera\n"
        "Sri Lanka wrapped up the three-match series with a game to spare on Friday, chasing "
        "232 with 35 balls left at the Pallekele International Cricket Stadium.\n"
        "Opener Dilan Wanigasekara made 104 off 118 balls, his second one-day century."
    )
    titled = make_card(
        f"Daily Mirror - Sri Lanka Latest Breaking News and Headlines\nFri, 22 Apr 2033\n"
        f"{menu}{story}"
    )
    assert titled.source == "Daily Mirror"
    assert titled.headline.startswith("Sri Lanka seal ODI series")
    assert make_card(f"{menu}{story}").source != "Life Online"


def test_a_tribune_top_with_all_sections_weather_and_a_barred_byline() -> None:
    # The Chicago Tribune: "All Sections", the weather and the e-Edition link over its menu,
    # the section and a bar over the headline, the picture's caption under the share links,
    # then "By Name | Chicago Tribune"
    card = make_card(
        "Skip to content\nAll Sections\nSubscribe Now\n55°F\nSunday, April 10th, 2033\n"
        "Today's e-Edition\nLog In\nChicago Tribune logo\nBreaking News\nChicago\nSuburbs\n"
        "Sports\nObituaries\nObituaries\n|\n"
        "Rosalinda Ortega, whose Pilsen bakery fed three generations of neighbors, dies at 84\n"
        "Share this:\nClick to share on Facebook (Opens in new window)\n"
        "Rosalinda Ortega behind the counter of Panadería La Estrella on West 18th Street in "
        "2009. (Family photo)\n"
        "By Graham Pettibone | Chicago Tribune\n"
        "PUBLISHED: April 10, 2033 at 5:30 AM CDT | UPDATED: April 10, 2033 at 9:12 AM CDT\n"
        "Rosalinda Ortega opened her bakery on West 18th Street in 1976 with two ovens, a "
        "borrowed mixer and a promise to her husband that she would give it one year.\n"
        "She ran it for 47 years, her daughter said."
    )
    assert card.headline.startswith("Rosalinda Ortega, whose Pilsen bakery")
    assert (card.source, card.author) == ("Chicago Tribune", "Graham Pettibone")
    assert card.body[0].startswith("Rosalinda Ortega opened her bakery")


def test_edit_notes_priced_offers_and_writer_cards_under_the_story_are_not_the_story() -> None:
    last = (
        "The teachers' union said it would seek to bargain over the effects of the closures. "
        "The first affected schools will close in June."
    )
    story = (
        "Boston to close six schools as enrolment falls\nBy Nadia Okafor\nMay 9, 2033\n"
        "Boston will close six schools over the next two years, the school committee decided "
        f"on Tuesday after a four-hour meeting.\n{last}\n"
    )
    for foot in (
        # the Boston Globe's correction, Science's update note (a clock inside it)
        "Correction: Because of a reporting error, an earlier version of this story misstated "
        "the number of students who will have to change schools. It is about 2,300.",
        "*Update, 25 May, 10:15 a.m.: This story has been updated to correct the affiliation "
        "of Ruth Akinyemi.",
        # a paper's price (the Ashburton Guardian), the writers' cards (the Mail & Guardian)
        "The Ashburton Guardian has been telling Mid Canterbury’s stories since 1879. "
        "Subscribe today from $3.50 a week.",
        "Lizeka Dlamini\nLizeka Dlamini is a political reporter at the Mail & Guardian.",
    ):
        assert make_card(story + foot).body[-1] == last
    # the story's own sentence about a price is the story's
    priced = "Residents can subscribe for $5 a month to the new bus pass, the council said."
    assert make_card(story + priced).body[-1] == priced


def test_a_consent_dialog_over_the_page_is_neither_outlet_nor_headline() -> None:
    story = (
        "Stormont Executive agrees three-year budget after months of deadlock\n"
        "By Niamh McCartan\n17 May, 2033 18:02\n"
        "The Stormont Executive has agreed a three-year budget for the first time since "
        "devolution was restored, ending months of deadlock.\n"
        "The plan sets departmental spending of £17.9 billion next year, ministers said."
    )
    for dialog in (
        "This site uses cookies\nWe use cookies and similar technologies to help our site work, "
        "to understand how it is used and to show you personalised advertising. You can choose "
        "which cookies we use by selecting Manage Preferences.\nAccept All\nManage Preferences\n"
        "The Irish News\n",
        "Cookies on The Irish News\nThis site uses cookies to give you the best experience. By "
        "continuing to browse you are agreeing to our use of cookies. Find out more in our "
        "privacy policy.\nAccept\nCookie settings\nThe Irish News\n",
    ):
        card = make_card(dialog + story)
        assert card.headline.startswith("Stormont Executive agrees")
        assert (card.source, card.author) == ("The Irish News", "Niamh McCartan")
        assert card.body[0].startswith("The Stormont Executive has agreed")


def test_a_star_advertiser_top_its_share_row_credit_first_caption_and_updated_clock() -> None:
    # The Honolulu Star-Advertiser: the menu's "Top News" over a tide ticker and the section,
    # a day-only stamp and "Updated 9:15 p.m.", the credit in capitals over the caption, and a
    # share row that ends on "Comment" over the story
    card = make_card(
        "Honolulu Star-Advertiser\nFriday, May 27, 2033\n84°\nToday's Paper\nSubscribe\n"
        "Breaking News\nHawaii News\nSports\nObituaries\nVideos\nTop News\n"
        "SURF: North 1-3 ft · West 2-4 ft | TIDES: High 2:41 p.m. 2.1 ft\nHawaii News\n"
        "Filming of ‘Tradewinds’ second season to bring 600 jobs to Oahu\n"
        "By Nina Kealoha\nnkealoha@staradvertiser.com\nMay 26, 2033\nUpdated 9:15 p.m.\n"
        "COURTESY SUNDIAL PICTURES\n"
        "Actors Keoni Akana, left, and Maile Cho are shown on the set of “Tradewinds” at "
        "Kualoa Ranch during filming of the first season in 2032.\n"
        "Facebook\nTwitter\nEmail\nPrint\nComment\n\n"
        "The streaming drama “Tradewinds” will film its entire second season on Oahu beginning "
        "in August, a production that state officials say will employ about 600 local people.\n\n"
        "“The story is about this place,” executive producer Renée Hasegawa said."
    )
    assert card.source == "Honolulu Star-Advertiser"
    assert card.published == datetime(2033, 5, 26, tzinfo=ZoneInfo("Pacific/Honolulu"))
    assert card.body[0].startswith("The streaming drama")
    assert len(card.body) == 2
    assert card.key_quote is not None and card.key_quote.speaker == "Renée Hasegawa"
    # a related block after the share row under the story still ends it
    first, last = card.body
    footed = make_card(
        f"Filming of ‘Tradewinds’ second season to bring 600 jobs to Oahu\nMay 26, 2033\n"
        f"{first}\n{last}\nShare this:\nFacebook\nTwitter\nRelated Stories\n"
        "Maui harbor repairs to start in September after long delay\n"
        "Langganan ringkasan berita: kirim SUBSCRIBE ke redaksi"
    )
    assert footed.body == (first, last)


def test_a_tribune_india_page_its_filed_place_representational_photo_and_asserted() -> None:
    # The Tribune (Chandigarh): the town and day under the writer and the news service, an
    # "Updated At" stamp, a stock picture's note, a quote a judge "asserted"
    card = make_card(
        "The Tribune\nSubscribe\nPunjab\n"
        "HC raps Punjab over delay in compensation to stubble-fire victims’ families\n"
        "Orders payment within six weeks, says state cannot hide behind ‘procedural wrangles’\n"
        "Ramesh Kaushal\nTribune News Service\nChandigarh, May 27\n"
        "Updated At : 11:05 PM May 27, 2033 IST\nFollow Us\n"
        "Photo for representational purpose only. File photo\nAdvertisement\n"
        "The Punjab and Haryana High Court has pulled up the Punjab Government for failing to "
        "pay compensation to the families of five persons who died in road accidents.\n"
        "“The State cannot be permitted to hide behind procedural wrangles when the right to "
        "life of its citizens is at stake,” Justice Amarjot Kaur Bhatti asserted\n"
        "The matter will now come up for compliance on July 15."
    )
    assert card.dateline == "Chandigarh"
    assert card.author == "Ramesh Kaushal"
    assert card.published == datetime(2033, 5, 27, 23, 5, tzinfo=ZoneInfo("Asia/Kolkata"))
    assert card.body[0].startswith("The Punjab and Haryana High Court")
    assert card.key_quote is not None and card.key_quote.speaker == "Amarjot Kaur Bhatti"


def test_a_town_abroad_and_a_full_stop_open_an_english_story_as_its_dateline() -> None:
    # The Citizen (Tanzania): "Dodoma." opens the story, a town no gazetteer of topics holds;
    # a word that is no town ("Yes.") opens a sentence
    story = (
        "Parliament passes Bill creating independent body to run local government polls\n"
        "By Rehema Mwakalinga\nTuesday, May 10, 2033\n"
        "{opening} The National Assembly yesterday passed a Bill establishing an independent "
        "commission to oversee local government elections.\n"
        "The Bill now goes to the President for assent, the Speaker said."
    )
    card = make_card(story.format(opening="Dodoma."))
    assert card.dateline == "Dodoma"
    assert card.body[0].startswith("The National Assembly yesterday")
    assert make_card(story.format(opening="Yes.")).dateline is None


def test_a_longer_caption_over_a_labelled_photo_credit_is_not_the_lead() -> None:
    # The Press (Christchurch): a caption of seventeen words over "Photo: Name / The Press",
    # under the standfirst, the byline and the share buttons
    card = make_card(
        "Christchurch ratepayers face 7.9% rise after council rejects deeper cuts\n"
        "Councillors voted 10-7 to adopt the long-term plan, ending a marathon meeting.\n"
        "Ewan Hartley\nLocal Democracy Reporter\nPublished May 25 2033, 12:42pm\nShare\nSave\n"
        "Christchurch City Council’s chamber on Tuesday, where councillors debated the budget "
        "for more than 14 hours.\nPhoto: Ruby Tane / The Press\n"
        "Christchurch homeowners will pay an average of 7.9% more in rates from July after the "
        "city council rejected a bid to cut the rise to 5%.\n"
        "Councillors voted 10-7 on Wednesday morning to adopt the city’s long-term plan."
    )
    assert card.body[0].startswith("Christchurch homeowners will pay")


def test_a_caption_glued_to_its_photographers_credit_and_a_split_byline() -> None:
    # OregonLive: the caption's last sentence runs into "Beth Nakamura / The Oregonian", and
    # "By" stands alone over "Lena Marchetti | The Oregonian/OregonLive"
    card = make_card(
        "OregonLive.com\nBusiness\n"
        "Cascadia Photonics to close Hillsboro chip lab, cut 1,100 jobs\n"
        "Updated: May. 02, 2033, 6:12 p.m.\n|\nPublished: May. 02, 2033, 5:47 p.m.\n"
        "Cascadia Photonics' Evergreen Road campus in Hillsboro, photographed in 2031. The "
        "company said Monday it will close its research lab there by the end of the year."
        "Beth Nakamura / The Oregonian\nBy\nLena Marchetti | The Oregonian/OregonLive\n\n"
        "Cascadia Photonics will close its flagship research lab in Hillsboro by December and "
        "eliminate about 1,100 Oregon jobs, the company said Monday.\n\n"
        "The cuts amount to nearly a third of the company's Oregon workforce."
    )
    assert card.author == "Lena Marchetti"
    assert card.body[0].startswith("Cascadia Photonics will close")
    assert len(card.body) == 2


def test_a_papers_site_and_a_hyphenated_masthead_at_the_top_are_the_outlet() -> None:
    # Graphic Online opens its page; its sister titles ("Daily Graphic", "Graphic Business")
    # stand in its menu over the breadcrumb and again at its foot. The Star-Advertiser's
    # masthead word follows a hyphen. Neither name is said again under the story.
    story = (
        "Cocoa farmers to get GH¢3,900 more per tonne as COCOBOD raises producer price\n"
        "Author: Kweku Asante-Mensah\nMay 12 - 2033 , 10:27\n"
        "The Ghana Cocoa Board has increased the price it pays farmers for cocoa by GH¢3,900 "
        "per tonne for the 2033/34 light crop season.\n"
        "The new producer price takes effect on June 1, the board said.\n"
        "Connect with us\nDaily Graphic\nGraphic Business\nGraphic Sports"
    )
    for top, outlet in (
        (
            "Graphic Online\nHome\nNews\nBusiness\nDaily Graphic\nGraphic Business\n",
            "Graphic Online",
        ),
        (
            "Honolulu Star-Advertiser\nHome\nNews\nBusiness\nDaily Graphic\nGraphic Business\n",
            "Honolulu Star-Advertiser",
        ),
    ):
        assert make_card(top + "Home » Business » Business News\n" + story).source == outlet


def test_longer_related_headlines_under_read_more_inside_the_story_are_links() -> None:
    # The Irish News: "Read more:" over two headlines of sixteen and twelve words, one with
    # its kicker ("Analysis: …"), then the story goes on
    story = (
        "Stormont Executive agrees three-year budget after months of deadlock\n"
        "By Niamh McCartan\n17 May, 2033 18:02\n"
        "The Stormont Executive has agreed a three-year budget for the first time since "
        "devolution was restored, ending months of deadlock.\n"
        "The agreement includes £320 million over three years to reduce hospital waiting lists, "
        "which remain the longest in the UK.\nRead more:\n"
        "Waiting lists: 1 in 4 in Northern Ireland waiting more than a year for first "
        "appointment\nAnalysis: Budget deal buys time but the hard choices are still to come\n"
        "First Minister Áine Mulcahy said the parties had “put people before politics”, and "
        "that the deal would hold until the next election.{more}"
    )
    for more in (
        "",
        "\nThe budget will be put to an Assembly vote next month, when the "
        "parties expect it to pass with votes to spare from every side of the house.",
    ):
        body = make_card(story.format(more=more)).body
        assert not any("Waiting lists:" in p or p.startswith("Analysis:") for p in body)
        assert any(p.startswith("First Minister Áine Mulcahy") for p in body)


def test_a_readers_account_menu_and_the_accessibility_link_are_no_outlet() -> None:
    # BLOX sites (the Bismarck Tribune) open on the reader's account menu; the Toronto Star
    # on its accessibility link. The paper's name comes after.
    story = (
        "Bismarck commission OKs $4.1M snow-hauling contract after December storms\n"
        "By Amy Dalrymple\nJan 14, 2033\n"
        "The Bismarck City Commission on Tuesday approved a $4.1 million contract to haul snow "
        "from city streets after two December storms.\n"
        "The contract runs through the end of March, the city said."
    )
    for top, outlet in (
        (
            "Skip to main content\nSign Up\nLog In\nDashboard\nLogout\nMy Account\nDashboard\n"
            "Profile\nSaved items\nLogout\nBismarck Tribune\nSubscribe for $1\nSearch\n",
            "Bismarck Tribune",
        ),
        (
            "Skip to Main Content\nAccessibility Statement\nToronto Star\nSubscribe\n",
            "Toronto Star",
        ),
    ):
        assert make_card(top + story).source == outlet


@pytest.mark.parametrize(
    ("chrome", "source"),
    [
        # The Star-Advertiser's top: the site's day, "Today's Paper", the weather, the login
        ("Tuesday, January 18, 2033\nToday's Paper\nHonolulu 77°\nSubscribe\nLogin\n", None),
        # The Register's: its one account button for both
        ("Sign in / up\n", "The Register"),
        ("Log in / Sign up\n", "The Register"),
        ("Sign in/Register\n", "The Register"),
        # the site's day, then its e-Edition's link between the account's buttons
        ("Thursday, August 25, 2033\nSubscribe\ne-Edition\nLogin\n", "Wairarapa Times-Age"),
    ],
)
def test_the_papers_name_under_its_day_weather_and_login_over_the_menu(
    chrome: str, source: str | None
) -> None:
    # the page's chrome, then the paper's name over its menu
    name = source or "Honolulu Star-Advertiser"
    card = make_card(
        f"{chrome}{name}\nTop News\nHawaii News\nBusiness\nSports\nFeatures\n"
        "Hawaii visitor spending hit $2.1 billion in December, but the count still trails 2019\n"
        "By Kalena Akiona\nJanuary 18, 2033\n"
        "Visitors to Hawaii spent $2.1 billion in December, the Hawaii Tourism Authority said "
        "on Tuesday, up 6% from a year earlier.\n"
        "The number of visitors still trailed December 2019, the authority said."
    )
    assert card.source == name


def test_a_caption_inside_the_story_over_its_labelled_credit_is_no_paragraph() -> None:
    # Taipei Times: a picture between paragraphs, its caption in the present tense of a day
    # gone by, over "Photo: CNA"; a paragraph over a credit that tells no picture stays
    lead = (
        "The Centers for Disease Control yesterday confirmed a cluster of four measles cases "
        "linked to a flight from Hanoi last month."
    )
    after = "The cluster brings the number of measles cases reported in Taiwan this year to nine."
    story = (
        "CDC confirms measles cluster linked to flight from Hanoi\nBy Huang Yu-ting\nMar 10, 2033\n"
    )
    caption = (
        "Centers for Disease Control Deputy Director-General Chuang Ming-jen speaks at a news "
        "conference in Taipei yesterday."
    )
    second = (
        "His wife, a passenger seated two rows behind him, later tested positive, Chuang said.\n"
        "“All four cases had not received two doses of the MMR vaccine,” Chuang said."
    )
    card = make_card(f"{story}{lead}\n{second}\n{caption}\nPhoto: CNA\n{after}")
    assert card.body == (lead, *second.split("\n"), after)
    told = "Officials said 210 people who shared the flight were being monitored for symptoms."
    told_card = make_card(f"{story}{lead}\n{second}\n{told}\nPhoto: CNA\n{after}")
    assert told_card.body == (lead, *second.split("\n"), told, after)


def test_a_town_under_the_stamp_over_the_lead_pictures_caption_is_the_dateline() -> None:
    # The Kathmandu Post: the writer, the stamps, "Kathmandu" alone, then the picture's caption
    # closed by "Post Photo: Name", then the story
    card = make_card(
        "The Kathmandu Post\nNational\n"
        "SEE begins today with 462,000 examinees, fewest in a decade\n"
        "Officials attribute the decline to falling birth rates and migration abroad.\n"
        "Anjali Thapa\nPublished at : March 25, 2033\nUpdated at : March 25, 2033 07:45\n"
        "Kathmandu\n"
        "Students check their seat numbers at an examination centre in Kathmandu on Thursday. "
        "Post Photo: Angad Dhakal\n"
        "The Secondary Education Examination begins across the country on Friday, with 462,318 "
        "students registered to sit the grade 10 test.\n\n"
        "The number of examinees has fallen by nearly 40,000 compared with last year."
    )
    assert card.dateline == "Kathmandu"
    assert card.body[0].startswith("The Secondary Education Examination")


def test_an_obituarys_closing_line_of_life_dates_is_the_storys() -> None:
    # The Telegraph's obituaries close on the person's dates, with no stop; its desk signs
    card = make_card(
        "Dame Margaret Hale, glaciologist who read the climate in ice, dies at 91\n"
        "By Telegraph Obituaries\n28 February 2033\n"
        "Dame Margaret Hale, who has died aged 91, was a glaciologist who drilled some of the "
        "deepest ice cores ever taken from Antarctica.\n"
        "She married, in 1970, Peter Lund, a geophysicist, who died in 2018. She is survived by "
        "their son and daughter.\nMargaret Hale, born June 3 1941, died February 27 2033"
    )
    assert card.author is None
    assert card.body[-1] == "Margaret Hale, born June 3 1941, died February 27 2033"


def test_the_pitch_under_an_appeal_boxs_heading_and_a_newsletters_thanks_are_no_story() -> None:
    last = "The home side defended two lineouts on their own line in the final minutes."
    story = (
        "Manu Samoa edge Tonga 24-21 in Apia thriller\nBy Ioane Tuala\nJune 12, 2033\n"
        "Manu Samoa held on to beat Tonga 24-21 at Apia Park on Saturday after leading 21-3 "
        "at half-time.\n"
        f"{last}\n"
    )
    for box in (
        "Support Independent Journalism\nThe Samoa Observer has been Samoa's independent "
        "voice since 1978. Subscribe today to keep our journalists in the field.",
        "Subscribe to The Athletic\nThe Athletic's coverage of every team, every game. "
        "Cancel anytime.",
        "Did you know VTDigger is a nonprofit?\nOur journalism is made possible by member "
        "donations. If you value what we do, please contribute.",
        "Thank you. Please check your inbox to confirm.",
        "Want a quick and expert briefing on the biggest news stories? Listen to our latest "
        "podcasts to find out What You Need To Know.",
    ):
        assert make_card(story + box).body[-1] == last
    # a line of the story under a section's heading that names a subscription stays
    spoken = "We will keep our players fresh for the Pacific Nations Cup, coach Lauina said."
    kept = make_card(f"{story}Subscribe to our newsletter\n{spoken}")
    assert kept.body[-1] == spoken


def test_the_himalayan_times_dateline_in_capitals_and_its_print_note() -> None:
    # "KATHMANDU, JUNE 24" alone over the story, the month in capitals; the print edition's
    # note under it
    last = "Doctors have advised people with high fever to get tested immediately."
    card = make_card(
        "The Himalayan Times\nHealth\n"
        "Dengue cases climb to 2,140 in Kathmandu valley as monsoon sets in\n"
        "Sabitri Dhakal\nPublished: 08:15 am Jun 24, 2033\nKATHMANDU, JUNE 24\n"
        "Dengue cases have climbed to 2,140 in the three districts of Kathmandu valley since "
        f"mid-January.\n{last}\n"
        "A version of this article appears in the print on June 24, 2033, of The Himalayan Times."
    )
    assert card.dateline == "KATHMANDU"
    assert card.body[-1] == last


def test_the_outlet_from_a_bylines_cell_or_the_foots_notice_in_its_other_shapes() -> None:
    story = (
        "Philly school board passes $4.6 billion budget, puts off vote on closing 14 buildings\n"
        "The plan avoids layoffs next year but leaves a hole by 2035, officials said.\n"
        "{byline}\nPublished Jun. 2, 2033, 7:31 p.m. ET\nShare\n"
        "The Board of Education voted 7-2 on Thursday to adopt a $4.6 billion budget for next "
        "school year, avoiding layoffs.\n"
        "The board put off a vote on closing 14 buildings until the fall, its president said.\n"
        "{foot}"
    )
    for byline, foot, outlet in (
        # the byline's last cell names the paper (The Denver Post)
        (
            "By Dana Whitcombe | dwhitcombe@denverpost.com | The Denver Post",
            "Copyright © 2033 MediaNews Group",
            "The Denver Post",
        ),
        # the foot's notice: the paper and its company's form, or its address and links
        ("by Dana Whitcombe", "© 2033 The Philadelphia Inquirer, LLC", "The Philadelphia Inquirer"),
        (
            "by Dana Whitcombe",
            "© Copyright 2033 Vanuatu Daily Post, PO Box 1292 Port Vila | Terms of Use",
            "Vanuatu Daily Post",
        ),
        (  # the paper's owner after its name
            "by Dana Whitcombe",
            "© Copyright 2033 The Post and Courier, Evening Post Industries",
            "The Post and Courier",
        ),
    ):
        card = make_card(story.format(byline=byline, foot=foot))
        assert (card.source, card.author) == (outlet, "Dana Whitcombe")


def test_a_standfirst_over_a_long_barred_byline_is_no_paragraph() -> None:
    # The Denver Post: the standfirst with no stop, then a byline of 66 characters (the
    # writer, her address, the paper), then the stamps, then the story
    card = make_card(
        "Aurora orders two-day watering limits as Colorado River shortage deepens\n"
        "First mandatory restrictions since 2022 take effect July 1; repeat violators face "
        "fines starting at $100\n"
        "By Noelle Fairbanks | nfairbanks@denverpost.com | The Denver Post\n"
        "PUBLISHED: June 7, 2033 at 5:42 PM MDT | UPDATED: June 8, 2033 at 9:10 AM MDT\n"
        "Aurora Water announced Tuesday that residents and businesses will be limited to two "
        "days a week of outdoor watering starting July 1.\n"
        "Under the rules, addresses ending in an odd number may water on Tuesdays and Saturdays."
    )
    assert card.body[0].startswith("Aurora Water announced")
    assert card.published == datetime(2033, 6, 7, 17, 42, tzinfo=timezone(timedelta(hours=-6)))
    assert (card.source, card.author) == ("The Denver Post", "Noelle Fairbanks")


def test_a_tickers_headlines_under_a_label_closing_the_menu_are_no_headline() -> None:
    # Postmedia: the menu closed by "Latest National Stories:" and three other stories'
    # headlines, then the section over the story's headline, its standfirst and byline
    headline = "Bill to lower federal voting age to 16 clears key vote in House of Commons"
    card = make_card(
        "Skip to Content\nNational Post\nSearch\nSubscribe\nSign In\nNews\nComment\nCanada\n"
        "World\nPolitics\nSports\nOpinion\nLatest National Stories:\n"
        "Canada Post strike averted after overnight deal\n"
        "Two dead after float plane crash near Kenora\n"
        "B.C. declares early start to wildfire season\nPolitics\n"
        f"{headline}\n"
        "The private member's bill passed second reading 171-158 with support from three "
        "parties, setting up committee study this fall\n"
        "Author of the article:\nMarcus Wendt\n"
        "Published Jun 13, 2033  •  Last updated 2 hours ago  •  4 minute read\n"
        "OTTAWA — A private member's bill that would let 16- and 17-year-olds vote in federal "
        "elections cleared second reading in the House of Commons on Monday.\n"
        "The bill, C-318, passed 171-158 in a free vote."
    )
    assert (card.headline, card.source, card.author) == (headline, "National Post", "Marcus Wendt")
    assert card.body[0].startswith("A private member's bill")


def test_a_go_deeper_boxs_headline_inside_the_story_is_left_out() -> None:
    # The Athletic: "Go deeper" as the page shows it and "GO DEEPER" as its button reads,
    # over one of its own stories, a question, between two paragraphs
    first = "“I kept telling myself, just shoot the next one,” Odom said."
    after = "Oklahoma City's starters shot 14-for-43 combined."
    card = make_card(
        "Thunder rout Celtics behind Odom's seven 3s to force Game 7\nBy Jared Coyle\n"
        "Jun 18, 2033\nBOSTON — Odom, a 24-year-old who was out of the rotation for parts of "
        "the regular season, went 6-for-9 from 3-point range.\n"
        f"{first}\nGo deeper\nGO DEEPER\n"
        "NBA Finals Game 6 preview: Can the Celtics solve the Thunder's second unit?\n"
        f"{after}"
    )
    assert card.body[1:] == (first, after)


def test_a_caption_over_a_photographers_credit_in_capitals_under_the_byline_is_no_lede() -> None:
    # The Bismarck Tribune (BLOX): the standfirst, byline, date, "Updated", the comment count,
    # the lead picture's caption over "NAME, TRIBUNE", the byline again, then the story
    lede = (
        "Bismarck city commissioners on Monday approved a $4.1 million contract with a Mandan "
        "trucking firm to haul snow from downtown and the city's busiest streets."
    )
    card = make_card(
        "Bismarck Tribune\nNews\nLocal\nSports\nOpinion\n"
        "Bismarck commission OKs $4.1M snow-hauling contract after December storms\n"
        "Downtown and arterial streets would be cleared within 36 hours of a major storm under "
        "the deal\nTravis Lindqvist\nJan 10, 2033\nUpdated 2 hrs ago\n0\n"
        "A city plow clears Divide Avenue in Bismarck on Dec. 28 after a storm dropped 14 "
        "inches of snow on the city.\nMIKE McCLEARY, TRIBUNE\nTravis Lindqvist\n"
        f"{lede}\nThe 4-1 vote at a special meeting awards the work to Heart River Hauling."
    )
    assert card.body[0] == lede
    assert card.author == "Travis Lindqvist"


def test_a_dateline_under_a_long_menu_still_gives_an_unknown_outlets_clock() -> None:
    # The Spokesman-Review: its logo's text, a menu of sixteen labels, the logo and the name
    # again, the section's path, the headline, the byline and stamps, the share row, then "SAN
    # FRANCISCO –": a Pacific paper's game story in Pacific time
    menu = (
        "Subscribe\nSign In\nSections\nSpokane\nIdaho\nWashington\nSports\nGonzaga\n"
        "Seahawks\nOutdoors\nBusiness\nA&E\nOpinion\nObituaries\nE-Edition\nPuzzles"
    )
    page = (
        f"Skip to main content\nThe Spokesman-Review Newspaper\n{menu}\n"
        "The Spokesman-Review Newspaper\nThe Spokesman-Review\nSports >  Gonzaga basketball\n"
        "Late Kessler 3 lifts Gonzaga past San Francisco 74-71, extends WCC road streak\n"
        "By Owen Castellanos The Spokesman-Review\nSat., Jan. 22, 2033, 9:47 p.m.\n"
        "Updated Sun., Jan. 23, 2033 at 12:14 a.m.\nShare\nTweet\nEmail\nPrint\n"
        "SAN FRANCISCO – For 38 minutes, Gonzaga looked like a team about to lose its grip on "
        "the West Coast Conference race.\n"
        "Kessler finished with 19 points as No. 14 Gonzaga won its 11th straight game."
    )
    assert _clock(page) == (21, 47, timedelta(hours=-8))
    card = make_card(page)
    assert card.source == "The Spokesman-Review"  # the logo's text, without its "Newspaper"
    assert card.headline.startswith("Late Kessler 3 lifts Gonzaga")


def test_a_posted_clock_under_the_headline_is_the_minute_of_the_sites_day() -> None:
    # The Border Watch: the site's day and weather over its name, "Posted 6:30 am" under the
    # headline, in South Australia's summer time
    page = (
        "Skip to content\nThursday, 13 January 2033\nMount Gambier 19°C\nThe Border Watch\n"
        "Your Limestone Coast news since 1861\nSubscribe\nLogin\nHome\nNews\nSport\nRural\n"
        "Business\nGreen Triangle log exports jump as new port crane gets to work\n"
        "Posted 6:30 am\nBy Reagan Pfitzner\n"
        "Log exports through the Green Triangle climbed to their highest level in five years "
        "in the final quarter of 2032, as a new crane at the Port of Portland cut loading times "
        "for ships taking pine from Mount Gambier plantations.\n"
        "About 70 per cent of the exported logs went to China and India."
    )
    assert _clock(page) == (6, 30, timedelta(hours=10, minutes=30))


def test_a_tickers_headlines_under_the_menu_give_way_to_the_one_over_the_byline() -> None:
    # The Star-Advertiser: the site's day over its masthead and menu, a ticker's three
    # headlines with no label, then the story's headline over its byline, the writer's
    # address, "Today" and "Updated 6:14 p.m.", the picture's credit with its year
    headline = (
        "Hawaii visitor spending hit $2.1 billion in December, but the count still trails 2019"
    )
    card = make_card(
        "Tuesday, January 18, 2033\nToday's Paper\nHonolulu 77°\nSubscribe\nLogin\n"
        "Honolulu Star-Advertiser\nTop News\nHawaii News\nBusiness\nSports\nBreaking News\n"
        "Hawaii Tourism Authority names new board chair\n"
        "Kauai County moves ahead with Wailua bridge replacement\n"
        "Honolulu rail ridership tops 30,000 on New Year’s Eve\n"
        f"{headline}\nBy Kalena Akiona\nkakiona@staradvertiser.com\nToday\nUpdated 6:14 p.m.\n"
        "STAR-ADVERTISER / 2032\n"
        "Visitors spent $2.1 billion in Hawaii in December, a record for the month in current "
        "dollars, but the number of people who arrived was still about 6% below December 2019, "
        "according to preliminary figures released Tuesday by the state Department of "
        "Business, Economic Development and Tourism.\n"
        "DBEDT counted 858,400 visitors for the month, up 3.2% from December 2031.\n"
        "Spending per visitor per day averaged $262, up from $249 a year earlier.\n"
        "For all of 2032, Hawaii welcomed 9.94 million visitors who spent $21.8 billion, but the "
        "count still trails the 10 million mark of 2019."
    )
    assert (card.headline, card.author) == (headline, "Kalena Akiona")
    assert card.published == datetime(2033, 1, 18, 18, 14, tzinfo=ZoneInfo("Pacific/Honolulu"))
    assert card.body[0].startswith("Visitors spent $2.1 billion")


def test_a_logo_in_its_own_script_is_no_headline_and_a_zone_may_precede_the_time() -> None:
    # RTHK: its name, its Chinese name and its full name over the menu, the section, the
    # headline, then "2033-07-19 HKT 14:22"
    headline = "Direct rail link between Bangkok and Kunming begins service"
    card = make_card(
        "Skip to main content\nRTHK\n香港電台\nRadio Television Hong Kong\nRadio\nTV\nNews\n"
        "Live\n中文\nEnglish\nLocal\nGreater China\nWorld\nFinance\nSport\nWorld\n"
        f"{headline}\n2033-07-19 HKT 14:22\nShare this story\nfacebook\ntwitter\n"
        "The first direct passenger train between Bangkok and the southwestern Chinese city of "
        "Kunming left the Thai capital on Tuesday morning.\n"
        "The journey of about 1,700 kilometres through Laos takes just under 20 hours."
    )
    assert (card.headline, card.source, card.author) == (headline, "RTHK", None)
    assert card.published == datetime(2033, 7, 19, 14, 22, tzinfo=timezone(timedelta(hours=8)))


def test_a_menus_label_with_an_ampersand_and_its_place_are_not_the_storys() -> None:
    # The Courier (Dundee): "Angus & The Mearns" is one label of the menu, and "Perth &
    # Kinross" names no Perth of Australia the story is of; under the story, the writer's card
    # names Stirling, and related headlines Perth once more and Kirkcaldy
    headline = (
        "Dundee man jailed after leaving pensioner with fractured skull in Lochee shop attack"
    )
    page = (
        "Skip to content\nThe Courier\nAlready a subscriber? Sign in\nSubscribe\nNews\nSport\n"
        "Business\nPolitics\nFife\nPerth & Kinross\nAngus & The Mearns\nDundee\nCourts\n"
        f"{headline}\nBy Kirsty McIntosh\nJuly 8 2033, 5.34pm\n"
        "A Dundee man who left an 81-year-old woman with a fractured skull when he shoved her "
        "to the floor of a Lochee shop has been jailed for 28 months.\n"
        "Dundee Sheriff Court heard she has since moved in with her daughter.\n"
        "Kirsty McIntosh joined The Courier's court team in 2029 after training at the "
        "University of Stirling.\n"
        "Perth driver banned after crash on A9 at Inveralmond\n"
        "Fife councillors back plan for new Kirkcaldy leisure centre"
    )
    assert make_card(page).headline == headline
    assert _clock(page) == (17, 34, timedelta(hours=1))


def test_a_videos_title_under_its_players_button_is_no_lede() -> None:
    # The Mercury (News Corp): the stamp, the outlet and the comment count, the player's
    # loading note and button, the video's title, the picture's caption, then the story
    top = [
        "The Mercury",
        "Antarctic core reveals ancient climate flip",
        "By Jessica Moran",
        "3 min read",
        "July 22, 2033 - 7:30PM",
        "The Mercury",
        "5 comments",
        "Video Player is loading.",
        "Play Video",
        "Antarctic ice core project delivers first results",
        "Dr Tomas Weir with a section of the ice core in the laboratory. Picture: Chris Kidd",
    ]
    assert _under("\n".join(top)).body[0].startswith("Lawmakers approved")


def test_a_caption_closed_by_its_staff_photographers_credit_is_no_lede() -> None:
    # The Post and Courier (BLOX): the caption ends on "Name/Staff", over the shop's button
    card = make_card(
        "Environment\nLoggerhead nests on SC coast shatter record as biologists warn of hot sand\n"
        "By Caroline Heyward cheyward@postandcourier.com\nJul 9, 2033\n"
        "A loggerhead hatchling heads for the surf on Kiawah Island on Thursday, July 7, 2033. "
        "Volunteers have marked a record number of nests along the S.C. coast this summer. "
        "Caroline Heyward/Staff\nBuy Now\n"
        "Loggerhead sea turtles have laid more nests on South Carolina beaches this summer than "
        "in any year since the state began keeping count.\n"
        "Biologists warn that hot sand may turn most hatchlings female."
    )
    assert card.body[0].startswith("Loggerhead sea turtles have laid")


def test_a_stamp_with_its_reading_time_and_a_caption_over_its_photographer_and_paper() -> None:
    # the Toronto Star: "Thu., Oct. 14, 2032 · 4 min. read" (its "min." stopped), "Article was
    # updated 3 hrs ago", then the caption over "R.J. Johnston / Toronto Star"
    lede = (
        "Home sales across the Greater Toronto Area fell 12 per cent in September compared "
        "with the same month last year."
    )
    card = make_card(
        "Toronto Star\nBusiness\n"
        "GTA home sales sink 12% in September as buyers hold out for a rate cut\n"
        "Sellers are listing at the fastest pace since 2022, but many buyers are waiting on the "
        "Bank of Canada’s Oct. 27 decision.\nBy Priya Raman\nThu., Oct. 14, 2032 · 4 min. read\n"
        "Article was updated 3 hrs ago\nListen to this article\n"
        "A “for sale” sign outside a semi-detached house in Leslieville. New listings in the GTA "
        "rose 18 per cent in September from a year earlier.\nR.J. Johnston / Toronto Star\n"
        f"{lede}\nThe benchmark price for all home types slipped 1.4 per cent from a year earlier."
    )
    assert card.body[0] == lede
    assert card.published is not None and card.published.date().isoformat() == "2032-10-14"


def test_a_story_opening_twice_as_long_as_the_boxs_points_is_its_lede() -> None:
    # the Nation (Kenya): the caption, the byline's lines, "What you need to know:" over two
    # short points, then the story's
    # first paragraph of one long sentence, then one of two sentences
    lede = (
        "Dennis Kipruto led a Kenyan clean sweep at the Amsterdam Marathon on Sunday, breaking "
        "the course record with a time of two hours, three minutes and 11 seconds."
    )
    card = make_card(
        "Nation\nSports\nKipruto storms to Amsterdam Marathon course record as Kenyans sweep "
        "podium\nKenya's Dennis Kipruto crosses the finish line to win the Amsterdam Marathon.\n"
        "Photo credit: AFP\nSports\nAthletics\nBy Evans Otieno\nSports Journalist\n"
        "Nation Media Group\nOctober 17, 2032\nShare this article\nWhat you need to know:\n"
        "Kipruto clocked 2:03:11 to break the course record by 28 seconds.\n"
        "Compatriots Amos Chelimo and Gideon Kiprop finished second and third.\n"
        f"{lede}\n"
        "The 27-year-old, who finished fourth at the Boston Marathon in April, pulled away from "
        "a leading pack of six runners after the 35-kilometre mark. He covered the last seven "
        "kilometres alone and crossed the line 41 seconds clear of his nearest rival."
    )
    assert card.body[0] == lede


def test_a_caption_over_itself_with_its_credit_is_no_paragraph() -> None:
    # The Scotsman (National World): the caption, then the caption again with " | Name/PA Wire"
    lede = (
        "Councils in Scotland will be able to raise more from the most valuable homes under "
        "plans set out at Holyrood on Wednesday, in the biggest change to council tax in years."
    )
    before = "Local government secretary Aileen Drummond told MSPs the change was a fair step."
    after = "She added that nobody in the chamber believed the current system was fit for purpose."
    caption = "The Holyrood chamber during First Minister's Questions."
    card = make_card(
        f"The Scotsman\nCouncil tax shake-up\nBy Alan Kerr\nOctober 2, 2032\n{lede}\n{before}\n"
        f"{caption}\n{caption} | Jane Barlow/PA Wire\n{after}"
    )
    assert card.body == (lede, before, after)


def test_a_market_ticker_over_the_headline_its_standfirst_and_its_lead_caption() -> None:
    # Nikkei Asia: the menu, the index ticker's names and figures, the section, the headline,
    # the standfirst, the lead picture's caption of two sentences, the byline in capitals
    headline = "Renesas to cut 5% of staff as auto chip orders slow"
    ticker = "Nikkei 225\n48,210.55\n+576.31 (+1.21%)\nTOPIX\n3,312.08\n+0.94%\nUSD/JPY\n139.42\n"
    card = make_card(
        "Skip to main content\nNikkei Asia\nSubscribe\nLog in\nSearch\nMenu\nLatest\nBusiness\n"
        f"Markets\nTech\nOpinion\nMarkets\n{ticker}Business\nAutomobiles\n{headline}\n"
        "Japanese chipmaker sees 'prolonged correction' in EV demand from Europe and China\n"
        "A Renesas Electronics plant in Naka, Ibaraki Prefecture. The company will also idle "
        "one production line there for three months. (Photo by Daisuke Hoshino)\n"
        "KENJI TANAKA, Nikkei staff writer\nMarch 9, 2033 15:30 JST\n"
        "TOKYO -- Renesas Electronics will cut about 5% of its global workforce, or roughly "
        "1,100 jobs, as orders for the microcontrollers used in cars slow.\n"
        "The company also lowered its full-year revenue forecast by 6% and said it would idle "
        "a production line in Naka, Ibaraki Prefecture, amid a prolonged correction in demand "
        "from Europe and China."
    )
    assert (card.headline, card.author) == (headline, "Kenji Tanaka")


def test_a_live_blogs_entry_heading_quoting_its_speaker_is_no_lede() -> None:
    # The Standard's live blog, newest entry first: "Kiprotich: ‘I knew at 35km the record was
    # on’" over the entry, whose quote is the fuller one
    lede = (
        "Men's winner Daniel Kiprotich has been speaking to broadcasters at the finish on The "
        "Mall, and he says he only started thinking about the course record late on."
    )
    card = make_card(
        "London Marathon 2033 live: Kiprotich breaks course record\nBy Ross Dwyer\n"
        "Sunday 24 April 2033 14:05 BST\nKiprotich: ‘I knew at 35km the record was on’\n"
        f"{lede}\n"
        "“I knew at 35km the record was on because my legs were still fresh,” he said."
    )
    assert card.body[0] == lede
    assert card.key_quote is not None and card.key_quote.text.endswith("still fresh")


def test_a_fields_label_alone_over_its_value_under_the_headline_is_no_lede() -> None:
    # ScienceDaily: "Date:" / "April 8, 2033" / "Source:" / "University of Otago"; the
    # Limerick Leader: "Email:" over the writer's address
    lede = (
        "Seismologists have found that swarms of faint, deep tremor beneath New Zealand's "
        "Alpine Fault switch on and off in step with slow slip on the fault."
    )
    card = make_card(
        "ScienceDaily\nScience News\nfrom research organizations\n"
        "Faint tremor swarms under New Zealand's Alpine Fault track slow build-up of stress\n"
        "Date:\nApril 8, 2033\nSource:\nUniversity of Otago\nEmail:\nnews@otago.example\n"
        f"{lede}\nThe team used a dense network of seismometers along the fault."
    )
    assert card.lede == lede
    assert card.published is not None and card.published.date().isoformat() == "2033-04-08"


def test_the_kicker_over_the_headline_names_the_pages_home_though_a_menu_does_not() -> None:
    # Nunatsiaq News: the menu, then "NUNAVUT" over the headline; a story of Cambridge Bay
    # printed in the Eastern clock of Iqaluit, where the paper's address at the foot is
    page = (
        "Nunatsiaq News\nSubscribe\nNewsletter\nSearch\nNews\nOpinion\nLetters\nPhotos\n"
        "Jobs\nNUNAVUT\n"
        "Cambridge Bay hunters, scientists find Arctic char running weeks earlier as sea warms\n"
        "By Corinne Ulayuk\nAugust 10, 2033 - 10:50 am\n"
        "Arctic char near Cambridge Bay are swimming up their spawning rivers more than two weeks "
        "earlier than they did 20 years ago, a new study has found.\n"
        "The research tracked nearly 2,300 char fitted with acoustic tags in the rivers.\n"
        "Nunatsiaq News, P.O. Box 8, Iqaluit, Nunavut X0A 0H0"
    )
    assert _clock(page) == (10, 50, timedelta(hours=-4))


def test_a_usa_today_network_page_promo_section_key_points_and_caption() -> None:
    # the Des Moines Register: a promotion's headline over the section and "Add Topic", the
    # story's headline over the writer's name alone, the paper and the stamp, the key points,
    # the player's buttons, the caption over "Name, The Register", a gallery inside the story
    headline = (
        "At the Register's soapbox, Maria Ochoa pitches a property tax freeze as 2034 governor "
        "field grows"
    )
    lede = (
        "State Sen. Maria Ochoa stood on a hay-bale stage outside the Varied Industries Building "
        "on Friday and promised Iowa homeowners something she said no governor in a generation "
        "had delivered: two years without a property tax increase."
    )
    card = make_card(
        "Des Moines Register\nNews\nSports\nPolitics\nOpinion\n"
        "Iowa State Fair 2033: Schedule, prices, food guide and what's new this year\n"
        f"POLITICS\nAdd Topic\n{headline}\nKatie Brandt\nDes Moines Register\n"
        "Published 5:02 a.m. CT Aug. 13, 2033 | Updated 7:48 a.m. CT Aug. 13, 2033\nKey Points\n"
        "Ochoa, a state senator from Sioux City, is the second Democrat to enter the race.\n"
        "She told fairgoers she would freeze residential property tax levies for two years.\n"
        "Listen to this article\nShow Caption\nHide Caption\n"
        "Video: Maria Ochoa speaks at the Political Soapbox\n"
        "State Sen. Maria Ochoa spoke at the Des Moines Register Political Soapbox on Friday.\n"
        f"Zach Boyden-Holmes, The Register\n{lede}\nStory continues below photo gallery\n"
        "Photos: Candidates take the stage at the 2033 Political Soapbox\nGallery: 24 photos\n"
        "Under her plan, cities, counties and school districts would be barred from raising "
        "residential levies in fiscal years 2036 and 2037. The state would make up part of the "
        "difference from its reserves, she said, without naming a figure."
    )
    central = ZoneInfo("America/Chicago")
    assert (card.headline, card.author, card.published, card.body[0], len(card.body)) == (
        headline,
        "Katie Brandt",
        datetime(2033, 8, 13, 5, 2, tzinfo=central),
        lede,
        2,
    )


_REVIEWED_STORY = (
    "A billionaire investor on Monday bought the struggling Eastbrook Gazette for an "
    "undisclosed sum, promising to keep its newsroom of 22 reporters and editors.\n\n"
    "The paper, founded in 1881, had cut half its staff over the past five years.\n\n"
    '"Local news matters to democracy," the buyer, Thomas Reed, said in a statement.'
)


@pytest.mark.parametrize(
    ("top", "headline"),
    [
        # a headline that ends on "Newspaper" is no logo's text
        (
            "Billionaire Buys Struggling Local Newspaper\n\nBy Sarah Miller\n"
            "March 3, 2033 10:15 a.m.",
            "Billionaire Buys Struggling Local Newspaper",
        ),
        # a section under the headline, then its standfirst over the byline: no promotion
        (
            "The Eastbrook Gazette\nThe final whistle: a coaching legend calls it a day\nSports\n"
            "After four decades on the sideline, Mike Dunn says he is ready for quieter mornings\n"
            "By Sarah Miller\nMarch 3, 2033 10:15 a.m.",
            "The final whistle: a coaching legend calls it a day",
        ),
    ],
)
def test_a_headline_is_kept_where_a_logo_or_a_promotion_was_looked_for(
    top: str, headline: str
) -> None:
    assert make_card(f"{top}\n\n{_REVIEWED_STORY}").headline == headline


@pytest.mark.parametrize(
    "sentence",
    [
        "Specifications have not been released yet.",  # no spec table's heading
        "The council welcomes comments on the proposed bus lanes until Friday, the mayor said.",
        "Watch the sky every night at 11pm this week for the best views, astronomers advised.",
        "Related stories from readers poured in on Monday.",  # no box's label
    ],
)
def test_a_story_line_like_a_rules_chrome_stays_in_the_story(sentence: str) -> None:
    card = make_card(
        f"Council opens consultation\n\nBy Sarah Miller\n\n{_REVIEWED_STORY}\n\n{sentence}\n\n"
        "Residents along the routes will receive letters explaining the changes, officials said."
    )
    assert sentence in card.body and card.body[-1].startswith("Residents along")
    from digest.parse import _slashed_to_outlet

    # a name and a city after a comma is no picture's credit; a name and a paper is
    assert not _slashed_to_outlet("Maria Jansen, The Hague")
    assert _slashed_to_outlet("Zach Boyden-Holmes, The Register")


def test_key_points_of_phrases_leave_the_storys_short_first_paragraphs() -> None:
    points = (
        "Heavy rain is forecast across the north for the next three days\n"
        "Residents near rivers have been told to prepare sandbags\n"
        "Schools in four districts will close on Tuesday"
    )
    lede = (
        "The weather service on Monday issued flood warnings for eleven rivers across the "
        "north of the country after a week of heavy rain."
    )
    short = "\n\n".join(
        (
            "Forecasters said up to 200 millimetres of rain could fall in the hills by Wednesday.",
            "Emergency crews have moved boats and pumps to the towns most at risk.",
            "The army said 300 soldiers were on standby to help with evacuations if needed.",
            "Several roads were already closed on Monday because of landslides.",
            "Train services between the two largest cities were suspended.",
        )
    )
    top = "Flood warnings issued as heavy rain hits the north\n\nBy Sarah Miller\n"
    last = (
        "The region was hit by severe floods two years ago, when 14 people died and thousands "
        "of homes were damaged. Many families are still living in temporary housing."
    )
    page = f"{top}March 3, 2033 10:15 a.m.\n\nKey points:\n{points}\n\n{lede}\n\n{short}"
    assert make_card(f"{page}\n\n{last}").body[0] == lede


def test_a_posted_clock_under_an_updated_one_is_the_published_minute() -> None:
    card = make_card(
        "Tuesday, January 18, 2033\nHonolulu Star-Advertiser\n"
        "Hawaii Tourism Authority names new board chair\nBy Kalena Akiona\n"
        "Updated 6:14 p.m.\nPosted 2:05 p.m.\n\n"
        "The Hawaii Tourism Authority on Tuesday named a longtime hotel executive as the chair "
        "of its board.\n\nThe new chair replaces a member who resigned in December."
    )
    assert card.published is not None and card.published.strftime("%H:%M") == "14:05"
    assert card.lede is not None and card.lede.startswith("The Hawaii Tourism Authority")


def test_a_us_daily_record_keeps_its_towns_clock_and_an_estate_is_no_trade() -> None:
    morristown = make_card(
        "Daily Record\nMorristown council approves new parking garage\nBy Sarah Miller\n"
        "March 3, 2033 10:15 a.m.\n"
        "MORRISTOWN - The town council on Tuesday night approved a five-story parking garage "
        "near the Morristown Green, ending a two-year debate."
    )
    assert morristown.published is not None and morristown.published.utcoffset() != timedelta(0)
    balmoral = make_card(
        "Balmoral opens its gardens to visitors\n\nBy Sarah Miller\n\n"
        "The Balmoral estate will open its gardens to visitors from April. The estate's "
        "gardeners have planted new borders, and the estate's cafe will reopen."
    )
    assert balmoral.category is None


def test_mcclatchys_related_box_ends_the_story_and_its_foot_gives_the_first_time() -> None:
    # the Idaho Statesman: only "Updated …" at the top; under the story "Related stories from
    # Idaho Statesman", its items with their own days, then "This story was originally
    # published … at 3:15 PM."
    last = "The National Weather Service in Boise said a cold front could bring some relief."
    card = make_card(
        "Idaho Statesman\nWildfires\nWildfire smoke pushes Boise air into unhealthy range\n"
        "By Hayden Crowell\nUpdated August 16, 2033 6:42 PM\n"
        "Smoke from the Mores Creek Fire pushed Boise's air quality into the unhealthy range "
        "on Tuesday, and health officials urged residents to stay indoors.\n"
        f"{last}\nRelated stories from Idaho Statesman\nENVIRONMENT\n"
        "How bad is Boise’s air? Here’s how to check the AQI, and what the colors mean\n"
        "AUGUST 2, 2033 11:00 AM\n"
        "This story was originally published August 16, 2033 at 3:15 PM.\nHayden Crowell"
    )
    assert card.body[-1] == last
    assert card.published is not None and card.published.strftime("%H:%M") == "15:15"


@pytest.mark.parametrize(
    "banner", ["This was published 3 years ago", "This article is more than 2 years old"]
)
def test_an_old_storys_banner_under_the_kicker_leaves_the_headline_the_headline(
    banner: str,
) -> None:
    # SMH and The Guardian put a banner on an old story between its kicker and its
    # headline; the kicker over a "date" is no headline
    headline = "Social housing levy clears upper house after late-night deal with crossbench"
    card = make_card(
        "Skip to sections navigation\nSkip to content\nThe Sydney Morning Herald\nSubscribe\n"
        f"Log in\nAdvertisement\nPolitics\nNSW\nHousing\n{banner}\n{headline}\n"
        "By Harriet Olsen and Dev Mistry\n"
        "Updated March 4, 2030 — 6.10pm, first published at 3.00pm\nSave\n"
        "Log in, register or subscribe to save articles for later.\nShare\nAdvertisement\n"
        "The state government has approved an extension of the route 58 tram line to the new "
        "hospital precinct, ending a planning fight with the local council.\n"
        "Construction is expected to begin next year and take about three years."
    )
    assert card.headline == headline
    assert card.body[0].startswith("The state government")


def test_a_headline_over_a_long_standfirst_and_a_writer_with_her_post_under_the_date() -> None:
    # The Irish Times: headline, a standfirst of twenty words with no stop, the date, the
    # writer's name and her post on lines of their own; "IN THIS SECTION" under the story
    headline = "Islanders spared as crossing prices climb again before the winter timetable"
    last = "The operator said timetables for the winter season would be published next week."
    card = make_card(
        "Skip to main content\nThe Irish Times\nSubscribe\nNews\nIreland\n"
        f"{headline}\n"
        "Island Ferries Ltd says passengers on the Aran Islands route will pay 24 euro for a "
        "return ticket from November, with islanders exempt\n"
        "Wed Oct 12 2033 - 06:00\nCiarán Doyle\nWest of Ireland Correspondent\n"
        "A ferry leaving Rossaveal for Inis Mór. Photograph: Joe O'Shaughnessy\n"
        "Ferry fares on the Aran Islands route will rise by a fifth from November, the "
        "operator said on Tuesday, blaming the cost of fuel and higher port charges at "
        "Rossaveal.\n"
        f"{last}\n"
        "Ciarán Doyle\nCiarán Doyle is West of Ireland Correspondent of The Irish Times\n"
        "IN THIS SECTION\nGalway city council approves new cycle lanes for Salthill\n"
        "Latest Stories\nStorm warning issued for Atlantic coast counties on Friday\n"
    )
    assert card.headline == headline
    assert card.author == "Ciarán Doyle"
    assert card.body[-1] == last


@pytest.mark.parametrize("label", ["IN THIS SECTION", "Latest Stories"])
def test_a_box_of_the_sections_or_the_sites_newest_stories_ends_the_story(label: str) -> None:
    last = "The council will vote on the plan at its meeting in December."
    card = make_card(
        "Galway council backs new cycle lanes for Salthill promenade\n\n"
        "Galway City Council has backed a plan for segregated cycle lanes along the Salthill "
        "promenade after a public consultation drew more than 2,000 submissions.\n\n"
        f"{last}\n\n{label}\n\nStorm Bríd: yellow wind warning for Atlantic counties on Friday\n\n"
        "‘We were told to wait’: the long queue for a hip operation in the west"
    )
    assert card.body[-1] == last


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        # Postmedia and the Seattle Times: the photographer, a spaced slash, the paper (and
        # the picture's year) in brackets at the caption's end
        (
            "Pupils arrive for the first day of classes at Riverbend School, where four "
            "portable classrooms were added over the summer. (Dana Kowalchuk / Free Press)",
            "",
        ),
        (
            "Cooling towers line the road north of the plant in 2031. The company says the new "
            "units would be built about 6 miles away. (Marcus Lee / The Seattle Times, 2031)",
            "",
        ),
        # The Gleaner: a caption of twenty words over "Contributed", a reader's picture
        (
            "Director Andrea Whyte-Campbell (centre) with cast members Omar Reid (left) and "
            "Kerry-Ann Moss at the film's premiere in Kingston in July.",
            "Contributed\n",
        ),
    ],
)
def test_the_lead_pictures_caption_credited_in_brackets_or_contributed_is_no_paragraph(
    caption: str, credit: str
) -> None:
    first = (
        "The city's fastest-growing school divisions opened the year with 38 more portable "
        "classrooms than they had in June, as enrolment grew by the largest amount in decades."
    )
    card = make_card(
        "Portables pile up as schools absorb biggest enrolment jump in 30 years\n"
        "By: Kaitlyn Ferris\nPosted: 6:00 AM CDT Friday, Sep. 9, 2033\n"
        f"{caption}\n{credit}Share\n{first}\n"
        "Preliminary counts show about 4,700 more students than a year ago, driven mostly by "
        "immigration and new housing."
    )
    assert card.body[0] == first


def test_a_byline_run_into_its_stamp_gives_the_writers_and_the_time() -> None:
    # The Boston Globe: "By … Globe Staff,Updated …" on one line, over the lead caption
    card = make_card(
        "The Boston Globe\nMETRO\nCity pools to stay open two more weeks as heat wave lingers\n"
        "Officials said lifeguards agreed to extra shifts. Parents welcomed the news.\n"
        "By Jane Whitford and Omar Haddad Globe Staff,Updated August 30, 2033, 4:15 p.m.\n"
        "Children cooled off at the Mirabella Pool in the North End on Tuesday.Kim Ortiz/Globe "
        "Staff\n"
        "Boston will keep its public pools open for two more weeks as a late-summer heat wave "
        "lingers, the parks department said Tuesday.\n"
        "The pools had been due to close on Labor Day."
    )
    assert card.author == "Jane Whitford and Omar Haddad"
    assert card.published == datetime(2033, 8, 30, 16, 15, tzinfo=ZoneInfo("America/New_York"))


def test_a_caption_credited_in_brackets_with_a_bar_leaves_the_stamp_under_it_read() -> None:
    # Tampa Bay Times: the standfirst, the lead caption "[ NAME | Times ]", the writers and
    # their desk, then the stamp
    card = make_card(
        "Environment\nManatee deaths fall for second year as seagrass returns to the bay\n"
        "Wildlife officials counted 410 deaths statewide. Biologists say winter is the test.\n"
        "A manatee surfaces near the TECO Big Bend power plant on Jan. 12. [ LUIS SANTANA | "
        "Times ]\nBy Carla Ruiz\nTimes staff\n"
        "Published Sept. 8, 2033 at 5:12 p.m. ET|Updated Sept. 9, 2033 at 9:40 a.m. ET\n"
        "ST. PETERSBURG — Manatee deaths in Florida fell for a second straight year, state "
        "wildlife officials said Thursday, as seagrass returns to parts of Tampa Bay.\n"
        "The count is the lowest since 2019."
    )
    assert card.published is not None
    assert card.published.strftime("%Y-%m-%d %H:%M") == "2033-09-08 17:12"


def test_a_second_standfirst_then_the_writer_her_post_and_the_stamp() -> None:
    # Sky News: headline, a standfirst of a sentence, the writer, her post, the stamp, the
    # lead caption with "Pic: PA"
    first = (
        "Energy companies will be legally required to pass on falls in wholesale prices to "
        "customers within 30 days, the chancellor has announced."
    )
    card = make_card(
        "Sky News\nChancellor to force energy firms to pass on price falls within 30 days\n"
        "Mark Ellison told the party conference in Liverpool that households had been "
        '"taken for fools" by suppliers who raise bills overnight.\n'
        "Sophie Marsh\nPolitical reporter @sophiemarsh\n"
        "Tuesday 27 September 2033 14:08, UK\n"
        "Mark Ellison speaking at the party conference in Liverpool. Pic: PA\n"
        f"{first}\nThe rule will be added to the Energy Bill now before parliament."
    )
    assert card.published == datetime(2033, 9, 27, 14, 8, tzinfo=ZoneInfo("Europe/London"))
    assert card.author == "Sophie Marsh"
    assert card.body[0] == first


@pytest.mark.parametrize(
    ("masthead", "zone"),
    [("The Seattle Times", "America/Los_Angeles"), ("Houston Chronicle", "America/Chicago")],
)
def test_a_big_citys_paper_prints_its_times_on_the_citys_clock(masthead: str, zone: str) -> None:
    card = make_card(
        f"Skip to main content\n{masthead}\nSubscribe\nLog In\n"
        "Port commissioners approve $2 billion terminal expansion after long fight\n"
        "Sept. 21, 2033 at 6:00 am\nBy Priya Raman\n"
        "Port commissioners on Tuesday approved a $2 billion expansion of the container "
        "terminal, ending a two-year fight with neighbours over noise and truck traffic.\n"
        "Construction is expected to begin next spring."
    )
    assert card.published == datetime(2033, 9, 21, 6, 0, tzinfo=ZoneInfo(zone))


def test_a_paper_named_for_a_city_with_a_namesake_abroad_is_not_put_on_its_clock() -> None:
    card = make_card(
        "Victoria News\nSubscribe\n"
        "Harbour ferry fares rise for the first time in five years\n"
        "Sept. 21, 2033 at 6:00 am\nBy Dana Whyte\n"
        "Harbour ferry fares will rise by 50 cents from October, the operator said on Tuesday, "
        "blaming fuel costs.\nThe operator carries about a million passengers a year."
    )
    assert card.published is None or card.published.tzinfo != ZoneInfo("Asia/Hong_Kong")


@pytest.mark.parametrize(
    "trailer",
    [
        # Reach's and News24's newsletter pitches, and the thanks for signing up
        "Sign up to the Liverpool Echo Crime newsletter here\n"
        "Don't miss the biggest stories from across Merseyside by signing up to our "
        "newsletters HERE\nCourts\nMerseyside Police",
        "Want to be in the know? Get the biggest news stories of the day delivered to your "
        "inbox.\nFollow News24 on WhatsApp for the latest news.\nCourts\nCrime",
        "You’re all signed up!\nRelated: Pinellas opens its first oyster reef in a decade.",
        # The Star: its keywords, its form to report a mistake, the section's next stories
        "Tags / Keywords: Electric Vehicles , MITI , Import Duty\n"
        "Found a mistake in this article?\nReport it to us.\nThank you for your report!\n"
        "Next In Nation\nSarawak to build second deep-sea port in Bintulu, says Premier",
        # The Japan Times: a gallery's label, its keywords, its copyright in capitals
        "PHOTO GALLERY (CLICK TO ENLARGE)\nKEYWORDS\nHanshin Tigers, Yomiuri Giants, Baseball\n"
        "JAPAN TIMES LTD. ALL RIGHTS RESERVED.",
        # Wired: its box of other stories
        "You Might Also Like …\nBig Story: The secret life of a refurbished iPhone",
        # The Boston Globe: the comments' button under the writers' addresses
        "Show comments\nThe mayor's office said the plan would be reviewed.",
    ],
)
def test_what_english_sites_print_under_the_story_is_no_paragraph(trailer: str) -> None:
    last = "The matter was postponed to 14 November for pre-sentencing reports."
    card = make_card(
        "Former water boss guilty of fraud over ghost pipe contracts\n\n"
        "A former head of the city's water department was convicted of fraud on Thursday over "
        "contracts for pipes that were paid for but never delivered.\n\n"
        "The court found that the pipes paid for under three contracts worth R186 million "
        "were never delivered, and that two businessmen shared the money.\n\n"
        f"{last}\n\n{trailer}"
    )
    assert card.body[-1] == last


def test_the_comments_button_in_the_share_bar_over_the_story_leaves_the_story_whole() -> None:
    # The Boston Globe: the lead caption glued to "Name/Globe Staff", then the share bar with
    # "Comments" in it, over the story
    first = (
        "Roughly one in four school bus trips arrived late during the first full week of "
        "classes, according to district data released Wednesday."
    )
    card = make_card(
        "Boston school buses ran late on one in four trips in first week, data show\n"
        "By Jane Whitford Globe Staff,Updated September 14, 2033, 6:42 p.m.\n"
        "Students boarded a bus outside a school in Mattapan on the second day of classes."
        "Kim Ortiz/Globe Staff\nShare on Facebook\nShare on Twitter\nGift this article\n"
        f"Comments\n{first}\nThe district blamed a shortage of 60 drivers."
    )
    assert card.body[0] == first


def test_a_key_points_box_under_the_lead_pictures_credit_is_no_story() -> None:
    # the Nation (Kenya): the caption, its credit, "What you need to know:" and three
    # sentences of fifteen words, then the story's first paragraph of under thirty
    first = (
        "Kiambu Governor Mary Wambui was on Monday night removed from office after the Senate "
        "upheld two of the three charges levelled against her by the county assembly."
    )
    card = make_card(
        "Politics\nSenate upholds impeachment of Kiambu Governor Mary Wambui\n"
        "By Brian Ouma\nTuesday, September 13, 2033 06:40 EAT\n"
        "Kiambu Governor Mary Wambui follows proceedings at the Senate in Nairobi.\n"
        "Photo credit: Dennis Onsongo | Nation Media Group\nWhat you need to know:\n"
        "Senators voted 31-12 to uphold the abuse of office charge and 28-15 on misconduct.\n"
        "Deputy Governor Peter Ngugi is expected to be sworn in within ten days.\n"
        "The governor’s lawyers have said they will challenge the decision at the High Court.\n"
        f"{first}\n"
        "After a two-day hearing in plenary, senators voted 31 to 12 to uphold the charge of "
        "abuse of office, which related to the award of a Sh1.4 billion road tender to a "
        "company linked to a relative of the governor, and 28 to 15 on gross misconduct.\n"
        "The charge of gross violation of the Constitution failed to garner a majority."
    )
    assert card.body[0] == first


@pytest.mark.parametrize(
    ("above", "kind"),
    [
        ("Get the latest Leeds news straight to your inbox Sign up\nWe have more newsletters", ""),
        ("Listen to this article\nYour browser does not support the audio element.", ""),
        ("Meera Rao and Kabir Sethi in a still from Monsoon Letters.", "a film's still"),
    ],
)
def test_a_box_a_player_or_a_films_still_over_the_story_is_no_paragraph(
    above: str, kind: str
) -> None:
    first = (
        "A Leeds engineering company that supplies parts to the offshore wind industry is to "
        "create 400 jobs after committing £120m to a new factory in the Aire Valley."
    )
    card = make_card(
        "Leeds firm to create 400 jobs with £120m wind factory\nBy Priya Shah\n"
        f"15:47, 19 Sep 2033\n{above}\n{first}\n"
        "The company said production would begin in 2035."
    )
    assert card.body[0] == first, kind


def test_the_outlets_path_over_the_headline_and_a_summary_box_over_the_writer_and_stamp() -> None:
    # News24: "News24 | South Africa | Local" over the headline (printed twice), then
    # "Summary" and three sentences, the writer, her post and the stamp
    headline = "Former water boss guilty of R186m fraud over ‘ghost’ pipe contracts"
    card = make_card(
        "News24\nSubscribe\nSign in\nNews\nBusiness\nNews24 | South Africa | Local\n"
        f"{headline}\n{headline}\nSummary\n"
        "A former water and sanitation head has been convicted of fraud and money laundering.\n"
        "The court found that pipes paid for under three contracts were never delivered.\n"
        "Sentencing proceedings will begin in November.\n"
        "Karabo Dube\nCourt reporter\n29 Sep 2033 | 14:31\nUpdated: 29 Sep 15:02\nShare\n"
        "A former head of the city's water and sanitation department has been found guilty of "
        "fraud and money laundering over R186 million in contracts for pipes never delivered.\n"
        "The matter was postponed to 14 November for pre-sentencing reports."
    )
    assert card.headline == headline
    assert card.author == "Karabo Dube"
    assert card.published == datetime(2033, 9, 29, 14, 31, tzinfo=ZoneInfo("Africa/Johannesburg"))


@pytest.mark.parametrize(
    "trailer",
    [
        # The Seattle Times: the writer's telephone and address, then her beat
        "Priya Raman: 206-464-2031 or praman@seattletimes.com; Priya Raman covers "
        "Microsoft, cloud computing and the tech industry's energy appetite.",
        # Hindustan Times: its pitches, "See Less", the page's path ending on the headline
        "Catch your daily dose of Fashion, Taylor Swift, Health, Festivals, Travel, "
        "Relationship, Recipe and all the other Latest Lifestyle News on Hindustan Times "
        "Website and APPs.\nGet Latest entertainment news, Bollywood News along with Latest "
        "News and Top Headlines from India and around the world.\nSee Less\n"
        "News / Business / Port commissioners approve $2 billion terminal expansion",
    ],
)
def test_the_writers_contact_and_a_sites_pitches_and_path_end_the_story(trailer: str) -> None:
    last = "Construction is expected to begin next spring and take about three years."
    card = make_card(
        "Port commissioners approve $2 billion terminal expansion\n\n"
        "Port commissioners on Tuesday approved a $2 billion expansion of the container "
        "terminal, ending a two-year fight with neighbours over noise and truck traffic.\n\n"
        "The expansion will double the terminal's capacity by 2038, the port said.\n\n"
        f"{last}\n\n{trailer}"
    )
    assert card.body[-1] == last


@pytest.mark.parametrize(
    ("writer", "paper"),
    [
        ("Daniel Kerr", "The West Australian"),
        ("By Marcus Lind", "The Minnesota Star Tribune"),
    ],
)
def test_a_papers_name_between_the_writer_and_the_stamp_is_the_source(
    writer: str, paper: str
) -> None:
    card = make_card(
        "Science\nTelescope in the Murchison sees back to the cosmic dawn\n"
        "Astronomers say the first full-array image shows galaxies from 13 billion years ago.\n"
        f"{writer}\n{paper}\nWed, 14 September 2033 4:30PM\n"
        "The telescope in the Murchison has produced its first image using the full array, "
        "astronomers said on Wednesday, in a milestone for the project.\n"
        "The image shows thousands of galaxies."
    )
    assert card.source == paper


def test_a_town_in_capitals_after_the_stamps_zone_is_where_the_story_was_filed() -> None:
    # The Hindu: "Published - September 28, 2033 05:41 pm IST - SRIHARIKOTA", a launch site
    # no gazetteer of towns holds
    card = make_card(
        "Sci-Tech / Science\nLVM3 places second space station module in orbit\n"
        "The module will join the core module launched in 2031\nThe Hindu Bureau\n"
        "Published - September 28, 2033 05:41 pm IST - SRIHARIKOTA\n"
        "Updated - September 28, 2033 07:58 pm IST\n"
        "The Indian Space Research Organisation on Wednesday placed the second module of the "
        "station in a low earth orbit, taking the country a step closer to a permanent crew.\n"
        "The module separated from the rocket 16 minutes after lift-off."
    )
    assert card.dateline is not None and card.dateline.casefold() == "sriharikota"


def test_a_japanese_dateline_names_the_town_and_its_prefecture() -> None:
    first = "Kenta Morishima lined a single into right field in the bottom of the 10th inning."
    card = make_card(
        "Tigers clinch Central League pennant with walk-off win over Giants\n"
        "BY RYO TANABE\nSep 7, 2033 | 22:47 JST\n"
        f"NISHINOMIYA, Hyogo Pref. – {first}\n"
        "The victory gave Hanshin its second pennant in three seasons."
    )
    assert card.dateline is not None and card.dateline.casefold() == "nishinomiya"
    assert card.body[0] == first


@pytest.mark.parametrize(
    "picture",
    [
        # Graphic Online: who stands where, with no credit and no stop
        "The Minister of Finance, Dr Kofi Mensah (3rd right), and other officials at the "
        "announcement of the new producer price in Accra",
        # McClatchy: the photographer and his address after the caption
        "A boat is secured at a marina in Key West on Friday as the storm moved through the "
        "Caribbean. Matias J. Ocner mocner@miamiherald.com",
        # Premium Times: the credit in square brackets with its label
        "A flooded community in Maiduguri, Borno State [PHOTO CREDIT: @NEMA_Nigeria]",
        # The Arizona Republic: two sentences over "Name/The Republic"
        "A dust storm moves across west Phoenix on Aug. 22, 2033. Health officials say the "
        "spores that cause the illness become airborne when soil is disturbed.\n"
        "Tomas Barela/The Republic",
        # The Globe and Mail: its gallery's button over the caption
        "Open this photo in gallery:\nBank of Canada Governor Nathalie Giroux at a news "
        "conference in Ottawa on Wednesday.Justin Tang/The Canadian Press",
    ],
)
def test_the_lead_pictures_caption_in_more_outlets_styles_is_no_paragraph(picture: str) -> None:
    first = (
        "The government has increased the producer price of cocoa for the coming crop season "
        "to GH¢62,400 per tonne, up from GH¢54,800 last season."
    )
    card = make_card(
        "Government raises cocoa producer price by 14 per cent\nBy Kwame Asante\n"
        f"Oct 1, 2033 13:35\n{picture}\n{first}\n"
        "Farmers' groups welcomed the increase but said input costs had risen faster."
    )
    assert card.body[0] == first


def test_a_live_blogs_what_to_know_box_over_its_first_entry_clock_is_no_story() -> None:
    # the Miami Herald: "What to know" and points of one or two sentences, then "2:45 p.m."
    first = (
        "The Monroe County School District will close all schools Monday, Superintendent "
        "Alicia Brandt announced Friday afternoon, citing the need to use campuses as shelters."
    )
    card = make_card(
        "Hurricane Sam: Keys schools to close Monday as storm approaches\n"
        "By Camila Restrepo\nUPDATED OCTOBER 21, 2033 4:10 PM\nWhat to know\n"
        "Hurricane Sam had maximum sustained winds of 80 mph as of 2 p.m. Friday.\n"
        "A hurricane watch is in effect for the Florida Keys. Miami-Dade is under a tropical "
        "storm watch.\nForecasters expect the storm to pass near the Lower Keys late Monday.\n"
        f"2:45 p.m.\nMonroe County schools will close Monday\n{first}\n"
        "Decisions about Tuesday will be made over the weekend, the district said."
    )
    assert card.body[0] == first


@pytest.mark.parametrize(
    "inside",
    [
        # Advance Local's notice between the paragraphs
        "If you purchase a product or register for an account through a link on our site, we "
        "may receive compensation. By using this site, you consent to our User Agreement.",
        # a picture inside the story, its credit glued: "…/The Globe and Mail"
        "A for-sale sign in front of a home in Toronto. Lower borrowing costs have helped "
        "revive sales this year.Christopher Katsarov/The Globe and Mail",
        # The Denver Post: related headlines, one of two short sentences, inside the story
        "RELATED ARTICLES\nColorado confirms first wolf pups born on the Western Slope\n"
        "Ranchers say the compensation program is too slow. The numbers back them up.\n"
        "What to know about Colorado’s wolf reintroduction, three years in",
        "Story continues below.",
    ],
)
def test_notices_pictures_and_related_links_inside_the_story_leave_it_whole(inside: str) -> None:
    last = "CPW said it has hired two range riders for the fall and will process claims soon."
    card = make_card(
        "Six more wolves released in Grand County as reintroduction continues\n\n"
        "By Kieran Holt\n\nOctober 4, 2033 at 6:00 AM\n\n"
        "Colorado Parks and Wildlife released six more gray wolves in Grand County this week, "
        "the start of the third season of the voter-mandated reintroduction.\n\n"
        "The state counted at least 31 wolves in Colorado at the end of last winter, including "
        "four packs that produced litters, according to the agency’s monitoring report.\n\n"
        f"{inside}\n\n"
        "Ranchers can be paid up to $15,000 per animal lost to wolves under a state program, "
        "though cattle producers have complained that claims take months to be paid.\n\n"
        f"{last}"
    )
    assert card.body[-1] == last and len(card.body) == 4


@pytest.mark.parametrize(
    "trailer",
    [
        "— Natalie Brand covers K-12 education for The Oregonian/OregonLive. Reach her at "
        "nbrand@oregonian.com or 503-294-4021.",
        "Subscribe to azcentral.com today.",
        "Our journalists work hard to provide local, up-to-date news to the community. This is "
        "how you can continue to access our trusted content:",
        "Sign up for the Business Brief Newsletter\nYour morning summary of business and "
        "financial news.\nREGISTER TO SIGN UP",
    ],
)
def test_more_sites_notes_under_the_story_end_it(trailer: str) -> None:
    last = "The board will hold six community meetings before it votes in December."
    card = make_card(
        "Portland Public Schools proposes closing 6 elementary schools\n\n"
        "Portland Public Schools would close six elementary schools and redraw boundaries for "
        "nearly a fifth of its students under a plan district leaders released Monday.\n\n"
        f"{last}\n\n{trailer}"
    )
    assert card.body[-1] == last


def test_xinhuas_enditem_is_no_word_of_the_last_paragraph() -> None:
    card = make_card(
        "Kenya opens new railway section to Malaba\n\n"
        "NAIROBI, Oct. 14 (Xinhua) -- Kenya on Friday opened a new section of its standard "
        "gauge railway, extending the line to the border town of Malaba.\n\n"
        "Uganda is constructing its own standard gauge line from Malaba to Kampala, expected "
        "to be completed in 2035. Enditem"
    )
    assert card.body[-1] == (
        "Uganda is constructing its own standard gauge line from Malaba to Kampala, expected "
        "to be completed in 2035."
    )


def test_three_short_points_over_the_dateline_are_no_story() -> None:
    # TODAY: three points of a sentence each, no label, then "SINGAPORE — …"
    first = (
        "Telcos here will be required to block all incoming calls from overseas that display a "
        "local number from Jan 1 next year, as part of a new set of anti-scam measures."
    )
    card = make_card(
        "Telcos to block calls from overseas numbers posing as local ones\n"
        "By Nigel Tan\nPublished October 5, 2033 4:05 PM\n"
        "Commuters using their mobile phones on a train in Singapore. Photo: TODAY\n"
        "Telcos will have to block calls that spoof local phone numbers from Jan 1, 2034.\n"
        "Banks that fail to meet new anti-scam duties could be required to share losses.\n"
        "Scam losses in the first half of 2033 fell 11 per cent, police figures show.\n"
        f"SINGAPORE — {first}\n"
        "The Infocomm Media Development Authority announced the rules on Wednesday."
    )
    assert card.dateline == "SINGAPORE"
    assert card.body[0] == first


def test_a_town_in_capitals_with_a_colon_on_its_own_line_is_the_dateline() -> None:
    # The Express Tribune: "ISLAMABAD:" alone over the story's first paragraph
    first = (
        "The Supreme Court on Friday directed the Election Commission of Pakistan to announce "
        "the schedule for local government elections in the federal capital within two weeks."
    )
    card = make_card(
        "SC gives ECP two weeks to announce Islamabad local govt poll schedule\n"
        "Bench warns of contempt proceedings if commission fails to act\nHasnain Qureshi\n"
        f"October 07, 2033 | 10:15 PM\nISLAMABAD:\n{first}\n"
        "A three-member bench was hearing a petition filed by former councillors."
    )
    assert card.dateline == "ISLAMABAD"
    assert card.body[0] == first


# The review's cases (of the session's rules up to e9f8818): ordinary text the new rules took
# for page furniture, a caption, a dateline or a clock.


@pytest.mark.parametrize(
    "inside",
    [
        "Photo gallery",  # a gallery's heading in the story, not its button
        "Next in line",  # a subhead
        "Seattle Rep Box Office: 206-443-2222 or seattlerep.org; tickets from $35 to $90.",
        "The chart (right) shows how spending on roads has grown since 2025, when the "
        "programme began.",
    ],
)
def test_ordinary_lines_inside_the_story_do_not_end_or_leave_it(inside: str) -> None:
    last = "Organizers said parking would be free after 5 p.m. on both days of the fair."
    card = make_card(
        "Town fair draws record crowd\nBy Jane Doe\nSeptember 14, 2033\n"
        "SPRINGFIELD — More than 20,000 people came to the county fair on Saturday, organizers "
        "said, the largest crowd in its 100-year history.\n"
        f"{inside}\n"
        "The fair runs through Sunday, with a rodeo and a pie contest on the final day.\n"
        f"{last}"
    )
    assert card.body[-1] == last
    assert any(p.startswith("The fair runs") for p in card.body)
    assert inside.startswith(("Photo", "Next")) or inside in card.body


def test_what_to_know_inside_the_story_is_a_subhead_over_its_own_paragraphs() -> None:
    points = [
        "Voters must register by Oct. 10.",
        "Early voting starts Oct. 21 at nine sites.",
        "Ballots can be dropped off at any library.",
    ]
    card = make_card(
        "County sets early voting sites for November election\nBy Jane Doe\n"
        "September 14, 2033\n"
        "The county elections office on Tuesday named nine early voting sites for the "
        "November election, two more than in the last presidential race.\n"
        "What to know\n" + "\n".join(points) + "\n"
        "Elections director Maria Lopez said the new sites, at libraries in the north and "
        "east of the county, were chosen because lines there ran longest four years ago and "
        "voters complained of waits of up to three hours on the last day."
    )
    assert all(point in card.body for point in points)


@pytest.mark.parametrize(
    ("top", "wrong"),
    [
        # a headline over the page, not a site's title naming its country
        ("CNN - Israel and Saudi Arabia resume talks on normalisation\n", "Asia/Riyadh"),
        # the Naples Herald is Florida's, not Italy's
        ("Naples Herald\n", "Europe/Rome"),
    ],
)
def test_a_headline_or_a_namesakes_paper_sets_no_foreign_clock(top: str, wrong: str) -> None:
    card = make_card(
        f"{top}Council approves beach renourishment plan\nSeptember 14, 2033 6:30 pm\n"
        "The city council on Tuesday approved a $12 million plan to pump sand onto three miles "
        "of eroded beach before next hurricane season.\nWork will start in January."
    )
    assert card.published is not None
    assert str(card.published.tzinfo) != wrong and card.published.utcoffset() != timedelta(hours=3)


@pytest.mark.parametrize("label", ["OPINION", "EXCLUSIVE"])
def test_a_section_after_the_stamp_is_no_dateline(label: str) -> None:
    card = make_card(
        "Why the metro fare rise is the wrong answer\nThe Hindu Bureau\n"
        f"Published - September 14, 2033 08:40 pm IST - {label}\n"
        "The metro's decision to raise fares by a fifth will push riders back onto the roads, "
        "at the very moment the city needs them on trains.\nThe board should think again."
    )
    assert card.dateline is None


@pytest.mark.parametrize(
    "trailer",
    [
        # The Dallas Morning News: the writer's name, then the note naming her again
        "Lorena Vasquez. Lorena Vasquez covers technology and energy for The Dallas Morning "
        "News. She joined the paper in 2029.\nlorena.vasquez@dallasnews.com",
        # Newsquest: its calls for readers' stories
        "Get involved with the news in your community\nSend your stories and readers letters "
        "to newsdesk@nne.co.uk\nWant more stories from The Northern Echo?",
        # Mothership: its top picture's credit over more stories
        "Top image via NOVA8/Instagram & Live Nation Singapore.\nMORE STORIES",
    ],
)
def test_writers_notes_readers_calls_and_picture_credits_under_the_story_end_it(
    trailer: str,
) -> None:
    last = "Ardent expects to begin construction in the spring and open in late 2035."
    card = make_card(
        "County approves tax break for $4.2 billion data center campus\n\n"
        "Ellis County commissioners on Tuesday approved a 10-year tax abatement for a $4.2 "
        "billion data center campus south of Waxahachie.\n\n"
        f"{last}\n\n{trailer}"
    )
    assert card.body[-1] == last


@pytest.mark.parametrize(
    "above",
    [
        # NDTV: its AI summary's label and note over the points
        "Quick Reads\nSummary is AI-generated, newsroom-reviewed.\n"
        "ISRO launched BAS-2, the second module of the station.\n"
        "The module will dock with BAS-1 on November 19.",
        # Newsweek: the caption of twenty words over "Name/Getty Images"
        "A poster for the film is seen at the El Capitan Theatre in Los Angeles on November 20, "
        "2033, two days before its release.\nMario Tama/Getty Images",
    ],
)
def test_an_ai_summary_and_a_wire_credited_caption_over_the_story(above: str) -> None:
    first = (
        "The Indian Space Research Organisation on Saturday launched the second module of the "
        "country's planned space station from Sriharikota, taking India a step closer to a "
        "permanent crewed outpost in low earth orbit by the end of the decade."
    )
    card = make_card(
        "ISRO launches second space station module\nBy Ananya Krishnan\n"
        f"November 12, 2033 6:41 PM IST\n{above}\n{first}\n"
        "The module will dock with the first one after a series of orbit-raising burns."
    )
    assert card.body[0] == first


def test_a_sentence_about_a_cover_image_is_story_and_a_country_in_capitals_no_outlet() -> None:
    last = "Top image from the Hubble telescope shows a spiral galaxy with a bright core."
    card = make_card(
        "BANGLADESH\nHealth\nAstronomers release new images of distant galaxies\n"
        "By Jane Doe\nNov. 3, 2033 6:00 AM\n"
        "Astronomers on Thursday released a set of new images of distant galaxies taken by "
        "the space telescope during its third decade in orbit.\n"
        f"{last}"
    )
    assert card.body[-1] == last
    assert card.source is None
