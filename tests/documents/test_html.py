from datetime import date
from pathlib import Path

import pytest

from dyadwatch.errors import InputError
from dyadwatch.documents import Document, read_html
from dyadwatch.samples import sample_paths


def kim_page() -> Document:
    path = next(p for p in sample_paths() if p.name == "kim-train.html")
    return read_html(path.read_bytes(), "kim-train.html", origin=str(path))


def texts(document: Document, kind: str) -> list[str]:
    return [document.segment_text(s) for s in document.segments if s.kind == kind]


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def assert_consistent(document: Document) -> None:
    """Segments cover the text in order, separated by paragraph breaks, and each slice is its segment."""
    position = 0
    for segment in document.segments:
        assert segment.start == position
        assert segment.end > segment.start
        assert document.text[segment.start : segment.end].strip() == document.segment_text(segment)
        position = segment.end + 2
    assert position - 2 == len(document.text)
    joined = "\n\n".join(document.segment_text(s) for s in document.segments)
    assert joined == document.text


@pytest.mark.parametrize(
    "chrome",
    [
        "Skip to content",
        "Notes on Northeast Asia",
        "Home",
        "Share this",
        "Twitter",
        "Posted on",
        "4 Comments",
        "Posted in",
        "Tagged",
        "Related",
        "Shoigu watches a parade",
        "Previous:",
        "4 thoughts on",
        "says:",
        "Hank R.",
        "at 9:03 am",
        "Reply",
        "Leave a Reply",
        "Your email address",
        "Search for",
        "Recent Comments",
        "Get the Ledger by email",
        "Subscribe",
        "Advertisement",
        "All rights reserved",
        "dataLayer",
        "margin-right",
    ],
)
def test_blog_page_drops_site_chrome(chrome):
    assert chrome not in kim_page().text


def test_blog_page_metadata():
    document = kim_page()
    assert document.title == "Kim's Armored Train Heads North Again"
    assert document.published == date(2023, 9, 5)
    assert document.url == "https://easternledger.example.org/2023/09/05/kims-armored-train-heads-north-again/"
    assert document.source == "The Eastern Ledger"
    assert document.id == "kim-train.html"
    assert document.origin.endswith("kim-train.html")


def test_blog_page_segments_in_order():
    document = kim_page()
    kinds = [s.kind for s in document.segments]
    assert kinds == ["title", "body", "quote", "body", "comment", "comment", "comment", "comment"]
    assert texts(document, "title") == ["Kim's Armored Train Heads North Again"]
    assert_consistent(document)


def test_blog_page_body_is_the_authors_text():
    first, second = texts(kim_page(), "body")
    assert first.startswith("Kim Jong Un has boarded his armored train once more.")
    assert first.endswith("From the New York Times:")
    assert "\n\n" in first
    assert second.startswith("Nobody should be surprised.")
    assert "Kim's Armored Train Heads North Again" not in first


def test_blog_page_quote_cites_the_times():
    document = kim_page()
    (quote,) = [s for s in document.segments if s.kind == "quote"]
    assert quote.cited == "The New York Times"
    text = document.segment_text(quote)
    assert text.startswith("The White House said on Monday that Mr. Putin and Mr. Kim had exchanged letters")
    assert "\n\nIn June, Sergei K. Shoigu" not in text and " In June, Sergei K. Shoigu," in text
    for sentence in (
        'Mr. Kim sent Mr. Putin a message pledging to "hold hands"',
        "A White House spokesman, John F. Kirby, warned that",
        "Mr. Kim is expected to meet Mr. Putin in Vladivostok",
        "Russia denied that it had bought weapons from North Korea.",
    ):
        assert sentence in text
    assert text.count("\n\n") == 2


def test_blog_page_has_four_reader_comments():
    comments = texts(kim_page(), "comment")
    assert comments == [
        "Enough talk. The US should bomb Pyongyang tomorrow and be done with it.",
        "You are all looking the wrong way. China attacked our ships last month and the press said nothing.",
        "Putin will arm Kim and Kim will arm Putin. The United Nations should throw Russia off the Security "
        "Council today.",
        "Seoul keeps begging for talks while Kim fires missiles over Japan. Japan should shoot down the next one.",
    ]


def test_segment_at_maps_offsets_to_segments():
    document = kim_page()
    offset = document.text.index("Russia denied")
    assert document.segment_at(offset).kind == "quote"
    assert document.segment_at(document.text.index("China attacked")).kind == "comment"
    assert document.segment_at(document.text.index("\n\nNobody")) is None


ARTICLE = (
    "<article><h1>Turkey and Iraq sign water deal</h1>"
    "<p>Turkey signed a water deal with Iraq on Monday.</p></article>"
)


