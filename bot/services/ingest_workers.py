"""The worker processes that parse articles for `kabar ingest`, bound to the process that made them.

A worker left behind by a killed ingest holds ~100 MB and never exits on its own. Each worker
asks Linux to kill it when its parent dies (prctl PR_SET_PDEATHSIG), and also watches its
parent's pid in case the kernel cannot tell it (another OS, or the parent already gone).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
PARENT_CHECK_SECONDS = 0.5


def parse_pool(workers: int) -> ProcessPoolExecutor:
    """A process pool whose workers exit as soon as this process ends, however it ends."""
    return ProcessPoolExecutor(workers, initializer=_bind_to_parent, initargs=(os.getpid(),))


def _bind_to_parent(parent: int) -> None:
    """Worker start-up: die with the parent; leave Ctrl-C and SIGTERM to the parent."""
    # Ctrl-C reaches the whole process group: the parent shuts the pool down, and a worker
    # interrupted mid-batch would only print a traceback of its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _ask_kernel_for_death_signal()
    # The parent may have died before the request above; then no signal will ever come.
    if os.getppid() != parent:
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), name="parent-watch", daemon=True).start()


def _ask_kernel_for_death_signal() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # the watcher thread still notices the parent going


def _watch_parent(parent: int) -> None:
    # An orphan is adopted by another process, so its parent pid changes.
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)
