"""Excel ledgers and Word briefing packs (openpyxl, python-docx); never imports Qt."""
