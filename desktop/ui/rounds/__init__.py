"""The 调度 tab (rounds: who has returned, 新建一期, 催办, 关闭本期) and a measure's progress history per round."""
