"""Tests of the web side: pages, API, downloads, report, browser (a package, so its conftest and
helpers never shadow tests/conftest.py)."""
