"""The 措施审阅 tab: library, outline, measure table and filters, source text, correction editor, imports."""
