"""Bundled sample Arabic news site (fictional outlets, real diplomatic contacts).

See :mod:`.site` for the loader, the renderer and the local HTTP server.
"""

from .site import (
    article_path,
    article_url,
    get_outlet,
    load_articles,
    make_server,
    outlets,
    published_datetime,
    render_article,
    render_site,
    serve_forever,
    start_in_thread,
)

__all__ = [
    "article_path",
    "article_url",
    "get_outlet",
    "load_articles",
    "make_server",
    "outlets",
    "published_datetime",
    "render_article",
    "render_site",
    "serve_forever",
    "start_in_thread",
]
