"""Text forms for comparison: same-length folding for diffs, and the comparable form of a measure."""
from __future__ import annotations

import functools
import re
import unicodedata

from desktop.core.labels import match_label
from desktop.core.responsibility import bracket_groups
from desktop.core.textnorm import fold

# One character for one, so offsets in the folded text are offsets in the text as written.
_PUNCTUATION_TWINS = {
    "、": "，", ",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？",
    "〔": "（", "〕": "）", "［": "【", "］": "】", "[": "【", "]": "】",
    "\u201c": "\"", "\u201d": "\"", "\u2018": "'", "\u2019": "'", "\u3000": " ", "\t": " ", "\r": " ",
}
_TWIN = re.compile("[" + re.escape("".join(_PUNCTUATION_TWINS)) + "]")  # str.translate is slow on CJK text
_CJK = r"\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"
_CJK_CHAR = re.compile(f"[{_CJK}]")
_FIELD_LINE = re.compile(r"^[*\s]*(?:牵头|负责|责任|主责|配合|协办|参与)(?:单位|部门)[*\s]*[:：]")
_FIELD_LINES = re.compile(_FIELD_LINE.pattern, re.M)  # finds a line _FIELD_LINE matches, if any


@functools.lru_cache(maxsize=8192)  # each measure's text is folded for its score, its "same" test and its diff
def fold_for_diff(text: str) -> str:
    """繁→简, full-width → half-width and punctuation twins (、/，, (/（) made one: same length as ``text``."""
    return _TWIN.sub(lambda m: _PUNCTUATION_TWINS[m.group()], fold(text))


def label_end(folded: str) -> int:
    """Where the text after a leading outline label （三） / 3. / ③ starts (0 when there is none)."""
    label = match_label(folded)
    return label.end if label else 0


def squeeze_spaces(text: str) -> str:
    """No space next to a Chinese character; other runs of spaces become one."""
    words = text.split()
    if len(words) < 2:
        return words[0] if words else ""
    out = [words[0]]
    for word in words[1:]:
        if not (_CJK_CHAR.match(out[-1][-1]) or _CJK_CHAR.match(word[0])):
            out.append(" ")
        out.append(word)
    return "".join(out)


def comparable(text: str) -> str:
    """The measure text as the comparison sees it: folded, unlabelled, spaces squeezed."""
    folded = fold_for_diff(text)
    return squeeze_spaces(folded[label_end(folded):])


def without_responsibility(text: str, unit_names) -> str:
    """comparable(text) minus the brackets and 责任单位： lines naming its units (the deltas compare those)."""
    folded = fold_for_diff(text)
    folded = folded[label_end(folded):]
    names = [fold_for_diff(name) for name in unit_names if name]
    if names and _FIELD_LINES.search(folded):
        folded = "\n".join(line for line in folded.split("\n") if not _FIELD_LINE.match(line))
    if any(name in folded for name in names):
        kept, last = [], 0
        for start, end in bracket_groups(folded):
            if any(name in folded[start:end] for name in names):
                kept.append(folded[last:start])
                last = end
        folded = "".join(kept) + folded[last:]
    return squeeze_spaces(folded)


def is_punctuation(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"
