"""Plain, frozen report models (ledger, unit ledger, briefing) and the rules they share; the exporters draw them."""
