"""The one error type the engine raises for bad input: a Chinese message with an English gloss."""


class ReadError(Exception):
    """A file the engine cannot read; ``zh`` is shown to officers, ``en`` glosses it."""

    def __init__(self, zh: str, en: str):
        super().__init__(f"{zh}（{en}）")
        self.zh = zh
        self.en = en

    def __str__(self) -> str:
        return f"{self.zh} ({self.en})"
