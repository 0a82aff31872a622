"""Cover lines shared by the hand-written resolutions of the layout tests (invented symbols and dates)."""

from __future__ import annotations


def en_cover(number: str, issued: str, adopted: str, title: str) -> str:
    """The compact cover of an invented General Assembly resolution `number` ("97/21"), as block extractions run
    its first lines together: symbol on the body's line, issue date alone, the adoption line, title and formula."""
    return (f"United Nations A/RES/{number}\nGeneral Assembly Distr.: General\n{issued}\n"
            f"Resolution adopted by the General Assembly on {adopted}\n{number}. {title}\nThe General Assembly,\n")
