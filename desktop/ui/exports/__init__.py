"""The 导出 menu: export dialogs, background exports, and returned ledgers read back."""
