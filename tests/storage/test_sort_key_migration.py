"""Migration 0011 on a vault with persons made before it: every person gets the Dutch
name of its municipality as sort key, nothing else changes, and the list sorts on it."""

from __future__ import annotations

from alembic import command

from emp_desktop.domain import municipalities, recovery_code
from emp_desktop.services import registry_service
from emp_desktop.services.registry_dto import PersonQuery
from emp_desktop.storage import keyslots, migrate, vault
from emp_desktop.storage.engine import open_engine
from tests.conftest import CHEAP_KDF, PASSPHRASE

CODES = ["GM0772", "GM0796", "GM0014", "buiten_nl", "onbekend", "GM0820", "GM0772"]
PERSON_SQL = (
    "INSERT INTO person (code, tier, created_on, gender, nationality, municipality, "
    "flag_minor, flag_lvb, flag_boy_prostitution, forms_mask) "
    "VALUES (?, 'signaal', '2025-01-01', 'v', 'NL', ?, 0, 0, 0, 1)"
)


def _vault_at_0004(folder):  # noqa: ANN001, ANN202
    folder.mkdir()
    key = keyslots.new_master_key()
    slots = keyslots.create(key, PASSPHRASE, recovery_code.generate(), CHEAP_KDF)
    keyslots.save(folder / "keyslots.json", slots)
    engine = open_engine(folder / "vault.db", key)
    cfg = migrate._config()
    with engine.connect() as conn, conn.begin():
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004")
        for number, code in enumerate(CODES, start=1):
            conn.exec_driver_sql(PERSON_SQL, (f"EMP-2025-{number:04d}", code))
            conn.exec_driver_sql(
                "INSERT INTO contact (person_id, at, mode, with_whom, duration_minutes, note) "
                "VALUES (?, '2025-02-01T10:00', 'telefoon', '', 0, '')",
                (number,),
            )
    engine.dispose()


def test_existing_persons_get_their_sort_key_and_keep_their_contacts(tmp_path) -> None:
    folder = tmp_path / "kluis"
    _vault_at_0004(folder)
    opened = vault.open_with(folder, PASSPHRASE, "passphrase")  # upgrades to head
    try:
        with opened.engine.connect() as conn:
            keys = conn.exec_driver_sql(
                "SELECT municipality, municipality_sort FROM person ORDER BY id"
            ).all()
            contacts = conn.exec_driver_sql("SELECT count(*) FROM contact").scalar()
        assert keys == [(code, municipalities.sort_key(code)) for code in CODES]
        assert contacts == len(CODES)
        rows = registry_service.list_persons(opened, PersonQuery(sort="municipality"), 3)
        rest = registry_service.list_persons(
            opened, PersonQuery(sort="municipality"), 10, after_id=rows[-1].id
        )
        names = [municipalities.sort_key(r.municipality) for r in rows + rest]
        assert names == sorted(names) and names[0] == "buiten nederland"
    finally:
        opened.close()
