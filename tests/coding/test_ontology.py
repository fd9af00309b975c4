"""The CAMEO table and the PLOVER types the gold standard's human coders use where the crosswalk differs."""
from __future__ import annotations

import pytest

from dyadwatch.coding import ontology
from dyadwatch.coding.ontology import load_ontology
from dyadwatch.errors import LexiconError


@pytest.mark.parametrize(
    "code, plover_type",
    [("163", "SANCTION"), ("0831", "RETREAT"), ("0813", "CONCEDE"), ("0814", "CONCEDE"),
     ("161", "SANCTION"), ("173", "COERCE"), ("0871", "RETREAT")],
)
def test_plover_type_of_a_code(code, plover_type):
    assert load_ontology()[code].plover_type == plover_type


def test_an_overridden_code_drops_the_crosswalk_mode():
    assert load_ontology()["163"].plover_mode is None


@pytest.mark.parametrize(
    "line, message",
    [("999\tSANCTION\t-\twhy", "unknown CAMEO code '999'"),
     ("163\tPUNISH\t-\twhy", "unknown PLOVER type 'PUNISH'"),
     ("163\tSANCTION", "expected 4 TAB-separated columns")],
)
def test_a_bad_override_names_file_and_line(tmp_path, monkeypatch, line, message):
    data = tmp_path / "data"
    data.mkdir()
    real = ontology.resources.files("dyadwatch.coding") / "data" / "cameo.tsv"
    (data / "cameo.tsv").write_text(real.read_text(encoding="utf-8"), encoding="utf-8")
    (data / "plover_types.tsv").write_text("# comment\n" + line + "\n", encoding="utf-8")
    monkeypatch.setattr(ontology.resources, "files", lambda package: tmp_path)
    load_ontology.cache_clear()
    try:
        with pytest.raises(LexiconError) as raised:
            load_ontology()
        assert "plover_types.tsv:2" in str(raised.value) and message in str(raised.value)
    finally:
        monkeypatch.undo()
        load_ontology.cache_clear()
