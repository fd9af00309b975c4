"""Language detection: English is coded, other languages are named and set aside, in `code` and `ingest`."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from dyadwatch.cli.main import cli
from dyadwatch.documents.language import LANGUAGES_FILE, detect_language, read_languages
from dyadwatch.errors import LexiconError

FRENCH = ("Le président de la République a rencontré jeudi les dirigeants des pays voisins pour discuter de la "
          "sécurité dans la région et des accords commerciaux qui ont été signés après le sommet.")


@pytest.mark.parametrize("text, name", [
    ("Russian forces attacked Kharkiv on Monday, and the Ukrainian foreign ministry said it would ask the "
     "United Nations Security Council to meet in New York.", "English"),
    ("Russia attacked Kyiv.", "English"),  # too short to judge
    (FRENCH, "French"),
    ("El presidente de Colombia se reunió el martes con los líderes de la región para hablar sobre la seguridad "
     "y los acuerdos comerciales entre los países.", "Spanish"),
    ("Die Bundesregierung hat am Montag angekündigt, dass sie die Sanktionen gegen Russland verlängern wird, "
     "und der Kanzler sagte, es gebe keine Alternative.", "German"),
    ("Президент России встретился с лидерами стран региона, чтобы обсудить вопросы безопасности и торговые "
     "соглашения, которые были подписаны после саммита.", "Russian"),
    ("الرئيس الروسي التقى قادة دول المنطقة لبحث قضايا الأمن والاتفاقات التجارية التي تم توقيعها بعد القمة",
     "Arabic script (Arabic, Persian or Urdu)"),
    ("中国外交部发言人表示，中方坚决反对美国对台湾出售武器，并将采取必要措施维护国家主权和领土完整。", "Chinese"),
    # most letters Arabic though English names are quoted in it; most letters ASCII though a name is Arabic
    ("قال وزير الخارجية إن Washington و Moscow اتفقتا على استئناف المحادثات بشأن الأمن والاتفاقات التجارية",
     "Arabic script (Arabic, Persian or Urdu)"),
    ("The foreign minister met the envoy in Riyadh, and both said the talks on security and trade would "
     "resume next week; a banner in the hall read الأمن والسلام.", "English"),
])
def test_detect_language(text, name):
    assert detect_language(text).name == name


def test_the_language_file_is_checked_with_file_and_line(tmp_path):
    bad = tmp_path / "languages.tsv"
    bad.write_text(LANGUAGES_FILE.read_text(encoding="utf-8") + "fr\tFrench again\tle la les\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"languages.tsv:\d+: language 'fr' is listed twice"):
        read_languages(bad)


def test_code_and_ingest_say_which_language_was_skipped(tmp_path):
    path = tmp_path / "francais.txt"
    path.write_text(FRENCH, encoding="utf-8")
    line = f"{path}: French text detected (by its function words); skipped: dyadwatch codes English"
    code = CliRunner().invoke(cli, ["code", str(path)])
    assert code.exit_code == 0 and code.stderr.splitlines() == [f"warning: {line}"] and code.stdout == ""
    ingest = CliRunner().invoke(cli, ["ingest", str(path), "--db", str(tmp_path / "f.duckdb"), "--workers", "1"])
    assert ingest.exit_code == 0 and ingest.stderr.splitlines() == [f"note: {line}"]
    assert "0 documents stored (0 already stored or refused before, 1 set aside)" in ingest.stdout
