"""Which side of a border an event is on.

'Pakistani troops killed five militants near the Afghan border' happened in Pakistan, not in
Afghanistan: a border named by a country ('the Afghan border', 'the Lebanon border') is that country's
edge, and the event is on the side of whoever it is done to or by, else of the country the story is
set in. Event data put such an event in that country (country precision: the border area has no town).
"""
from __future__ import annotations

from .gazetteer import Gazetteer
from .location import Location


def border_side(location: Location, countries: tuple[str | None, ...], gazetteer: Gazetteer) -> Location:
    """`location` found from a border named by its country: the first of `countries` (the target's, the
    source's, the story's) that is another country; the named country when none is."""
    named = location.place.country
    for code in countries:
        if code and code != named and len(code) == 3 and code.isalpha():
            side = gazetteer.country(code)
            if side is not None:
                return Location(side, location.text, location.span, location.resolved_by)
    return location
