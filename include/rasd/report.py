"""Moved to ``rasd.web.report``; this name stays for the ``rasd report`` CLI, the pipeline and the DAG."""

from rasd.web.report import build_report, render_report

__all__ = ["build_report", "render_report"]
