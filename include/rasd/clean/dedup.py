"""Near-duplicates: syndicated or republished copies found by MinHash LSH over word 5-shingles."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from rasd.normalize import normalize_text
from rasd.records import CleanArticle

MINHASH_SEED, MINHASH_SCHEME = 7, "affine32"  # stored signatures are only comparable under these
SHINGLE_WORDS = 5


def _shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    words = normalize_text(text).split()
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(max(1, len(words) - size + 1))}


@lru_cache(maxsize=4)
def _permutations(num_perm: int) -> Any:
    """The permutation parameters of the seed, drawn once: every signature uses the same ones."""
    from datasketch import MinHash

    return MinHash(num_perm=num_perm, seed=MINHASH_SEED, scheme=MINHASH_SCHEME).permutations


def minhash(text: str, num_perm: int = 64) -> Any:
    from datasketch import MinHash

    sig = MinHash(num_perm=num_perm, seed=MINHASH_SEED, scheme=MINHASH_SCHEME, permutations=_permutations(num_perm))
    sig.update_batch(list(_shingles(text)))
    return sig


def sign(article: CleanArticle, num_perm: int = 64) -> CleanArticle:
    """Store the article's signature in ``minhash`` (per article, so clean's workers compute it;
    ``mark_near_duplicates`` then only compares)."""
    article.minhash = [int(v) for v in minhash(article.text, num_perm).hashvalues]
    return article


def _signature(article: CleanArticle, num_perm: int) -> Any:
    """The article's signature: the one ``sign`` stored, else computed now."""
    from datasketch import LeanMinHash

    if article.minhash is not None and len(article.minhash) == num_perm:
        return LeanMinHash(seed=MINHASH_SEED, hashvalues=article.minhash, scheme=MINHASH_SCHEME)
    return minhash(article.text, num_perm)


def mark_near_duplicates(
    articles: Iterable[CleanArticle],
    earlier: Iterable[tuple[str, list[int]]] = (),
    threshold: float = 0.8,
    num_perm: int = 64,
) -> None:
    """Set ``duplicate_of`` on syndicated / republished copies, and store each article's signature
    in ``minhash`` so that later runs find copies of it too. ``earlier`` holds (article_id,
    signature) of articles loaded before; they count as originals. Within the batch the earliest
    published article (then the smallest id) is the original; undated articles rank last."""
    from datasketch import LeanMinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    rank: dict[str, tuple[int, str, str]] = {}
    for article_id, values in earlier:
        if values is not None and len(values) == num_perm and article_id not in rank:
            lsh.insert(article_id, LeanMinHash(seed=MINHASH_SEED, hashvalues=values, scheme=MINHASH_SCHEME))
            rank[article_id] = (0, "", article_id)
    ordered = sorted(articles, key=lambda a: (a.published_date or "9999", a.article_id))
    for article in ordered:
        sig = _signature(article, num_perm)
        article.minhash = [int(v) for v in sig.hashvalues]
        hits = [h for h in lsh.query(sig) if h != article.article_id]
        article.duplicate_of = min(hits, key=rank.__getitem__) if hits else None
        if article.article_id not in rank:
            lsh.insert(article.article_id, sig)
            rank[article.article_id] = (1, article.published_date or "9999", article.article_id)
