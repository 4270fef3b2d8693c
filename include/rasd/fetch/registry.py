"""The outlet registry (``include/sources.yaml``): a pydantic model of the file, read into ``Outlet``
records, plus the politeness it declares.

Rates: ``default_rate`` (requests/s per host, 1.0 unless set) applies to every host; ``hosts:``
may set a rate for a named host and an outlet's ``rate`` applies to the hosts of its feeds,
sitemaps and URLs. When several apply to one host the slowest wins, so outlets that share a host
share one budget (``Fetcher`` keeps one limiter per host) and never add their rates up.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from rasd import config
from rasd.records import Outlet

log = logging.getLogger(__name__)

SAMPLE_PLACEHOLDER = "{sample}"
SAMPLE_URL_ENV = "RASD_SAMPLE_BASE_URL"  # the variable the pipeline and CLI set
DEFAULT_RATE = 1.0  # requests/s per host when the registry says nothing

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_ISO2_RE = re.compile(r"^[A-Z]{2}$")


class OutletConfigError(ValueError):
    """sources.yaml is malformed; the message names the file, the entry and the field."""


class OutletEntry(BaseModel):
    """One outlet as written in sources.yaml."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    id: str
    name: str
    name_ar: str | None = None
    country: str | None = None
    feeds: list[str] = Field(default_factory=list)
    sitemaps: list[str] = Field(default_factory=list)
    urls: list[str] = Field(default_factory=list)
    enabled: bool = True
    local: bool = False
    founded: str | None = None
    rate: float | None = Field(default=None, gt=0, description="requests/s for this outlet's hosts")

    @field_validator("id")
    @classmethod
    def _id(cls, v: str) -> str:
        if not _ID_RE.match(v):
            raise ValueError(f"id must match {_ID_RE.pattern}")
        return v

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("must not be empty")
        return v.strip()

    @field_validator("country")
    @classmethod
    def _country(cls, v: str | None) -> str | None:
        if v is not None and not _ISO2_RE.match(v):
            raise ValueError(f"must be an ISO 3166-1 alpha-2 code like 'QA', got {v!r}")
        return v

    @field_validator("founded")
    @classmethod
    def _founded(cls, v: str | None) -> str | None:
        if v is not None:
            try:
                if len(v) != 10:
                    raise ValueError
                dt.date.fromisoformat(v)
            except ValueError:
                raise ValueError(f"must be YYYY-MM-DD, got {v!r}") from None
        return v

    @field_validator("feeds", "sitemaps", "urls")
    @classmethod
    def _urls(cls, v: list[str]) -> list[str]:
        out = []
        for u in v:
            u = u.strip()
            if not u:
                raise ValueError("entries must be non-empty strings")
            if SAMPLE_PLACEHOLDER not in u and (urlsplit(u).scheme not in ("http", "https") or not urlsplit(u).netloc):
                raise ValueError(f"entry is not an absolute http(s) URL: {u!r}")
            out.append(u)
        return out

    def to_outlet(self, base: str | None) -> Outlet:
        """The record, ``{sample}`` replaced by ``base`` (no base: such an outlet is disabled)."""
        uses_placeholder = any(SAMPLE_PLACEHOLDER in u for u in (*self.feeds, *self.sitemaps, *self.urls))
        enabled = self.enabled
        if uses_placeholder and base is None and enabled:
            log.info("outlet %s uses %s but no sample base URL was given; disabled", self.id, SAMPLE_PLACEHOLDER)
            enabled = False

        def sub(urls: list[str]) -> tuple[str, ...]:
            return tuple(u.replace(SAMPLE_PLACEHOLDER, base) if base is not None else u for u in urls)

        return Outlet(
            id=self.id,
            name=self.name,
            country=self.country,
            feeds=sub(self.feeds),
            sitemaps=sub(self.sitemaps),
            urls=sub(self.urls),
            enabled=enabled,
            local=self.local,
            founded=self.founded,
            name_ar=self.name_ar,
        )


class RegistryFile(BaseModel):
    """The whole sources.yaml."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    default_rate: float = Field(default=DEFAULT_RATE, gt=0, description="requests/s per host")
    hosts: dict[str, float] = Field(default_factory=dict, description="requests/s for named hosts")
    outlets: list[OutletEntry]

    @field_validator("hosts")
    @classmethod
    def _hosts(cls, v: dict[str, float]) -> dict[str, float]:
        for host, rate in v.items():
            if rate <= 0:
                raise ValueError(f"rate of {host!r} must be > 0 requests/s, got {rate!r}")
        return {h.lower(): r for h, r in v.items()}

    @model_validator(mode="after")
    def _unique_ids(self) -> RegistryFile:
        seen: dict[str, int] = {}
        for i, o in enumerate(self.outlets):
            if o.id in seen:
                raise ValueError(
                    f"outlet {o.id!r} (outlets[{i}]): duplicate id {o.id!r} (first at outlets[{seen[o.id]}])"
                )
            seen[o.id] = i
        return self


def outlet_hosts(outlet: Outlet) -> set[str]:
    """Host names of the URLs an outlet lists (feeds, sitemaps, fixed URLs)."""
    hosts = set()
    for u in (*outlet.feeds, *outlet.sitemaps, *outlet.urls):
        try:
            host = urlsplit(u).hostname
        except ValueError:
            continue
        if host:
            hosts.add(host.lower())
    return hosts


@dataclass(frozen=True)
class Registry:
    """The outlets and the politeness the registry declares."""

    outlets: tuple[Outlet, ...]
    default_rate: float = DEFAULT_RATE
    host_rate: dict[str, float] = field(default_factory=dict)  # ``hosts:`` of the file
    outlet_rate: dict[str, float] = field(default_factory=dict)  # outlet id -> ``rate``

    def host_rates(self, outlets: Iterable[Outlet] | None = None) -> dict[str, float]:
        """requests/s per host for the hosts of ``outlets`` (default: all), slowest rule wins."""
        rates = dict(self.host_rate)
        for o in self.outlets if outlets is None else outlets:
            rate = self.outlet_rate.get(o.id)
            if rate is None:
                continue
            for host in outlet_hosts(o):
                rates[host] = min(rates.get(host, rate), rate)
        return rates


def group_by_host(outlets: Sequence[Outlet]) -> list[list[Outlet]]:
    """Outlets in groups that share no host with another group (outlets sharing any host, directly
    or through a chain, are in one group), in registry order. Fetching one group per process keeps
    every host's budget in one limiter."""
    groups: list[tuple[set[str], list[Outlet]]] = []
    for o in outlets:
        hosts = outlet_hosts(o)
        joined = [g for g in groups if g[0] & hosts]
        merged_hosts, merged = set(hosts), []
        for g in joined:
            merged_hosts |= g[0]
            merged.extend(g[1])
            groups.remove(g)
        groups.append((merged_hosts, [*merged, o]))
    order = {o.id: i for i, o in enumerate(outlets)}
    ordered = [sorted(g[1], key=lambda o: order[o.id]) for g in groups]
    return sorted(ordered, key=lambda g: order[g[0].id])


