from __future__ import annotations

from emp_desktop.services import draft_service, vault_service
from tests.conftest import PASSPHRASE


def test_a_draft_survives_locking_and_is_gone_after_discard(test_vault):
    opened = vault_service.unlock(test_vault.folder, PASSPHRASE)
    draft_service.save_draft(opened, "person:7:registratie", {"status": "bevestigd", "n": 1})
    vault_service.lock(opened)  # as the idle lock does
    opened = vault_service.unlock(test_vault.folder, PASSPHRASE)
    try:
        draft = draft_service.load_draft(opened, "person:7:registratie")
        assert draft.payload == {"status": "bevestigd", "n": 1}
        assert [d.key for d in draft_service.list_drafts(opened)] == ["person:7:registratie"]
        draft_service.discard_draft(opened, "person:7:registratie")
        assert draft_service.load_draft(opened, "person:7:registratie") is None
    finally:
        vault_service.lock(opened)
