"""unres: UN resolutions as data — text, JSON model and Akoma Ntoso 3.0.

The public API is re-exported here lazily so that `unres --version` starts fast.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = [
    "Problem", "Resolution", "UnresError", "from_akn", "from_json", "parse_text", "render_html",
    "render_text", "to_akn", "to_json", "validate", "convert",
]


def __getattr__(name: str):
    if name in __all__:
        import importlib

        return getattr(importlib.import_module("unres.api"), name)
    raise AttributeError(name)
