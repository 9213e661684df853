"""Pieces the panes share: background tasks, list models, tree views, text offsets, undo commands."""
