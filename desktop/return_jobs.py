"""A department's returned workbook: read it, compare it with what the store holds and what its export showed
(exporters.returns, on plain data), and write the chosen values through the store's one rule for returns."""

from __future__ import annotations

from exporters.returns import ReturnPreview, UnitNotFound, compare_return, read_returned, return_values


def read_return(store, path, unit_id: int | None = None) -> ReturnPreview:
    """The preview of a returned workbook for ``unit_id``, else the unit its 填报单位 line names (UnitNotFound when
    it names none the registry knows). ReadError for a file that cannot be read."""
    returned = read_returned(path)
    names = {u.id: u.qualified_name for u in store.units()}
    if unit_id is None:
        unit_id = store.resolve_unit(returned.unit_written) if returned.unit_written else None
        if unit_id is None:
            raise UnitNotFound("无法从文件判断填报单位（“填报单位”一行缺失或无法识别）")
    if unit_id not in names:
        raise KeyError(f"unknown unit id {unit_id}")
    lines = {ln.assignment_id: ln.values() for ln in store.unit_report(unit_id).lines}
    tracking = store.assignment_tracking(sorted(returned.ids() | set(lines)))
    snapshot, exported_at = store.exported_values(sorted(lines), returned.created)
    return compare_return(returned, unit_id, names[unit_id], lines, tracking, snapshot, exported_at)


def apply_return(store, preview: ReturnPreview, choices: dict[tuple[int, str], str] | None = None) -> dict:
    """Write ``return_values`` through the store's rule for returns (Store.apply_return: the file kept first, then
    one audited write; OSError or the store's error with nothing written either way). Returns {"undo": …,
    "applied": n, "evidence": path}; ``store.restore_assignments(result["undo"])`` puts every value back."""
    values = return_values(preview, choices)
    undo, evidence = store.apply_return(values, preview.path)
    return {"undo": undo, "applied": sum(len(v) for v in values.values()), "evidence": evidence}
