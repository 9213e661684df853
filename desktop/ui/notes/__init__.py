"""The 批注 dock: notes anchored to text spans, their editor and the orphans."""
