"""Realistic article pages for benchmarks, generated from the sample site's templates and articles."""

from __future__ import annotations

import datetime as dt
import random

from rasd.sample_site import site

MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]


def generate_pages(n: int, seed: int = 11) -> list[tuple[str, str, str]]:
    """(url, outlet_id, html) for ``n`` distinct article pages: paragraphs of the sample articles
    recombined, with the outlets' templates, date styles (meta, JSON-LD, dateline) and trailers."""
    rng = random.Random(seed)
    articles = [a for a in site.load_articles() if a["kind"] == "article"]
    paragraphs = [p for a in articles for p in a["paragraphs"]]
    outlets = [o["id"] for o in site.outlets()]
    pages = []
    for i in range(n):
        base = rng.choice(articles)
        day = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(2000))
        synthetic = dict(base)
        synthetic.update(
            {
                "id": f"bench-{i}",
                "path": f"/news/{day:%Y/%m}/bench-{i}.html",
                "published": day.isoformat(),
                "paragraphs": base["paragraphs"][:1] + rng.sample(paragraphs, rng.randint(3, 7)),
                "date_in": rng.choice(["meta", "jsonld", "dateline"]),
            }
        )
        synthetic["dateline"] = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
        outlet = rng.choice(outlets)
        synthetic["outlet"] = outlet
        html = site.render_article(synthetic, outlet)
        pages.append((f"http://127.0.0.1:8765/{outlet}{synthetic['path']}", outlet, html))
    return pages
