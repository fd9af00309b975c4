"""Keep a long parsing run's memory from creeping up, at a small cost in time.

Each batch the parser allocates and frees large arrays; glibc's heap keeps freed blocks for reuse and,
as the heap fragments, a run over thousands of documents peaks higher than one over a hundred (545 MB
at 89 documents, 696 MB at 445 in one measurement). Serving large blocks straight from the operating
system (glibc's mmap threshold) returns them when freed, but each one is then faulted in page by page
when it is used again. With a threshold of 128 KiB, coding 267 VOA stories peaked at 373 MB instead of
410 MB but took 22% more CPU (2.2 million page faults: 8.9 s of system time against 0.7 s); with 4 MiB,
only the largest batch arrays are mapped: 397 MB for 1.6% more CPU. Elsewhere (other C libraries,
other systems) this does nothing.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import sys

_M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter
LARGE_BLOCK = 4 * 1024 * 1024


def release_large_blocks() -> bool:
    """Ask the C library to map large blocks directly; True when it agreed."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return bool(libc.mallopt(_M_MMAP_THRESHOLD, LARGE_BLOCK))
    except (OSError, AttributeError):
        return False