@pytest.mark.parametrize(
    "head, expected",
    [
        ('<meta property="og:title" content="Turkey and Iraq sign water deal"><title>Other | Site</title>',
         "Turkey and Iraq sign water deal"),
        ("<title>Turkey and Iraq sign water deal | Ledger Wire</title>", "Turkey and Iraq sign water deal"),
        ('<meta property="og:site_name" content="Ledger Wire"><title>Turkey and Iraq sign water deal - Ledger Wire'
         "</title>", "Turkey and Iraq sign water deal"),
        ("<title>Turkey and Iraq sign water deal | World | Ledger Wire</title>", "Turkey and Iraq sign water deal"),
        ("", "Turkey and Iraq sign water deal"),
    ],
)
def test_title_from_metadata_without_site_suffix(head, expected):
    document = read_html(page(ARTICLE, head), "t")
    assert document.title == expected
    assert texts(document, "title") == [expected]
    assert texts(document, "body") == ["Turkey signed a water deal with Iraq on Monday."]


@pytest.mark.parametrize(
    "head, body, expected",
    [
        ('<meta property="article:published_time" content="2024-04-22T18:05:00+03:00">', ARTICLE, date(2024, 4, 22)),
        ('<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", '
         '"datePublished": "2024-04-21"}]}</script>', ARTICLE, date(2024, 4, 21)),
        ('<meta name="date" content="2024-04-20">', ARTICLE, date(2024, 4, 20)),
        ('<meta itemprop="datePublished" content="2024-04-19T10:00:00Z">', ARTICLE, date(2024, 4, 19)),
        ("", ARTICLE.replace("</h1>", '</h1><time datetime="2024-04-18">April 18</time>'), date(2024, 4, 18)),
        ('<meta name="date" content="not a date">', ARTICLE, None),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "0001-01-01T00:00:00Z"}'
         '</script>', ARTICLE, None),
        ('<meta name="date" content="9999-12-31">', ARTICLE, None),
        ('<meta name="date" content="2205-01-01"><meta property="article:published_time" content="2024-04-17">',
         ARTICLE, date(2024, 4, 17)),
        ("", ARTICLE, None),
    ],
)
def test_publication_date_from_page_metadata(head, body, expected):
    assert read_html(page(body, head), "d").published == expected


@pytest.mark.parametrize(
    "head, noted",
    [
        ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "0001-01-01T00:00:00Z"}'
         '</script>', "'0001-01-01T00:00:00Z'"),
        ('<meta name="date" content="9999-12-31">', "'9999-12-31'"),
        ('<meta name="date" content="2205-01-01"><meta property="article:published_time" content="2024-04-17">', None),
        ('<meta name="date" content="2024-04-20">', None),
    ],
)
def test_impossible_page_date_is_noted_when_no_other_date_stands_in(head, noted):
    notes = read_html(page(ARTICLE, head), "d").notes
    if noted is None:
        assert notes == []
    else:
        assert len(notes) == 1 and noted in notes[0] and notes[0].endswith("ignored")


@pytest.mark.parametrize(
    "head, expected",
    [
        ('<link rel="canonical" href="https://a.example/x"><meta property="og:url" content="https://b.example/y">',
         "https://a.example/x"),
        ('<meta property="og:url" content="https://b.example/y">', "https://b.example/y"),
        ("", None),
    ],
)
def test_url_from_canonical_or_og_url(head, expected):
    assert read_html(page(ARTICLE, head), "u").url == expected


QUOTE = "<p>The ministry denied that Russia had bought shells from North Korea.</p>"


@pytest.mark.parametrize(
    "body, cited",
    [
        (f"<p>The Times of India reports:</p><blockquote>{QUOTE}</blockquote>", "The Times of India"),
        (f"<p>Tensions rose again. According to Reuters:</p><blockquote>{QUOTE}</blockquote>", "Reuters"),
        (f"<blockquote>{QUOTE}<footer>— <cite>The Korea Herald</cite>, Sept. 4, 2023</footer></blockquote>",
         "The Korea Herald"),
        (f"<blockquote>{QUOTE}<p>— Yonhap, September 4</p></blockquote>", "Yonhap"),
        (f'<blockquote cite="https://www.nytimes.com/2023/09/04/world/asia/x.html">{QUOTE}</blockquote>',
         "nytimes.com"),
        (f"<p>Here is what he said:</p><blockquote>{QUOTE}</blockquote>", None),
        (f"<blockquote>{QUOTE}</blockquote>", None),
    ],
)
def test_quote_cited_source(body, cited):
    document = read_html(page(f"<article><p>Opening paragraph.</p>{body}</article>"), "q")
    (quote,) = [s for s in document.segments if s.kind == "quote"]
    assert quote.cited == cited
    assert document.segment_text(quote) == "The ministry denied that Russia had bought shells from North Korea."
    assert_consistent(document)


