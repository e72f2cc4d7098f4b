#!/usr/bin/env python3
"""Write the twenty saved pages (<stem>.html) and gold.json from articles.py.

The markup imitates what browsers save from real news sites: navigation, cookie banners,
promotions, "most read" lists with their own dated headlines, related stories, comments and
footers around the article, and the article's date in one of the places real sites put it
(Open Graph, JSON-LD, <time>, Dublin Core, parse.ly, sailthru, itemprop, the URL, or only the
visible byline). `--check` verifies the files are up to date.
"""
import html
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from articles import ARTICLES  # noqa: E402

HERE = Path(__file__).parent
MOST_READ = [("Storm warning issued for the whole coast", "March 2, 2018"),
             ("Council approves new parking charges", "June 30, 2017"),
             ("Local team wins cup after extra time", "May 21, 2016")]
BOILERPLATE = ["Storm warning issued for the whole coast", "Council approves new parking charges",
               "Subscribe for $1 a week", "We use cookies to improve your experience",
               "I was there on Friday and saw the whole thing", "All rights reserved",
               "Sign up for our morning briefing"]


def date_head(variant: str, day: str | None, url: str, title: str) -> str:
    if day is None or variant in ("url_only", "visible_only", "none"):
        return ""
    stamp = f"{day}T08:30:00+00:00"
    return {
        "og_published": f'<meta property="article:published_time" content="{stamp}">',
        "published_and_modified": (f'<meta property="article:published_time" content="{stamp}">\n'
                                   f'<meta property="article:modified_time" content="{day[:8]}{int(day[8:]) + 2:02d}T10:00:00+00:00">'),
        "jsonld": ('<script type="application/ld+json">' + json.dumps({
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "url": url,
            "datePublished": stamp, "dateModified": stamp}) + "</script>"),
        "jsonld_graph": ('<script type="application/ld+json">' + json.dumps({
            "@context": "https://schema.org", "@graph": [
                {"@type": "WebSite", "name": "site", "url": url.split("/", 3)[0] + "//" + url.split("/")[2]},
                {"@type": "NewsArticle", "headline": title, "datePublished": stamp}]}) + "</script>"),
        "time_element": "",
        "meta_date": f'<meta name="date" content="{day}">',
        "itemprop": "",
        "dc_date": f'<meta name="dc.date" content="{day}">',
        "parsely": f'<meta name="parsely-pub-date" content="{stamp}">',
        "pubdate": f'<meta name="pubdate" content="{day.replace("-", "")}">',
        "sailthru": f'<meta name="sailthru.date" content="{day} 14:00:00">',
    }[variant]


def byline(variant: str, day: str | None) -> str:
    if day is None or variant in ("url_only",):
        return '<p class="byline">By Staff Reporter</p>'
    y, m, d = day.split("-")
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    words = f"{months[int(m) - 1]} {int(d)}, {y}"
    if variant == "time_element":
        return f'<p class="byline">By Staff Reporter · <time datetime="{day}T16:05:00Z">{words}</time></p>'
    if variant == "itemprop":
        return (f'<p class="byline">By Staff Reporter <meta itemprop="datePublished" content="{day}">'
                f'<span class="date">{words}</span></p>')
    if variant == "published_and_modified":
        return f'<p class="byline">By Staff Reporter · Updated {months[int(m) - 1]} {int(d) + 2}, {y}</p>'
    return f'<p class="byline">By Staff Reporter · Published {words}</p>'


def page(stem, site, url, title, day, variant, template, paragraphs) -> str:
    esc = html.escape
    nav = "".join(f'<li><a href="/{s.lower()}">{s}</a></li>' for s in
                  ["Home", "World", "Business", "Sport", "Opinion", "Subscribe"])
    most = "".join(f'<li><a href="/r{i}">{esc(h)}</a> <span class="when">{w}</span></li>'
                   for i, (h, w) in enumerate(MOST_READ))
    body = "".join(f"<p>{esc(p)}</p>\n" for p in paragraphs)
    article_open = {"amp": '<article class="amp-article">', "medium": '<article><section class="story">',
                    "blog": '<div class="post-content">', "wordpress": '<article class="post type-post">',
                    "newscms": '<article class="story-body" data-component="article">'}[template]
    article_close = {"amp": "</article>", "medium": "</section></article>", "blog": "</div>",
                     "wordpress": "</article>", "newscms": "</article>"}[template]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(title)} | {esc(site)}</title>
<link rel="canonical" href="{url}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="{esc(site)}">
{date_head(variant, day, url, title)}
<link rel="stylesheet" href="/static/site.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head>
<body class="{template}">
<div id="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
<header class="site-header"><a class="logo" href="/">{esc(site)}</a>
<nav><ul>{nav}</ul></nav>
<div class="promo">Subscribe for $1 a week. Offer ends Sunday.</div>
</header>
<main>
{article_open}
<h1>{esc(title)}</h1>
{byline(variant, day)}
<figure><img src="/img/{stem}.jpg" alt=""><figcaption>(File photo) A view of the scene.</figcaption></figure>
{body}{article_close}
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/old1">Council approves new parking charges</a></li></ul></aside>
<aside class="most-read"><h2>Most read</h2><ol>{most}</ol></aside>
<section class="newsletter"><p>Sign up for our morning briefing and get the day's news first.</p></section>
<section class="comments"><h2>Comments (3)</h2>
<div class="comment"><p>I was there on Friday and saw the whole thing.</p><span>posted 2 days ago</span></div>
</section>
</main>
<footer><p>&copy; 2026 {esc(site)}. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body>
</html>
"""


def outputs() -> dict[str, str]:
    files, gold = {}, []
    for stem, site, url, title, day, variant, template, paragraphs in ARTICLES:
        files[f"{stem}.html"] = page(stem, site, url, title, day, variant, template, paragraphs)
        gold.append({"file": f"{stem}.html", "site": site, "doc_date": day, "date_in": variant,
                     "title": title, "url": url,
                     "main_text_contains": [paragraphs[0], paragraphs[-1]],
                     "boilerplate": BOILERPLATE})
    files["gold.json"] = json.dumps(gold, indent=1, ensure_ascii=False) + "\n"
    return files


if __name__ == "__main__":
    for name, content in outputs().items():
        path = HERE / name
        if "--check" in sys.argv:
            if path.read_text(encoding="utf-8") != content:
                sys.exit(f"{name} is stale")
        else:
            path.write_text(content, encoding="utf-8")
    print(len(ARTICLES), "pages")
