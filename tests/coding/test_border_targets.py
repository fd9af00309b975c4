"""Shows of force, threats and attacks aimed across a border target the country beyond it
(coding/borders.py): 'Russia massed troops on the Ukrainian border' is Russia against Ukraine, never
Russia against its own troops; a border of the source's own side, an arrest near a border and a town
captured on a border keep the targets they had."""
from __future__ import annotations

import pytest
from coding_helpers import codes_of


@pytest.mark.parametrize(
    "text, root, source, target",
    [
        ("Russia massed troops on the Ukrainian border.", "15", "RUS", "UKR"),
        ("Russia deployed tanks and artillery to the border with Ukraine.", "15", "RUS", "UKR"),
        # warning that it could deploy them is a threat of force (138), at the same country
        ("Moscow has warned it could deploy forces near Ukraine's border.", "13", "RUSGOV", "UKR"),
        ("Eritrea mobilised troops near the Ethiopian border.", "15", "ERI", "ETH"),
        ("Ethiopia massed troops on its border with Eritrea.", "15", "ETH", "ERI"),
        ("Venezuela deployed troops to the Colombian border.", "15", "VEN", "COL"),
        ("Venezuela's President Nicolas Maduro ordered troops to the Colombian border.", "15", "VENGOV", "COL"),
        ("Polish border guards were deployed to the Belarus border.", "15", "POLMIL", "BLR"),
        ("India deployed additional troops along the Line of Control with Pakistan.", "15", "IND", "PAK"),
    ],
)
def test_forces_shown_at_another_countrys_border_target_it(coder, text, root, source, target):
    got = codes_of(coder, text)
    assert any(c.startswith(root) and s == source and t == target for c, s, t in got), got


@pytest.mark.parametrize(
    "text, root, source, target",
    [
        ("Russia threatened to send troops to the Ukrainian border.", "13", "RUS", "UKR"),
        ("North Korea threatened military action along the border with South Korea.", "13", "PRK", "KOR"),
        ("Azerbaijani troops fired mortar shells across the Armenian border.", "19", "AZEMIL", "ARM"),
        ("Azerbaijani troops shelled the Armenian border.", "19", "AZEMIL", "ARM"),
        ("Pakistani troops fired mortars across the border with India.", "19", "PAKMIL", "IND"),
        ("Pakistani troops shelled villages along the Indian border in Kashmir.", "19", "PAKMIL", "IND"),
    ],
)
def test_threats_and_attacks_across_a_border_target_the_country_beyond(coder, text, root, source, target):
    got = codes_of(coder, text)
    assert any(c.startswith(root) and s == source and t == target for c, s, t in got), got


@pytest.mark.parametrize(
    "text, expected",
    [
        # a force on its own side of its own border: its own troops, as before, no other country
        ("Armenia deployed troops on its own border.", ("154", "ARM", "ARMMIL")),
        ("Thailand deployed troops along the Thai border.", ("154", "THA", "THAMIL")),
        ("Ukrainian border guards detained two men.", ("173", "UKRMIL", "UKRCVL")),
        # an arrest near a border is no act against the country beyond it
        ("The accused was arrested near the Nepal border by Bihar police.", ("173", "INDCOP", "INDCRM")),
        # a town captured on a border lies on the captor's side: no target rather than Thailand
        ("Burmese troops captured a town on the Thai border.", ("190", "MMRMIL", None)),
        # fighting near a border, not across it, is not aimed at the country beyond
        ("Burmese troops fought near the Thai border.", None),
        # what an attack hits on or near a border lies on either side of it
        ("Burmese troops captured a Karen rebel stronghold on the Thai border.", None),
        ("Burmese troops shelled rebel positions near the Thai border.", None),
    ],
)
def test_own_side_of_a_border_keeps_its_target(coder, text, expected):
    got = codes_of(coder, text)
    assert not [g for g in got if g[2] == "THA" and g[1].startswith("MMR")], got
    if expected is not None:
        assert expected in got, got
