"""One officer's client for the lost-update test: EDITS edits on random assignments of the team store, each appending
its own token to 进展情况 based on the version it read; a conflict is read again and retried. Prints one JSON line:
the tokens the store acknowledged, the conflicts met, and any error an officer would have seen."""

import json
import random
import sys

from desktop.store.team.server_errors import open_team_store
from desktop.store.team.versions import EditConflict


def main(url: str, worker: int, edits: int, ids: list[int]) -> None:
    store = open_team_store(url)
    rng = random.Random(worker)
    acked, conflicts, errors = [], 0, []
    for i in range(edits):
        aid, token = rng.choice(ids), f"w{worker}e{i};"
        while True:
            version = store.assignment_versions([aid])[aid]          # the version first, then the values it covers
            progress = store.assignment_tracking([aid])[aid]["progress"] or ""
            try:
                store.update_assignments([aid], expected={aid: version}, progress=progress + token)
            except EditConflict:
                conflicts += 1
                continue
            except Exception as exc:   # noqa: BLE001 - what an officer would have seen
                errors.append(f"{type(exc).__name__}: {exc}"[:200])
                break
            acked.append([aid, token])
            break
    store.close()
    print(json.dumps({"acked": acked, "conflicts": conflicts, "errors": errors}))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), [int(x) for x in sys.argv[4].split(",")])
