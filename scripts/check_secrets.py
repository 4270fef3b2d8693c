"""Refuse to deploy with placeholder or empty secrets (run first by compose's airflow-init).

Reads the secrets from the environment (compose passes .env to every Airflow container) and exits
non-zero with one line naming every bad variable, so `docker compose up` stops before Airflow
starts with a password or signing key anyone can read in .env.example. Standard library only.

    python scripts/check_secrets.py     # exit 0: all set; exit 1: message on stderr
"""

from __future__ import annotations

import base64
import binascii
import os
import sys
from collections.abc import Mapping

# Variable -> minimum length. Signing keys must be long random strings; passwords only non-trivial.
SECRETS: dict[str, int] = {
    "POSTGRES_PASSWORD": 8,
    "AIRFLOW_ADMIN_PASSWORD": 8,
    "AIRFLOW__API_AUTH__JWT_SECRET": 32,
    "AIRFLOW__API__SECRET_KEY": 32,
    "AIRFLOW__CORE__FERNET_KEY": 44,
    "RASD_PLUGIN_TOKEN": 16,
}
PLACEHOLDER = "change-me"


def problems(env: Mapping[str, str]) -> list[str]:
    """What is wrong with the secrets in ``env``, one short phrase per variable."""
    found = []
    for name, min_len in SECRETS.items():
        value = env.get(name, "").strip()
        if not value:
            found.append(f"{name} is empty")
        elif PLACEHOLDER in value.lower():
            found.append(f"{name} is the placeholder from .env.example")
        elif len(value) < min_len:
            found.append(f"{name} is shorter than {min_len} characters")
        elif name == "AIRFLOW__CORE__FERNET_KEY" and not _is_fernet_key(value):
            found.append(f"{name} is not a Fernet key (32 url-safe base64 bytes)")
    return found


def _is_fernet_key(value: str) -> bool:
    try:
        return len(base64.urlsafe_b64decode(value.encode("ascii"))) == 32
    except (binascii.Error, ValueError):
        return False


def main() -> int:
    bad = problems(os.environ)
    if bad:
        print(
            "refusing to start: " + "; ".join(bad) + ". Set real values in .env (see .env.example for "
            "how to generate each one), then run `docker compose up` again.",
            file=sys.stderr,
        )
        return 1
    print("secrets: all set")
    return 0


if __name__ == "__main__":
    sys.exit(main())
