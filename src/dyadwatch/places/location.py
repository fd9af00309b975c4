"""The place of an event as every output shows it."""
from __future__ import annotations

import math
from dataclasses import dataclass

from .gazetteer import Place

# Places this far apart are far from each other: 100 miles, as mordecai's and GDELT's checks use.
NEAR_KM = 161.0
# How the place was found, in the order they are tried (see locate.py).
RESOLVED_BY = ("locative", "object", "dateline", "sentence", "story")
# Assault, fighting and mass violence: placed where they strike, not where their actors come from.
VIOLENCE_ROOTS = ("18", "19", "20")


@dataclass(frozen=True)
class Location:
    """Where an event happened: a gazetteer place and the words of the text that name it."""

    place: Place
    text: str
    span: tuple[int, int]
    resolved_by: str

    def to_dict(self) -> dict:
        place = self.place
        return {
            "name": place.name,
            "country": place.country,
            "adm1": place.adm1,
            "lat": place.lat,
            "lon": place.lon,
            "feature": place.feature_code,
            "precision": place.precision,
            "text": self.text,
            "span": list(self.span),
            "resolved_by": self.resolved_by,
        }


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance."""
    la1, la2 = math.radians(lat1), math.radians(lat2)
    dlat, dlon = la2 - la1, math.radians(lon2 - lon1)
    h = math.sin(dlat / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))
