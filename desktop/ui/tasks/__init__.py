"""The 任务分工表 and 总览 tabs: tasks by measure × unit, tracking edits, counts by unit and status."""
