"""Akoma Ntoso 3.0 (OASIS LegalDocML) in the United Nations' profile: writer, reader, validation.

vocabulary.py names everything; writer.py writes unres' AKN; reader.py picks the reader of the
dialect a file is in: read_unres.py (unres' own files, read losslessly) or read_un.py (the UN's
AKN4UN files, read faithfully); reading.py holds what both readers share.
"""

from .vocabulary import AKN4UN_NS, AKN_NS

__all__ = ["AKN4UN_NS", "AKN_NS"]
