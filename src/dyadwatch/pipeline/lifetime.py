"""Worker processes die with the process that started them.

Ingest workers are forked from a forkserver, which the ingest process starts; if the ingest process is
killed (kill -9, the OOM killer), nothing tells them to stop, and each would keep a parsed model in
memory forever. On Linux the kernel does it: PR_SET_PDEATHSIG sends SIGKILL to a process when its
parent exits. Elsewhere a daemon thread watches the parent id and exits when it changes.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1
POLL_SECONDS = 1.0


def die_with_parent() -> None:
    """Make this process end as soon as its parent process does (call it first thing in a child)."""
    parent = os.getppid()
    if parent == 1:  # orphaned already: the parent died before the watch could be set
        os._exit(1)
    if not _pdeathsig():
        threading.Thread(target=_watch, args=(parent,), name="dyadwatch-parent-watch", daemon=True).start()
    if os.getppid() != parent:  # the parent died while the watch was being set
        os._exit(1)


def _pdeathsig() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(POLL_SECONDS)
    os._exit(1)
