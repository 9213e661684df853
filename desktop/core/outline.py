"""Outline: numbered items of the plan body, with levels inferred per document from the labels that occur."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .labels import Label
from .paragraphs import Paragraph

_MD = re.compile(r"\*\*|__|^#+\s*|`")


@dataclass
class OutlineNode:
    label: Label
    paragraphs: list[Paragraph]
    parent: "OutlineNode | None" = None
    children: list["OutlineNode"] = field(default_factory=list)

    @property
    def path(self) -> list[str]:
        out, node = [], self
        while node is not None:
            out.append(node.label.value)
            node = node.parent
        return out[::-1]

    @property
    def depth(self) -> int:
        return len(self.path) - 1

    @property
    def is_measure(self) -> bool:
        return not self.children

    def heading(self) -> tuple[str, int, int]:
        """The item's lead phrase (up to the first 。) and its span in the first paragraph."""
        para = self.paragraphs[0]
        text = para.fold
        start = self.label.end
        stop = text.find("。", start)
        end = stop if stop >= 0 else len(text)
        raw = text[start:end]
        return strip_markdown(raw).strip(), start, end


def strip_markdown(text: str) -> str:
    # A plain test first: _MD, an alternation with an anchor, is tried at every position, and most text has no mark.
    return _MD.sub("", text) if "**" in text or "__" in text or "`" in text or text[:1] == "#" else text


_ARTICLE_LEVELS = ("chapter", "section", "article")


def build_outline(paragraphs: list[Paragraph]) -> list[OutlineNode]:
    """Top-level nodes of the body. Unlabelled paragraphs continue the item above them.

    Inside an article (第X条) the （一）/1. items complete the article's sentence: they continue it.
    """
    roots: list[OutlineNode] = []
    stack: list[OutlineNode] = []
    for para in paragraphs:
        label = para.label
        if label is not None and label.kind not in _ARTICLE_LEVELS and stack and stack[-1].label.kind == "article":
            label = None
        if label is None:
            if stack:
                stack[-1].paragraphs.append(para)
            continue
        kinds = [n.label.kind for n in stack]
        if label.kind in kinds:
            del stack[kinds.index(label.kind):]
        node = OutlineNode(label, [para], stack[-1] if stack else None)
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
    return roots


def walk(nodes: list[OutlineNode]):
    """Every node, each before its children, in document order (a stack, not nested generators)."""
    stack = nodes[::-1]
    while stack:
        node = stack.pop()
        yield node
        stack += node.children[::-1]
