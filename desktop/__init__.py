"""PolicyDesk (政策台账): offline review of Chinese policy documents."""

__version__ = "0.1.0"
