"""The store's side of the reports: one module reads what every report shows and hands back core.reports models."""
