"""An event's place in the GDELT 2.0 ActionGeo_* columns and in PLOVER/POLECAT location fields.

GDELT codes countries in FIPS 10-4 and first-level divisions as FIPS country + GeoNames admin-1 code
(the same for most countries, 'USCA' for California); its FeatureID is the GeoNames id here.
"""
from __future__ import annotations

# ActionGeo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (first-level division)
_GEO_TYPE = {("country", False): 1, ("adm1", True): 2, ("city", True): 3, ("city", False): 4, ("adm1", False): 5,
             ("country", True): 1}


def action_geo(e: dict) -> dict[str, object]:
    """The ActionGeo_* columns of a merged event (empty when it has no place)."""
    if not e.get("place_name") or e.get("place_lat") is None:
        return {}
    from ..places.gazetteer import load_gazetteer  # opened only when an export has places

    gazetteer = load_gazetteer()
    country = e["place_country"]
    codes = gazetteer.country_codes(country) if country else None
    fips = (codes[1] or codes[0]) if codes else ""
    place = gazetteer.find(e["place_name"], country, e["place_lat"], e["place_lon"]) if country else None
    precision = e["place_precision"] or "city"
    names = [e["place_name"]]
    if precision == "city" and e["place_adm1"]:
        names.append(e["place_adm1"])
    if precision != "country" and codes:
        names.append(codes[2])
    fields: dict[str, object] = {
        "ActionGeo_Type": _GEO_TYPE[(precision, country == "USA")],
        "ActionGeo_FullName": ", ".join(names),
        "ActionGeo_CountryCode": fips,
        "ActionGeo_Lat": round(e["place_lat"], 4),
        "ActionGeo_Long": round(e["place_lon"], 4),
    }
    if place is not None:
        if place.adm1_code and precision != "country":
            fields["ActionGeo_ADM1Code"] = f"{fips}{place.adm1_code}"
        elif precision == "country":
            fields["ActionGeo_ADM1Code"] = fips
        if place.id > 0:
            fields["ActionGeo_FeatureID"] = place.id
    return fields


def plover_location(e: dict) -> dict[str, object]:
    """POLECAT's location fields: place name, country (alpha-3), admin-1, coordinates, precision."""
    return {
        "location": e.get("place_name"),
        "country": e.get("place_country"),
        "admin1": e.get("place_adm1"),
        "lat": e.get("place_lat"),
        "lon": e.get("place_lon"),
        "location_precision": e.get("place_precision"),
    }
