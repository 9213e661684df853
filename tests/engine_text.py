"""Plain text as the .txt reader hands it to the parser (one block per line), for engine tests."""

from desktop.core.blocks import Block, Document
from desktop.core.engine import parse_document


def text_document(text: str) -> Document:
    """What the .txt reader hands the parser: one block per line, CR/LF folded to LF."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks, start = [], 0
    for i, line in enumerate(text.split("\n")):
        blocks.append(Block(start, start + len(line), i))
        start += len(line) + 1
    return Document(text, blocks, "txt", "utf-8")


def parse_text(text: str):
    return parse_document(text_document(text))