def test_adjacent_quotes_from_different_sources_stay_apart():
    body = (
        "<article><p>From Reuters:</p><blockquote><p>Iran denied the report.</p></blockquote>"
        "<p>From the Associated Press:</p><blockquote><p>Israel struck a base in Syria.</p>"
        "<p>Syria condemned the strike.</p></blockquote></article>"
    )
    document = read_html(page(body), "q2")
    quotes = [(s.cited, document.segment_text(s)) for s in document.segments if s.kind == "quote"]
    assert quotes == [
        ("Reuters", "Iran denied the report."),
        ("The Associated Press", "Israel struck a base in Syria.\n\nSyria condemned the strike."),
    ]


@pytest.mark.parametrize(
    "comments",
    [
        # WordPress
        '<div id="comments" class="comments-area"><ol class="comment-list">'
        '<li id="comment-1" class="comment"><article class="comment-body"><footer class="comment-meta">'
        '<b class="fn">Ann</b> says:</footer><div class="comment-content"><p>Iran attacked the tanker.</p></div>'
        '<div class="reply"><a>Reply</a></div></article>'
        '<ol class="children"><li id="comment-2" class="comment"><article class="comment-body">'
        '<div class="comment-content"><p>No, Israel did.</p></div></article></li></ol></li></ol></div>',
        # Disqus, saved after loading
        '<div id="disqus_thread"><ul id="post-list"><li class="post"><div class="post-content">'
        '<div class="post-byline">Ann</div><div class="post-body"><div class="post-message" id="post-11">'
        "<p>Iran attacked the tanker.</p></div></div></div>"
        '<ul class="children"><li class="post"><div class="post-message" id="post-12"><p>No, Israel did.</p>'
        "</div></li></ul></li></ul></div>",
        # bare comment bodies
        '<section class="comments"><div class="comment-body"><p>Iran attacked the tanker.</p></div>'
        '<div class="comment-body"><p>No, Israel did.</p></div></section>',
    ],
)
def test_reader_comments_in_common_shapes(comments):
    body = f"<main><article><p>The navy escorted the tanker.</p></article>{comments}</main>"
    document = read_html(page(body), "c")
    assert texts(document, "body") == ["The navy escorted the tanker."]
    assert texts(document, "comment") == ["Iran attacked the tanker.", "No, Israel did."]
    assert_consistent(document)


def test_comments_outside_the_main_element_are_kept():
    body = (
        '<div class="wrap"><article><p>Chad closed its border with Sudan.</p></article></div>'
        '<div id="comments"><div class="comment"><p>Sudan will retaliate.</p></div></div>'
    )
    document = read_html(page(body), "c2")
    assert document.text == "Chad closed its border with Sudan.\n\nSudan will retaliate."
    assert [s.kind for s in document.segments] == ["body", "comment"]


PAGES = Path(__file__).with_name("pages")
NEWS_BODY = [
    "Armenia and Azerbaijan agreed on Tuesday to reopen a border crossing that has been closed since the war of "
    "2020, the two governments said in a joint statement issued after talks in Almaty.",
    "The foreign ministers of both countries met for six hours under the mediation of Kazakhstan, whose president "
    "hosted a dinner for the delegations on Monday evening. Officials said the crossing would open to trucks first "
    "and to private cars later in the year.",
    "Azerbaijan's foreign minister called the agreement a step toward a peace treaty, while his Armenian "
    "counterpart said the sides still disagreed over the return of detainees held in Baku.",
    "Russia, whose peacekeepers left the region last year, welcomed the deal. The European Union said it was ready "
    "to send monitors to the crossing if both sides asked it to.",
    "Talks are to resume in Geneva next month, the Kazakh foreign ministry said.",
]


def test_news_site_page_keeps_the_article_and_its_metadata_only():
    html = (PAGES / "news-site.html").read_text(encoding="utf-8")
    document = read_html(html, "news")
    assert [s.kind for s in document.segments] == ["title", "body"]
    assert document.title == "Armenia and Azerbaijan agree to reopen border crossing"
    assert texts(document, "body") == ["\n\n".join(NEWS_BODY)]
    assert (document.published, document.source) == (date(2024, 5, 14), "Caucasus Ledger")
    assert document.url == "https://caucasus-ledger.example.com/2024/05/14/border-crossing/"
    for chrome in ("Politics", "Search", "Photo:", "Share on", "newsletter", "Related stories", "Privacy", "By Nare"):
        assert chrome not in document.text
    assert_consistent(document)


