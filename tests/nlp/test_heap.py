import platform
import sys

import pytest

from dyadwatch.nlp.heap import release_large_blocks


@pytest.mark.skipif(not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc",
                    reason="the mmap threshold is a glibc setting")
def test_glibc_agrees_to_map_large_blocks_directly():
    assert release_large_blocks() is True

