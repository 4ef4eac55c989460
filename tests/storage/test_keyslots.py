"""Key slots: wrapping, checksums, atomic replacement, production parameters."""

from __future__ import annotations

import json

import pytest

from emp_desktop.domain.errors import KeySlotsDamaged, WrongRecoveryCode, WrongSecret
from emp_desktop.storage import keyslots
from emp_desktop.storage.keyslots import PASSPHRASE_SLOT, RECOVERY_SLOT, KdfParams
from tests.conftest import CHEAP_KDF


def _slots():
    key = keyslots.new_master_key()
    return key, keyslots.create(key, "een lange zin voor de test", "CODE-1234", CHEAP_KDF)


def test_both_slots_unwrap_the_same_master_key():
    key, slots = _slots()
    assert len(key) == 32
    assert (
        keyslots.unwrap(slots.vault_id, slots.slot(PASSPHRASE_SLOT), "een lange zin voor de test")
        == key
    )
    assert keyslots.unwrap(slots.vault_id, slots.slot(RECOVERY_SLOT), "CODE-1234") == key


def test_wrong_secret_is_reported_per_slot_kind():
    _, slots = _slots()
    with pytest.raises(WrongSecret):
        keyslots.unwrap(slots.vault_id, slots.slot(PASSPHRASE_SLOT), "fout")
    with pytest.raises(WrongRecoveryCode):
        keyslots.unwrap(slots.vault_id, slots.slot(RECOVERY_SLOT), "fout")


def test_lowering_the_stored_kdf_cost_is_detected_as_wrong_not_accepted():
    _, slots = _slots()
    document = json.loads(keyslots.to_bytes(slots))
    document.pop("checksum")
    document["slots"][0]["kdf"]["iterations"] = 2  # an attacker edits and re-checksums
    import hashlib

    body = json.dumps(document, sort_keys=True).encode()
    document["checksum"] = hashlib.sha256(body).hexdigest()
    tampered = keyslots.from_bytes(json.dumps(document).encode())
    with pytest.raises(WrongSecret):
        keyslots.unwrap(
            tampered.vault_id, tampered.slot(PASSPHRASE_SLOT), "een lange zin voor de test"
        )


@pytest.mark.parametrize("position", [5, 100, 300, -20])
def test_a_flipped_byte_is_damage_not_a_wrong_passphrase(position):
    _, slots = _slots()
    data = bytearray(keyslots.to_bytes(slots))
    data[position] ^= 0x01
    with pytest.raises(KeySlotsDamaged):
        keyslots.from_bytes(bytes(data))


def test_save_keeps_a_spare_of_the_new_version_not_the_old(tmp_path):
    _, first = _slots()
    _, second = _slots()
    path = tmp_path / "keyslots.json"
    keyslots.save(path, first)
    keyslots.save(path, second)
    assert keyslots.load(path).vault_id == second.vault_id
    # The spare is the same document: an older one would still open with an old passphrase.
    assert keyslots.load(keyslots.previous_path(path)).vault_id == second.vault_id
    assert (path.stat().st_mode & 0o777) == 0o600
    assert not list(tmp_path.glob(".*.tmp"))


def test_production_parameters_are_memory_hard():
    production = KdfParams.production()
    assert production.memory_kib >= 256 * 1024
    assert production.is_production_grade()
    assert not CHEAP_KDF.is_production_grade()
