"""The reporting round (调度) as plain data and rules: who returned, who is late, what changed since the last round."""
