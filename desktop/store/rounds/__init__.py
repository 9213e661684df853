"""The reporting round's tables and the RoundBook service that keeps them."""