@pytest.mark.parametrize(
    "wrapper",
    [
        '<div id="page" class="site has-sidebar">{}</div>',
        '<form id="aspnetForm" method="post" action="./story.aspx">{}</form>',
        '<div class="share-wrapper social-enabled">{}</div>',
        '<div role="navigation">{}</div>',
    ],
)
def test_page_wrappers_with_chrome_names_keep_the_article(wrapper):
    html = (PAGES / "news-site.html").read_text(encoding="utf-8")
    start, end = html.index("<body>") + len("<body>"), html.index("</body>")
    document = read_html(html[:start] + wrapper.format(html[start:end]) + html[end:], "w")
    assert texts(document, "body") == ["\n\n".join(NEWS_BODY)]


def test_page_with_only_a_video_keeps_its_description():
    document = read_html((PAGES / "video-only.html").read_text(encoding="utf-8"), "video")
    assert [s.kind for s in document.segments] == ["title", "body"]
    assert texts(document, "body") == [
        "Tens of thousands of protesters marched to the parliament in Tbilisi on Monday night against a foreign "
        "agents law."
    ]


def test_page_that_is_mostly_navigation_has_no_article():
    with pytest.raises(InputError, match="no readable text"):
        read_html((PAGES / "section-front.html").read_text(encoding="utf-8"), "front", origin="section-front.html")


def test_falls_back_to_the_whole_page_when_the_article_element_is_empty():
    body = "<article></article><div><p>Bolivia expelled the Chilean consul.</p></div>"
    assert read_html(page(body), "f").text == "Bolivia expelled the Chilean consul."


def test_paragraphs_merge_and_whitespace_is_normalised():
    body = (
        "<article><h2>Talks  resume</h2><p>Egypt\n   hosted\ttalks.</p>"
        "<ul><li>Qatar&nbsp;attended.</li></ul></article>"
    )
    document = read_html(page(body), "m")
    assert document.text == "Talks resume\n\nEgypt hosted talks.\n\nQatar attended."
    assert [s.kind for s in document.segments] == ["body"]


@pytest.mark.parametrize(
    "broken, expected",
    [
        ("<html><body><p>Russia attacked Kharkiv on Monday.<p>Ukraine shot down ten drones.",
         "Russia attacked Kharkiv on Monday.\n\nUkraine shot down ten drones."),
        ("<div><p>Japan protested <b>to China<i> on Friday.</div></b>", "Japan protested to China on Friday."),
        ("<p>Iran &amp; Iraq signed &bogus; a deal</p></span></table>", "Iran & Iraq signed &bogus; a deal"),
        ("garbage <<< >>> &&& <p>Chile recalled its envoy.", "garbage <<< >>> &&& Chile recalled its envoy."),
        ("<p>Peru\x00 expelled\x07 a diplomat.</p>", "Peru expelled a diplomat."),
        ("<?xml version='1.0' encoding='utf-8'?><html><body><p>Niger left ECOWAS.</p></body></html>",
         "Niger left ECOWAS."),
        ("<div>" * 200 + "Mali expelled the envoy." + "</div>" * 10, "Mali expelled the envoy."),
    ],
)
def test_broken_html_recovers(broken, expected):
    assert read_html(broken, "b").text == expected


def test_absurdly_deep_nesting_is_a_clean_error_not_a_crash():
    deep = "<p>Benin closed its border.</p>" + "<div>" * 5000 + "text the parser gives up on" + "</div>" * 5000
    assert read_html(deep, "deep").text == "Benin closed its border."
    with pytest.raises(InputError):
        read_html("<div>" * 5000 + "text the parser gives up on", "deeper")


def test_bytes_in_a_declared_legacy_charset():
    raw = '<html><head><meta charset="iso-8859-1"></head><body><p>Le président a visité Séoul.</p></body></html>'
    assert read_html(raw.encode("latin-1"), "l").text == "Le président a visité Séoul."


@pytest.mark.parametrize(
    "empty",
    [
        "",
        "   \n ",
        b"",
        "<html><body></body></html>",
        "<html><head><title>Only a title</title></head><body></body></html>",
        "<html><body><nav><a>Home</a></nav><script>var x = 1;</script><footer>(c) 2024</footer></body></html>",
        "<!-- nothing but a comment -->",
    ],
)
def test_html_without_text_raises_input_error(empty):
    with pytest.raises(InputError) as info:
        read_html(empty, "e", origin="page.html")
    message = str(info.value)
    assert message.startswith("page.html: ")
    assert "\n" not in message
