"""Text from documents made safe to print on a terminal.

A page or feed can carry escape sequences (ANSI colours, OSC titles and hyperlinks, cursor moves) that
a terminal would obey; printed as they are, they could recolour, retitle or rewrite the screen. Every
human-readable output strips them; JSON output escapes them by itself.
"""
from __future__ import annotations

import re

_ESCAPES = re.compile(
    r"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC ... BEL or ST (titles, hyperlinks)
    r"|\x1b\[[0-?]*[ -/]*[@-~]"  # CSI (colours, cursor moves)
    r"|\x1b[P^_X][^\x1b]*(?:\x1b\\)?"  # DCS, PM, APC, SOS strings
    r"|\x1b[ -/]*[0-~]?"  # other escapes, and a lone ESC
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """The text without terminal escape sequences and control characters (tabs and newlines stay)."""
    return _CONTROLS.sub("", _ESCAPES.sub("", text)) if text else text
