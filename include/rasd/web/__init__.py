"""Rasd's web side: the pages, the JSON API, the downloads and the quality report.

``app`` (the FastAPI app, ``create_app``), ``auth`` (token or Airflow login), ``render`` (escaping,
direction, safe links, the page frame and its Content-Security-Policy), ``charts`` (server-side SVG),
one module per page (``calls``, ``people``, ``trends``, ``quality``), ``downloads`` (CSV, Parquet) and
``report`` (the report file). Warehouse reads come from ``rasd.warehouse.queries``. Never imports Airflow:
``plugins/rasd_plugin.py`` registers the app with Airflow and injects Airflow's login check.
"""
