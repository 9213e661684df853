"""The window's side of the team store: edit conflicts, connecting to the team's database."""
