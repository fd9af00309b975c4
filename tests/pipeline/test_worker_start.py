"""A worker whose coder does not load reports why with its first batch, as the one-line error of the
lexicon or model, instead of dying and leaving the writer to guess (the writer checks the built-in
lexicon no more: the worker server loads it anyway)."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents import read_text
from dyadwatch.errors import IngestError
from dyadwatch.pipeline import local


@pytest.mark.parametrize("content, message", [
    ("[verbs]\n173  arrest\n999  detain\n", "17_coerce.txt:3: '999' is not a CAMEO code in cameo.tsv"),
    ("[verbs]\n17x  arrest\n", "17_coerce.txt:2:"),
])
def test_a_coder_that_does_not_load_fails_the_first_batch_in_one_line(tmp_path, monkeypatch, content, message):
    (tmp_path / "17_coerce.txt").write_text(content, encoding="utf-8")
    monkeypatch.setattr(local, "die_with_parent", lambda: None)  # this is the test process, not a worker
    monkeypatch.setattr(local.signal, "signal", lambda *args: None)
    monkeypatch.setattr(local, "_CODER", None)
    monkeypatch.setattr(local, "_FAILURE", None)
    local._start_worker(None, tmp_path, False)
    document = read_text("Police arrested three protesters in Kyiv on Monday.", "kyiv.txt", published=date(2024, 3, 4))
    with pytest.raises(IngestError, match=message) as failure:
        local._code_in_worker([("key", document)])
    assert str(tmp_path) in str(failure.value) and "\n" not in str(failure.value)
