"""The warehouse: one DuckDB file written by one process at a time, and its read-only snapshot.

``schema`` (tables and views, applied on connect), ``load`` (idempotent bulk loads), ``calls``
(cross-article call resolution), ``snapshot`` (the single writer: connect, commit, checkpoint,
publish), ``export`` (Parquet). Readers (UI, reports, analysts) open the snapshot, never the file
being written; the read side lives in ``queries``.
"""
