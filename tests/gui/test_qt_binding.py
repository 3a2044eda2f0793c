"""Guards against a known defect of the Qt binding that pmdesk cannot work around in code."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication


def test_processing_events_keeps_the_reference_count_of_none(qapp: QApplication):
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on every processEvents() call,
    so a long test run or a busy window eventually crashes the interpreter ("none_dealloc").
    pyproject.toml excludes that release; this test fails if another one does the same."""
    before = sys.getrefcount(None)
    for _ in range(200):
        qapp.processEvents()
    assert sys.getrefcount(None) - before > -50
