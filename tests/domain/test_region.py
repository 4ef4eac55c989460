"""The region value object: resolving codes and names, provinces, mergers as data."""

from __future__ import annotations

import pytest

from emp_desktop.domain import municipalities
from emp_desktop.domain.region import (
    EINDHOVEN,
    InvalidRegion,
    Region,
    UnknownMunicipalities,
    build_region,
)
from emp_desktop.privacy import profiles

RIJNMOND = ("GM0599", "GM0606", "GM0622", "GM0556", "GM0502")


def test_codes_names_aliases_and_former_names_resolve_in_order() -> None:
    entries = ["GM0599", "schiedam", "Vlaardingen", "gm0556", "Capelle aan den IJssel", "GM0599"]
    region = build_region("  Rijnmond ", entries)
    assert (region.name, region.codes) == ("Rijnmond", RIJNMOND)
    assert region.title == "regio Rijnmond"
    assert build_region("X", ["Brielle", "Hellevoetsluis", "Den Haag"]).codes == (
        "GM1992",  # Voorne aan Zee since 2023: a former name is its successor
        "GM0518",
    )


@pytest.mark.parametrize(
    ("name", "entries", "error"),
    [
        ("Rijnmond", [], InvalidRegion),
        ("Rijnmond", [" ", ""], InvalidRegion),
        ("", ["GM0599"], InvalidRegion),
        ("Overig Zuid-Holland", ["GM0599"], InvalidRegion),
        ("x" * 81, ["GM0599"], InvalidRegion),
        ("Rijnmond", ["GM0599", "GM9999", "Atlantis"], UnknownMunicipalities),
        ("Rijnmond", ["onbekend"], UnknownMunicipalities),
        ("Rijnmond", ["buitenland"], UnknownMunicipalities),
    ],
)
def test_bad_regions_are_refused_with_a_reason(name, entries, error) -> None:  # noqa: ANN001
    with pytest.raises(error) as raised:
        build_region(name, entries)
    assert raised.value.exit_code == 2


def test_unknown_entries_are_all_named() -> None:
    with pytest.raises(UnknownMunicipalities) as raised:
        build_region("R", ["GM0599", "GM9999", "Atlantis"])
    assert raised.value.params["entries"] == "GM9999, Atlantis"


def test_provinces_of_a_region_across_a_border() -> None:
    zwolle = build_region("Zwolle", ["Zwolle", "Kampen", "Hattem", "Oldebroek", "Dalfsen"])
    assert zwolle.provinces == ("Overijssel", "Gelderland")  # home province first
    assert EINDHOVEN.provinces == ("Noord-Brabant",)
    everything = municipalities.all_municipalities().values()
    flevoland = [m.code for m in everything if m.province == "Flevoland"]
    whole = Region("Flevoland", tuple(flevoland))
    assert whole.provinces_with_rest == ()  # no 'Overig Flevoland' when nothing is left


def test_a_stored_region_reads_merged_codes_as_their_successor() -> None:
    stored = Region("Voorne", ("GM0501", "GM0530", "GM0614")).to_json()
    assert Region.from_json(stored).codes == ("GM1992",)
    assert Region.from_json(None) == EINDHOVEN
    assert Region.from_json(EINDHOVEN.to_json()) == EINDHOVEN


def test_the_gemeente_categories_follow_the_region() -> None:
    region = Region("Rijnmond", RIJNMOND)
    places = profiles.place_categories(region, set())
    assert places == (
        "Rotterdam",
        "Schiedam",
        "Vlaardingen",
        "Maassluis",
        "Capelle aan den IJssel",
        "Overig Zuid-Holland",
        "Elders",
        "Onbekend",
    )
    assert profiles.place_bucket("GM0518", region) == "Overig Zuid-Holland"  # Den Haag
    assert profiles.place_bucket("GM0772", region) == "Elders"  # Eindhoven
    assert profiles.place_bucket("GM0530", region) == "Overig Zuid-Holland"  # merged away
    assert profiles.place_bucket(municipalities.ABROAD, region) == "Elders"
    assert profiles.place_bucket("GM0599", EINDHOVEN) == "Elders"


def test_overig_is_per_province_for_a_region_across_a_border() -> None:
    zwolle = build_region("Zwolle", ["Zwolle", "Kampen", "Hattem"])
    places = profiles.place_categories(zwolle, set())
    assert places[-4:] == ("Overig Overijssel", "Overig Gelderland", "Elders", "Onbekend")
    assert profiles.place_bucket("GM0200", zwolle) == "Overig Gelderland"  # Apeldoorn
    assert profiles.place_bucket("GM0153", zwolle) == "Overig Overijssel"  # Enschede
    assert profiles.region_of("GM0193", zwolle) == "Zwolle"
    assert profiles.region_of("GM0200", zwolle) == "Overig Gelderland"


def test_the_record_extract_generalises_any_region_to_nederland() -> None:
    step = profiles.HIERARCHIES["regio"][1]
    assert {step(v) for v in ("Rijnmond", "Overig Zuid-Holland", "Elders in Nederland")} == {
        "Nederland"
    }
    assert step("Onbekend") == "Onbekend"


def test_the_merger_data_is_consistent() -> None:
    """A data update (new division, new lines in merged.csv) must keep these true."""
    everything = municipalities.all_municipalities()
    assert all(code in everything for code in EINDHOVEN.codes)
    for old_code, (old_name, _) in municipalities._merged().items():
        assert old_code not in everything, old_code  # merged away: no longer current
        assert municipalities.successor(old_code) in everything, old_code
        assert municipalities.match(old_name) in everything, old_name
