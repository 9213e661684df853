"""Qt-free, SQL-free extraction engine: readers, outline, units, targets and deadlines."""
