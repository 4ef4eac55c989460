"""The vault's region: read, change (audited), and the region a period's releases use.

The region lives in the vault (`vault_meta`, key `region`, JSON of name and CBS codes); a
vault without one serves the Eindhoven preset. Every release stores the region it was made
for. A year and its quarters (a *year family*) keep the region of their first release that
depends on it, so that a re-release or a later quarter is made for the same municipalities
as what the recipients already hold: two different divisions of the same people could be
subtracted from each other.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from emp_desktop.domain import municipalities
from emp_desktop.domain.region import EINDHOVEN, PRESETS, Region, build_region
from emp_desktop.privacy.periods import Period
from emp_desktop.storage import audit
from emp_desktop.storage.models import VaultMeta
from emp_desktop.storage.release_models import Release
from emp_desktop.storage.vault import OpenVault

REGION_KEY = "region"
# Profiles whose published content depends on the region (the Comensha tables do not).
REGION_PROFILES = ("gemeente", "jaarverslag", "comensha-records")


@dataclass(frozen=True)
class MunicipalityView:
    code: str
    name: str
    province: str


@dataclass(frozen=True)
class RegionView:
    name: str
    title: str  # "regio Zuidoost-Brabant"
    is_default: bool  # no region stored: the Eindhoven preset
    municipalities: tuple[MunicipalityView, ...]
    provinces: tuple[str, ...]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(m.code for m in self.municipalities)


def _view(code: str) -> MunicipalityView:
    return MunicipalityView(code, municipalities.name(code), municipalities.province(code) or "")


def every_municipality() -> tuple[MunicipalityView, ...]:
    """All municipalities of the shipped division, for a picker (by CBS code)."""
    return tuple(_view(code) for code in municipalities.all_municipalities())


def presets() -> dict[str, RegionView]:
    return {key: _region_view(region, False) for key, region in PRESETS.items()}


def _stored(session) -> str | None:  # noqa: ANN001
    meta = session.get(VaultMeta, REGION_KEY)
    return meta.value if meta else None


def current_region(opened: OpenVault) -> Region:
    with opened.transaction() as session:
        return Region.from_json(_stored(session))


def _region_view(region: Region, is_default: bool) -> RegionView:
    views = tuple(_view(code) for code in region)
    return RegionView(region.name, region.title, is_default, views, region.provinces)


def region_view(opened: OpenVault) -> RegionView:
    with opened.transaction() as session:
        stored = _stored(session)
    return _region_view(Region.from_json(stored), stored is None)


def set_region(opened: OpenVault, name: str, entries: Iterable[str]) -> RegionView:
    """Validates first (InvalidRegion / UnknownMunicipalities: nothing changed), then stores
    and audits the change in one transaction. Earlier releases keep their own region."""
    region = build_region(name, entries)
    with opened.transaction() as session:
        previous = Region.from_json(_stored(session))
        session.merge(VaultMeta(key=REGION_KEY, value=region.to_json()))
        audit.append(
            session,
            "region_changed",
            detail={
                "regio": region.name,
                "gemeenten": ",".join(region.codes),
                "vorige": f"{previous.name} ({len(previous)} gemeenten)",
            },
        )
    return _region_view(region, False)


def region_note(opened: OpenVault, region: Region, period: Period) -> str:
    """Said with a preview when the period keeps an earlier region (nothing silent)."""
    current = current_region(opened)
    if region == current:
        return ""
    return (
        f"Gemaakt voor de {region.title} ({len(region)} gemeenten), zoals de eerdere "
        f"leveringen van {period.year.label}; de ingestelde regio is nu de {current.title}."
    )


def region_for_period(opened: OpenVault, period: Period) -> Region:
    """The region of the first region-dependent release of this period's year family, or
    else the vault's current region."""
    year = period.year
    with opened.transaction() as session:
        rows = (
            session.query(Release.period, Release.region)
            .filter(Release.profile.in_(REGION_PROFILES))
            .order_by(Release.id)
            .all()
        )
        for release_period, snapshot in rows:
            if Period.parse(release_period).overlaps(year):
                return Region.from_json(snapshot) if snapshot else EINDHOVEN
        return Region.from_json(_stored(session))
