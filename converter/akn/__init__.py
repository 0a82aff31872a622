"""Akoma Ntoso 3.0 (OASIS LegalDocML) in the United Nations' profile: writer, reader, validation."""

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
AKN4UN_NS = "http://un.org/akn4un"
