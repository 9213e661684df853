"""Measure-by-measure comparison of two policy documents (alignment, then characters)."""
