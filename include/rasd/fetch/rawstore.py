"""Content-addressed store for raw bodies (HTML pages, feeds, sitemaps, WARC payloads).

A body lives at ``<root>/<h[0:2]>/<h[2:4]>/<h>.gz`` where ``h`` is the sha256 of the body bytes
(as received, after HTTP content-encoding is undone). Writes are idempotent (same bytes, same
key, written once) and go through a temporary name first, so a reader never sees half a file.
Any fsspec URL works as ``root`` (``/var/rasd/raw``, ``file://...``, ``memory://raw``, ``s3://...``).
"""

from __future__ import annotations

import gzip
import hashlib
import os
import re
import uuid
from typing import Any

import fsspec

_HASH_RE = re.compile(r"^[0-9a-f]{64}$")


def content_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


class CorruptBlobError(IOError):
    """The stored bytes no longer hash to their key."""


class RawStore:
    def __init__(self, root: str | os.PathLike[str], **storage_options: Any) -> None:
        self.root_url = os.fspath(root)
        self.fs, root_path = fsspec.core.url_to_fs(self.root_url, **storage_options)
        self.root = root_path.rstrip("/") or "/"
        self.fs.makedirs(self.root, exist_ok=True)

    def __repr__(self) -> str:
        return f"RawStore({self.root_url!r})"

    def path(self, h: str) -> str:
        if not _HASH_RE.match(h or ""):
            raise ValueError(f"not a sha256 hex digest: {h!r}")
        return f"{self.root}/{h[:2]}/{h[2:4]}/{h}.gz"

    def exists(self, h: str) -> bool:
        if not _HASH_RE.match(h or ""):
            return False
        return bool(self.fs.exists(self.path(h)))

    __contains__ = exists

    def put(self, body: bytes) -> str:
        """Store ``body``; returns its sha256. A second put of the same bytes writes nothing."""
        if not isinstance(body, (bytes, bytearray, memoryview)):
            raise TypeError("RawStore.put expects bytes")
        body = bytes(body)
        h = content_hash(body)
        final = self.path(h)
        if self.fs.exists(final):
            return h
        parent = final.rsplit("/", 1)[0]
        self.fs.makedirs(parent, exist_ok=True)
        tmp = f"{final}.{uuid.uuid4().hex}.tmp"
        data = gzip.compress(body, compresslevel=6, mtime=0)
        with self.fs.open(tmp, "wb") as f:
            f.write(data)
        try:
            self.fs.mv(tmp, final)
        except Exception:
            # A concurrent writer may have won the race: same key means same bytes.
            if self.fs.exists(tmp):
                self.fs.rm(tmp)
            if not self.fs.exists(final):
                raise
        return h

    def get(self, h: str, *, verify: bool = True) -> bytes:
        """The body stored under ``h``; KeyError if absent, CorruptBlobError if it no longer matches."""
        path = self.path(h)
        try:
            with self.fs.open(path, "rb") as f:
                data = f.read()
        except FileNotFoundError:
            raise KeyError(h) from None
        body = gzip.decompress(data)
        if verify and content_hash(body) != h:
            raise CorruptBlobError(f"{path}: content does not hash to its key")
        return body
