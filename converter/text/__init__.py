"""Plain text as extracted from the UN's PDF and Word files: parsing and rendering."""