class _RegistryLoader(yaml.SafeLoader):
    """SafeLoader that keeps dates as the strings written (validated by the model)."""


def _timestamp_as_text(loader: yaml.SafeLoader, node: yaml.Node) -> str:
    return str(loader.construct_scalar(node))  # type: ignore[arg-type]  # timestamps are scalar nodes


_RegistryLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)


def load_registry(path: str | os.PathLike[str] | None = None, sample_base_url: str | None = None) -> Registry:
    """Read and validate the registry. ``{sample}`` in URLs becomes ``sample_base_url`` (or
    ``$RASD_SAMPLE_BASE_URL``); without one, outlets using the placeholder are returned disabled,
    so a run without the sample site never requests a literal ``{sample}``."""
    path = Path(path) if path is not None else config.DEFAULT_SOURCES_FILE
    base = sample_base_url or os.environ.get(SAMPLE_URL_ENV) or None
    if base is not None:
        base = base.rstrip("/")
        if urlsplit(base).scheme not in ("http", "https"):
            raise OutletConfigError(f"sample_base_url must be an http(s) URL, got {base!r}")
    try:
        doc = yaml.load(path.read_text(encoding="utf-8"), Loader=_RegistryLoader)
    except yaml.YAMLError as e:
        raise OutletConfigError(f"{path}: not valid YAML: {' '.join(str(e).split())}") from e
    if not isinstance(doc, dict) or "outlets" not in doc:
        raise OutletConfigError(f"{path}: expected a mapping with a top-level 'outlets:' list")
    try:
        parsed = RegistryFile.model_validate(doc)
    except ValidationError as e:
        raise OutletConfigError(f"{path}: {_first_error(e, doc)}") from None
    return Registry(
        outlets=tuple(entry.to_outlet(base) for entry in parsed.outlets),
        default_rate=parsed.default_rate,
        host_rate=dict(parsed.hosts),
        outlet_rate={e.id: e.rate for e in parsed.outlets if e.rate is not None},
    )


def load_outlets(
    path: str | os.PathLike[str] | None = None,
    sample_base_url: str | None = None,
    *,
    enabled_only: bool = False,
) -> list[Outlet]:
    """The outlets of the registry (see ``load_registry``), enabled ones only if asked."""
    outlets = load_registry(path, sample_base_url).outlets
    return [o for o in outlets if o.enabled or not enabled_only]


_TYPE_WORDS = {"bool_type": "true or false", "list_type": "a list of URLs", "string_type": "a string"}


def _first_error(e: ValidationError, doc: dict[str, Any]) -> str:
    """One line naming the outlet and the field of the first validation error."""
    err = e.errors(include_url=False)[0]
    loc = list(err["loc"])
    where = ""
    if len(loc) >= 2 and loc[0] == "outlets" and isinstance(loc[1], int):
        i = loc[1]
        entries = doc.get("outlets")
        raw = entries[i] if isinstance(entries, list) and i < len(entries) else None
        oid = raw.get("id") if isinstance(raw, dict) else None
        where = f"outlet {oid!r} (outlets[{i}])" if oid is not None else f"outlets[{i}]"
        loc = loc[2:]
    elif loc and loc[0] != "outlets" and err["type"] == "extra_forbidden":
        return f"unknown top-level key {loc[0]!r}; allowed: default_rate, hosts, outlets"
    name = ".".join(str(x) for x in loc if not isinstance(x, int))
    kind, msg = err["type"], str(err["msg"]).removeprefix("Value error, ")
    if kind == "extra_forbidden":
        allowed = ", ".join(sorted(OutletEntry.model_fields))
        text = f"unknown key {name!r}; allowed: {allowed}"
    elif kind == "missing":
        text = f"missing {name!r}"
    elif not where and name == "outlets":
        text = f"'outlets' must be a list of outlet mappings ({msg})"
    elif kind in _TYPE_WORDS and not isinstance(err["loc"][-1], int):
        text = f"{name!r} must be {_TYPE_WORDS[kind]}, got {err.get('input')!r}"
    elif kind == "model_type" and not name:
        text = f"each outlet must be a mapping, got {type(err.get('input')).__name__}"
    else:
        text = f"{name!r}: {msg}" if name else msg
    return f"{where}: {text}" if where else text
