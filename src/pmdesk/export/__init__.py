"""Exporters: interchange JSON (pure), Markdown (pure), HTML (pure) and PDF (QtGui only)."""
