"""The 对照 window: two documents side by side, measure by measure."""
