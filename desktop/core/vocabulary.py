"""The words the store, the window and the exports share: roles, tracking statuses, where an assignment came from."""

LEAD, SUPPORT = "lead", "support"
ROLE_NAMES = {LEAD: "牵头", SUPPORT: "配合"}

# How an assignment (or heading, deadline) came to be: read from the text, confirmed or corrected by an officer.
EXTRACTED, CONFIRMED, EDITED = "extracted", "confirmed", "edited"

# Tracking statuses as stored and as offices write them; the first is the status of a task nobody has touched.
STATUSES = ("未启动", "推进中", "已完成", "滞后", "暂缓")
NOT_STARTED = STATUSES[0]
