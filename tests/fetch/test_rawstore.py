"""The content-addressed raw store."""

from __future__ import annotations

import pytest

from rasd.fetch import (
    CorruptBlobError,
    RawStore,
    content_hash,
)

# ---------------------------------------------------------------------------------------------
# Raw store
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("root", ["local", "memory://rasd-test-store"])
def test_rawstore_roundtrip(tmp_path, root):
    store = RawStore(tmp_path / "raw" if root == "local" else root)
    body = "<p>مرحبا</p>".encode()
    h = store.put(body)
    assert h == content_hash(body) and store.exists(h) and h in store
    assert store.put(body) == h  # idempotent
    assert store.get(h) == body
    assert store.path(h).endswith(f"/{h[:2]}/{h[2:4]}/{h}.gz")
    assert not store.exists("0" * 64) and not store.exists("nonsense")
    with pytest.raises(KeyError):
        store.get("0" * 64)
    if root == "local":
        (tmp_path / "raw" / h[:2] / h[2:4] / f"{h}.gz").write_bytes(__import__("gzip").compress(b"tampered"))
        with pytest.raises(CorruptBlobError):
            store.get(h)
