"""Fetch stage: outlet registry, URL discovery (feeds, sitemaps, lists) and a polite downloader.

Politeness and safety rules the downloader always applies, per request:

* the target host is resolved and every address is vetted before anything is sent (SSRF guard:
  private, link-local, multicast, reserved, unspecified and cloud-metadata addresses are refused;
  loopback only for ``local`` outlets or hosts listed in ``allow_loopback_hosts``). The same vetting
  runs again at connect time, on the address actually dialled, so DNS rebinding cannot slip past;
* robots.txt is fetched once per origin (same User-Agent), cached, and obeyed (RFC 9309: 4xx means
  no rules, 5xx means "disallow everything" for this run); a Crawl-delay raises the host interval;
* per host: a minimum interval between request starts (``per_host_rate`` requests/s) and at most
  ``per_host_concurrency`` requests in flight; 429/5xx are retried with exponential backoff,
  honouring Retry-After (seconds or HTTP date) and pushing back the whole host;
* redirects are followed by hand (each hop vetted again), with a hop limit and loop detection;
* bodies are streamed with a size cap and an overall deadline; only HTML is kept for pages.

Every discovered URL ends in exactly one of ``FetchResult.pages`` / ``quarantined`` (stage
``fetch``) / ``not_modified``; the same canonical URL discovered twice is fetched once and the
extra discovery is a ``duplicate`` log row. Failures of feeds and sitemaps themselves are
quarantined with stage ``discover``. Log rows (``FetchResult.log``) carry url, canonical_url,
final_url, outlet_id, kind (page/feed/sitemap), via, status (ok, not_modified, duplicate or the
quarantine reason), http_status, n_bytes, content_hash, etag, last_modified, elapsed_ms, attempts,
error and fetched_at; ``known_from_log`` turns them into the ``known`` map of the next run.
The library never imports Airflow.
"""

from __future__ import annotations

import codecs
import datetime as dt
import email.utils
import functools
import gzip
import http.cookiejar
import io
import ipaddress
import json
import logging
import os
import re
import socket
import threading
import time
import urllib.robotparser
import zlib
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urldefrag, urljoin, urlsplit, urlunsplit

import requests
import urllib3
import yaml
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from rasd import config
from rasd.records import Outlet, Quarantined, RawPage, stable_id

log = logging.getLogger(__name__)

DEFAULT_USER_AGENT = "RasdBot/0.1 (+research crawler for Arabic diplomatic news; honours robots.txt)"
SAMPLE_PLACEHOLDER = "{sample}"
SAMPLE_URL_ENV = "RASD_SAMPLE_BASE_URL"  # the variable the pipeline and CLI set

Via = Literal["feed", "sitemap", "urls", "warc"]

# --------------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Discovered:
    url: str
    outlet_id: str
    via: Via
    published_hint: str | None = None


@dataclass
class FetchResult:
    pages: list[RawPage] = field(default_factory=list)
    quarantined: list[Quarantined] = field(default_factory=list)
    log: list[dict[str, Any]] = field(default_factory=list)
    not_modified: list[str] = field(default_factory=list)

    def extend(self, other: FetchResult) -> None:
        self.pages.extend(other.pages)
        self.quarantined.extend(other.quarantined)
        self.log.extend(other.log)
        self.not_modified.extend(other.not_modified)


@dataclass
class FetchResponse:
    """Outcome of one ``Fetcher.fetch`` call (all hops and retries)."""

    url: str
    final_url: str
    outcome: str  # "ok" | "not_modified" | a quarantine reason (http_404, timeout, ...)
    http_status: int | None = None
    body: bytes = b""
    content_type: str = ""  # mime type only, lower case
    header_charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    attempts: int = 0  # HTTP requests sent for this URL (redirect hops and retries included)
    elapsed_ms: float = 0.0  # network time summed over those requests
    error: str | None = None
    redirects: list[str] = field(default_factory=list)
    fetched_at: str = ""

    @property
    def ok(self) -> bool:
        return self.outcome == "ok"


class OutletConfigError(ValueError):
    """sources.yaml is malformed; the message names the file, the entry and the field."""


class DecodeError(ValueError):
    pass


class BlockedAddressError(ConnectionError):
    """Raised (also at connect time) when a host resolves to an address we must not contact."""


# --------------------------------------------------------------------------------------------
# Outlet registry
# --------------------------------------------------------------------------------------------

_OUTLET_KEYS = {"id", "name", "name_ar", "country", "feeds", "sitemaps", "urls", "enabled", "local", "founded"}
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_ISO2_RE = re.compile(r"^[A-Z]{2}$")


class _RegistryLoader(yaml.SafeLoader):
    """SafeLoader that keeps dates as the strings written (validated by load_outlets)."""


_RegistryLoader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))


def load_outlets(
    path: str | os.PathLike[str] | None = None,
    sample_base_url: str | None = None,
    *,
    enabled_only: bool = False,
) -> list[Outlet]:
    """Read the outlet registry. ``{sample}`` in URLs becomes ``sample_base_url``.

    Without a base URL (argument or ``$RASD_SAMPLE_BASE_URL``), outlets whose URLs use the placeholder are
    returned disabled, so a run without the sample site never requests a literal ``{sample}``.
    """
    path = Path(path) if path is not None else config.DEFAULT_SOURCES_FILE
    base = sample_base_url or os.environ.get(SAMPLE_URL_ENV) or None
    if base is not None:
        base = base.rstrip("/")
        if urlsplit(base).scheme not in ("http", "https"):
            raise OutletConfigError(f"sample_base_url must be an http(s) URL, got {base!r}")
    try:
        doc = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_RegistryLoader)
    except yaml.YAMLError as e:
        raise OutletConfigError(f"{path}: not valid YAML: {e}") from e
    if not isinstance(doc, dict) or "outlets" not in doc:
        raise OutletConfigError(f"{path}: expected a mapping with a top-level 'outlets:' list")
    extra = set(doc) - {"outlets"}
    if extra:
        raise OutletConfigError(f"{path}: unknown top-level key(s): {', '.join(sorted(map(str, extra)))}")
    entries = doc["outlets"]
    if not isinstance(entries, list):
        raise OutletConfigError(f"{path}: 'outlets' must be a list")

    outlets: list[Outlet] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(entries):
        where = f"{path}: outlets[{i}]"
        if not isinstance(raw, dict):
            raise OutletConfigError(f"{where}: each outlet must be a mapping, got {type(raw).__name__}")
        oid = raw.get("id")
        if oid is not None:
            where = f"{path}: outlet {oid!r} (outlets[{i}])"
        unknown = set(raw) - _OUTLET_KEYS
        if unknown:
            raise OutletConfigError(
                f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))}; "
                f"allowed: {', '.join(sorted(_OUTLET_KEYS))}"
            )
        if oid is None or oid == "":
            raise OutletConfigError(f"{where}: missing 'id'")
        if not isinstance(oid, str) or not _ID_RE.match(oid):
            raise OutletConfigError(f"{where}: id must match {_ID_RE.pattern}")
        if oid in seen:
            raise OutletConfigError(f"{where}: duplicate id {oid!r} (first at outlets[{seen[oid]}])")
        seen[oid] = i
        name = raw.get("name")
        if not isinstance(name, str) or not name.strip():
            raise OutletConfigError(f"{where}: missing or empty 'name'")
        name_ar = raw.get("name_ar")
        if name_ar is not None and not isinstance(name_ar, str):
            raise OutletConfigError(f"{where}: 'name_ar' must be a string")
        country = raw.get("country")
        if country is not None and (not isinstance(country, str) or not _ISO2_RE.match(country)):
            raise OutletConfigError(f"{where}: country must be an ISO 3166-1 alpha-2 code like 'QA', got {country!r}")
        flags = {}
        for key, default in (("enabled", True), ("local", False)):
            value = raw.get(key, default)
            if not isinstance(value, bool):
                raise OutletConfigError(f"{where}: {key!r} must be true or false, got {value!r}")
            flags[key] = value
        founded = raw.get("founded")
        if isinstance(founded, dt.date):  # YAML turns bare 1996-11-01 into a date
            founded = founded.isoformat()
        if founded is not None:
            try:
                if not isinstance(founded, str) or len(founded) != 10:
                    raise ValueError
                dt.date.fromisoformat(founded)
            except ValueError:
                raise OutletConfigError(f"{where}: founded must be YYYY-MM-DD, got {founded!r}") from None
        lists: dict[str, tuple[str, ...]] = {}
        uses_placeholder = False
        for key in ("feeds", "sitemaps", "urls"):
            value = raw.get(key) or []
            if isinstance(value, str) or not isinstance(value, list):
                raise OutletConfigError(f"{where}: {key!r} must be a list of URLs")
            out = []
            for u in value:
                if not isinstance(u, str) or not u.strip():
                    raise OutletConfigError(f"{where}: {key!r} entries must be non-empty strings, got {u!r}")
                u = u.strip()
                if SAMPLE_PLACEHOLDER in u:
                    uses_placeholder = True
                    if base is not None:
                        u = u.replace(SAMPLE_PLACEHOLDER, base)
                elif urlsplit(u).scheme not in ("http", "https") or not urlsplit(u).netloc:
                    raise OutletConfigError(f"{where}: {key!r} entry is not an absolute http(s) URL: {u!r}")
                out.append(u)
            lists[key] = tuple(out)
        enabled = flags["enabled"]
        if uses_placeholder and base is None and enabled:
            log.info("outlet %s uses %s but no sample base URL was given; disabled", oid, SAMPLE_PLACEHOLDER)
            enabled = False
        outlet = Outlet(
            id=oid,
            name=name.strip(),
            country=country,
            feeds=lists["feeds"],
            sitemaps=lists["sitemaps"],
            urls=lists["urls"],
            enabled=enabled,
            local=flags["local"],
            founded=founded,
            name_ar=name_ar,
        )
        if not enabled and enabled_only:
            continue
        outlets.append(outlet)
    return outlets


# --------------------------------------------------------------------------------------------
# URL canonicalisation
# --------------------------------------------------------------------------------------------

TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gclsrc",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "ttclid",
        "li_fat_id",
        "igshid",
        "mc_cid",
        "mc_eid",
        "mkt_tok",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "hsctatracking",
        "ref",
        "ref_src",
        "ref_url",
        "referrer",
        "ocid",
        "cmpid",
        "spm",
        "s_cid",
        "icid",
        "ito",
        "xtor",
        "ns_campaign",
        "ns_mchannel",
        "ns_source",
        "ns_linkname",
        "ns_fee",
        "at_medium",
        "at_campaign",
        "at_custom1",
        "at_custom2",
        "at_custom3",
        "at_custom4",
        "at_link_id",
        "at_link_type",
        "at_ptr_name",
        "at_bbc_team",
        "at_format",
        "at_link_origin",
        "amp_js_v",
        "amp_gsa",
        "usqp",
        "__twitter_impression",
        "wt.mc_id",
        "oly_anon_id",
        "oly_enc_id",
        "vero_id",
        "rb_clickid",
        "soc_src",
        "soc_trk",
    }
)
TRACKING_PREFIXES = ("utm_", "pk_", "hsa_", "_bta_")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_SUB_DELIMS = frozenset("!$&'()*+,;=")
_PATH_SAFE = _UNRESERVED | _SUB_DELIMS | frozenset(":@/")
_QUERY_SAFE = (_UNRESERVED | _SUB_DELIMS | frozenset(":@/?")) - frozenset("&=")
_HEX = frozenset("0123456789abcdefABCDEF")


def is_tracking_param(key: str) -> bool:
    k = _pct_decode_text(key).strip().lower()
    return k in TRACKING_PARAMS or k.startswith(TRACKING_PREFIXES)


def _pct_decode_text(s: str) -> str:
    from urllib.parse import unquote

    return unquote(s, errors="replace")


def _normalize_pct(s: str, safe: frozenset[str]) -> str:
    """RFC 3986 6.2.2: upper-case escapes, decode escaped unreserved chars, escape everything unsafe."""
    out: list[str] = []
    i, n = 0, len(s)
    while i < n:
        ch = s[i]
        if ch == "%" and i + 2 < n and s[i + 1] in _HEX and s[i + 2] in _HEX:
            byte = int(s[i + 1 : i + 3], 16)
            c = chr(byte)
            out.append(c if c in _UNRESERVED else f"%{byte:02X}")
            i += 3
            continue
        if ch in safe:
            out.append(ch)
        else:
            out.extend(f"%{b:02X}" for b in ch.encode("utf-8", "surrogatepass"))
        i += 1
    return "".join(out)


def _remove_dot_segments(path: str) -> str:
    """RFC 3986 5.2.4."""
    if "." not in path:
        return path
    inp, out = path, []
    while inp:
        if inp.startswith("../"):
            inp = inp[3:]
        elif inp.startswith("./") or inp.startswith("/./"):
            inp = inp[2:]
        elif inp == "/.":
            inp = "/"
        elif inp.startswith("/../"):
            inp = inp[3:]
            if out:
                out.pop()
        elif inp == "/..":
            inp = "/"
            if out:
                out.pop()
        elif inp in (".", ".."):
            inp = ""
        else:
            start = 1 if inp.startswith("/") else 0
            j = inp.find("/", start)
            if j == -1:
                j = len(inp)
            out.append(inp[:j])
            inp = inp[j:]
    return "".join(out)


def _canonical_host(host: str) -> str:
    host = host.strip().rstrip(".").lower()
    if not host:
        return host
    if ":" in host:  # IPv6 literal
        try:
            return "[" + ipaddress.IPv6Address(host.split("%")[0]).compressed + "]"
        except ValueError:
            return "[" + host + "]"
    if not host.isascii():
        try:
            import idna

            return idna.encode(host, uts46=True).decode("ascii")
        except Exception:
            return _normalize_pct(host, _UNRESERVED | _SUB_DELIMS)
    return host


@functools.lru_cache(maxsize=65536)
def canonicalize_url(url: str) -> str:
    """The identity of a URL for dedupe and incremental runs.

    Lower-cases scheme and host (IDN hosts become punycode), drops userinfo, default ports and the
    fragment, removes tracking parameters (utm_*, fbclid, gclid, ref, ...), sorts the remaining
    query parameters, normalises percent-encoding (RFC 3986 6.2.2) and removes dot segments.
    Idempotent. Non-http(s) or unparsable input is returned stripped and without its fragment.
    """
    url = url.strip()
    try:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https") or not parts.netloc:
            return url.split("#", 1)[0]
        host = _canonical_host(parts.hostname or "")
        port = parts.port
    except ValueError:
        return url.split("#", 1)[0]
    netloc = host
    if port is not None and port != _DEFAULT_PORTS.get(scheme):
        netloc = f"{host}:{port}"
    path = _remove_dot_segments(_normalize_pct(parts.path, _PATH_SAFE)) or "/"
    if not path.startswith("/"):
        path = "/" + path
    params = []
    for piece in parts.query.split("&"):
        if not piece:
            continue
        key, sep, value = piece.partition("=")
        if is_tracking_param(key):
            continue
        key = _normalize_pct(key, _QUERY_SAFE)
        value = _normalize_pct(value, _QUERY_SAFE | {"="})
        if not key and not sep:
            continue
        params.append((key, sep, value))
    params.sort()
    query = "&".join(k + s + v for k, s, v in params)
    return urlunsplit((scheme, netloc, path, query, ""))


# --------------------------------------------------------------------------------------------
# Charset detection (shared with rasd.warc)
# --------------------------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.+-]+)""", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
# Labels servers send by default whatever the page is in: a meta tag may overrule them.
_WEAK_LABELS = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii", "cp1252"}
_ARABIC_CODECS = {"cp1256", "iso8859-6", "cp720", "cp864", "mac-arabic", "utf-8", "utf-16", "utf-16-le", "utf-16-be"}
_ARABIC_RE = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")


def charset_from_content_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    m = re.search(r"charset\s*=\s*[\"']?([^\"';,\s]+)", content_type, re.IGNORECASE)
    return m.group(1).strip() if m else None


def _codec(label: str | None) -> str | None:
    """Python codec name for a charset label, following WHATWG aliases where they differ."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in ("iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "iso_8859-1"):
        label = "cp1252"
    elif label in ("utf-16", "utf-16le", "utf-16be"):  # in a meta tag these mean utf-8 (WHATWG)
        label = "utf-8"
    elif label in ("x-user-defined",):
        return None
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def charset_label(codec_name: str) -> str:
    """IANA-style label for a Python codec name (cp1256 -> windows-1256)."""
    m = re.fullmatch(r"cp(125\d)", codec_name)
    if m:
        return f"windows-{m.group(1)}"
    m = re.fullmatch(r"iso8859-(\d+)", codec_name)
    if m:
        return f"iso-8859-{m.group(1)}"
    return codec_name


def arabic_ratio(text: str) -> float:
    """Share of letters that are Arabic script."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if _ARABIC_RE.match(c)) / len(letters)


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode an HTML body; returns ``(text, charset_label)``.

    Order: byte-order mark, HTTP header charset, ``<meta charset>`` / ``http-equiv`` in the first
    8 KiB, strict UTF-8, then charset_normalizer. A BOM wins over the header (as in browsers); a
    "default" header label (ISO-8859-1/ASCII) yields to a meta tag. Each declared charset must decode
    strictly or the next is tried. For undeclared non-UTF-8 bytes, windows-1256 is preferred over a
    statistical guess when it turns the non-ASCII letters into Arabic (short Arabic pages fool the
    detector). Raises ``DecodeError`` when nothing fits.
    """
    candidates: list[tuple[str, int]] = []  # (codec, bytes to skip)
    for bom, name in _BOMS:
        if body.startswith(bom):
            candidates.append((name, len(bom)))
            break
    header_label = charset_from_content_type(content_type)
    header_codec = _codec(header_label)
    weak_header = header_label is not None and header_label.strip().lower() in _WEAK_LABELS
    if header_codec and not weak_header:
        candidates.append((header_codec, 0))
    m = _META_CHARSET.search(body[:8192])
    if m:
        meta_codec = _codec(m.group(1).decode("ascii", "replace"))
        if meta_codec:
            candidates.append((meta_codec, 0))
    if header_codec and weak_header:
        candidates.append((header_codec, 0))
    for codec, skip in candidates:
        try:
            return body[skip:].decode(codec), charset_label(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    sample = body[:8192]
    if sum(1 for b in sample if b < 0x20 and b not in (0x09, 0x0A, 0x0C, 0x0D)) > len(sample) // 100:
        raise DecodeError("binary content (control bytes) and no usable charset declaration")
    import charset_normalizer

    best = charset_normalizer.from_bytes(body).best()
    guess = codecs.lookup(best.encoding).name if best is not None else None
    if guess not in _ARABIC_CODECS:
        try:
            text = body.decode("cp1256")
            non_ascii = "".join(c for c in text if ord(c) > 127)
            if non_ascii and arabic_ratio(non_ascii) >= 0.6:
                return text, "windows-1256"
        except UnicodeDecodeError:
            pass
    if guess is not None:
        try:
            return body.decode(guess), charset_label(guess)
        except (UnicodeDecodeError, LookupError):
            pass
    raise DecodeError(f"no charset decodes the body (header {header_label!r})")


# --------------------------------------------------------------------------------------------
# SSRF guard
# --------------------------------------------------------------------------------------------

CLOUD_METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a) for a in ("169.254.169.254", "169.254.170.2", "100.100.100.200", "fd00:ec2::254")
)


def ip_block_reason(ip: str, *, allow_loopback: bool = False, allow_private: bool = False) -> str | None:
    """Why this address must not be contacted, or None when it may be."""
    try:
        addr = ipaddress.ip_address(ip.split("%", 1)[0])
    except ValueError:
        return f"unparsable address {ip!r}"
    if isinstance(addr, ipaddress.IPv6Address):
        if addr.ipv4_mapped is not None:
            addr = addr.ipv4_mapped
        elif addr.sixtofour is not None:
            addr = addr.sixtofour
    if addr in CLOUD_METADATA_ADDRESSES:
        return f"{addr} is a cloud metadata address"
    if addr.is_loopback:
        return None if allow_loopback else f"{addr} is loopback (outlet not local)"
    if addr.is_unspecified:
        return f"{addr} is unspecified"
    if addr.is_link_local:
        return f"{addr} is link-local"
    if addr.is_multicast:
        return f"{addr} is multicast"
    if addr.is_reserved:
        return f"{addr} is reserved"
    if addr.is_private or not addr.is_global:
        if allow_private and addr.is_private:
            return None
        return f"{addr} is private/non-global"
    return None


def resolve_host(host: str, port: int | None = None) -> list[str]:
    infos = socket.getaddrinfo(host, port or 80, type=socket.SOCK_STREAM)
    seen: list[str] = []
    for info in infos:
        ip = info[4][0]
        if ip not in seen:
            seen.append(ip)
    return seen


def address_block_reason(host: str, *, allow_loopback: bool = False, allow_private: bool = False) -> str | None:
    """Resolve ``host`` and vet every address; a host is refused if any of its addresses is."""
    host = host.strip("[]")
    try:
        ips = resolve_host(host)
    except (socket.gaierror, UnicodeError, OSError) as e:
        raise socket.gaierror(f"cannot resolve {host!r}: {e}") from e
    for ip in ips:
        reason = ip_block_reason(ip, allow_loopback=allow_loopback, allow_private=allow_private)
        if reason:
            return f"{host} -> {reason}"
    return None


_SEND_HOOK = threading.local()


def _on_send() -> None:
    """Called by our connections just before a request goes on the wire (see ``_HostSlot.sent``)."""
    hook = getattr(_SEND_HOOK, "fn", None)
    if hook is not None:
        hook()


def _guarded_connection_classes(allow_loopback: bool, allow_private: bool) -> tuple[type, type]:
    def _new_conn(self: Any, _base: Any) -> socket.socket:
        host = self._dns_host
        try:
            ips = resolve_host(host, self.port)
        except socket.gaierror:
            return _base._new_conn(self)  # let urllib3 raise its own NameResolutionError
        for ip in ips:
            reason = ip_block_reason(ip, allow_loopback=allow_loopback, allow_private=allow_private)
            if reason:
                raise BlockedAddressError(f"{host} -> {reason}")
        # Dial the vetted addresses themselves (in resolver order): no second lookup that could
        # answer differently. TLS still verifies against self.host.
        original = self._dns_host
        last: Exception | None = None
        try:
            for ip in ips:
                self._dns_host = ip
                try:
                    return _base._new_conn(self)
                except (urllib3.exceptions.NewConnectionError, urllib3.exceptions.ConnectTimeoutError) as e:
                    last = e
            assert last is not None
            raise last
        finally:
            self._dns_host = original

    class GuardedHTTPConnection(HTTPConnection):
        def _new_conn(self) -> socket.socket:
            return _new_conn(self, HTTPConnection)

        def request(self, *args: Any, **kw: Any) -> None:
            _on_send()
            return super().request(*args, **kw)

    class GuardedHTTPSConnection(HTTPSConnection):
        def _new_conn(self) -> socket.socket:
            return _new_conn(self, HTTPSConnection)

        def request(self, *args: Any, **kw: Any) -> None:
            _on_send()
            return super().request(*args, **kw)

    return GuardedHTTPConnection, GuardedHTTPSConnection


class _GuardedAdapter(HTTPAdapter):
    def __init__(self, allow_loopback: bool, allow_private: bool, **kw: Any) -> None:
        http_cls, https_cls = _guarded_connection_classes(allow_loopback, allow_private)
        self._pool_classes = {
            "http": type("GuardedHTTPConnectionPool", (HTTPConnectionPool,), {"ConnectionCls": http_cls}),
            "https": type("GuardedHTTPSConnectionPool", (HTTPSConnectionPool,), {"ConnectionCls": https_cls}),
        }
        super().__init__(**kw)

    def init_poolmanager(self, *args: Any, **kw: Any) -> None:
        super().init_poolmanager(*args, **kw)
        self.poolmanager.pool_classes_by_scheme = dict(self._pool_classes)


# --------------------------------------------------------------------------------------------
# Polite downloader
# --------------------------------------------------------------------------------------------

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_BINARY_PREFIXES = ("image/", "audio/", "video/", "font/")
_BINARY_TYPES = frozenset(
    {
        "application/pdf",
        "application/zip",
        "application/msword",
        "application/vnd.ms-excel",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/javascript",
        "application/json",
        "text/css",
        "text/javascript",
    }
)
_REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
_RETRY_CODES = frozenset({429, 500, 502, 503, 504}) | frozenset(range(520, 530))
_ACCEPT = {
    "page": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
    "feed": "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1",
    "sitemap": "application/xml,text/xml;q=0.9,*/*;q=0.1",
    "robots": "text/plain,*/*;q=0.1",
}


def _accept_encoding() -> str:
    # urllib3 advertises only the codings it can decode: br when brotli/brotlicffi is importable.
    from urllib3.util.request import ACCEPT_ENCODING

    return ", ".join(t.strip() for t in ACCEPT_ENCODING.split(","))


def _utcnow() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Retry-After as seconds from now (delta-seconds or an HTTP date); None if absent/invalid."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    now = time.time() if now is None else now
    return max(0.0, when.timestamp() - now)


class _HostSlot:
    """Per-host politeness: min interval between request starts + a concurrency semaphore."""

    def __init__(self, interval: float, concurrency: int) -> None:
        self.interval = interval
        self.semaphore = threading.BoundedSemaphore(max(1, concurrency))
        self._lock = threading.Lock()
        self._next_at = 0.0

    def wait_turn(self) -> None:
        """Block until this host may receive the next request; the turn is claimed when taken (not
        reserved ahead), so a late thread never makes the following request arrive early."""
        while True:
            with self._lock:
                now = time.monotonic()
                if now >= self._next_at:
                    self._next_at = now + self.interval
                    return
                delay = self._next_at - now
            time.sleep(delay)

    def sent(self) -> None:
        """The request is leaving now: the next one waits a full interval from here, so a thread
        delayed between its turn and the send cannot make two requests arrive too close."""
        with self._lock:
            self._next_at = max(self._next_at, time.monotonic() + self.interval)

    def defer(self, seconds: float) -> None:
        with self._lock:
            self._next_at = max(self._next_at, time.monotonic() + seconds)

    def slow_down(self, interval: float) -> None:
        with self._lock:
            self.interval = max(self.interval, interval)


@dataclass
class _Robots:
    parser: urllib.robotparser.RobotFileParser | None  # None: no rules (allow all)
    failure: str | None = None  # outcome to give pages when robots.txt could not be judged
    detail: str | None = None


class _Attempt:
    """One HTTP exchange (single hop, single try)."""

    __slots__ = ("status", "headers", "body", "error", "outcome", "elapsed_ms", "location")

    def __init__(self) -> None:
        self.status: int | None = None
        self.headers: Mapping[str, str] = {}
        self.body = b""
        self.error: str | None = None
        self.outcome = "ok"
        self.elapsed_ms = 0.0
        self.location: str | None = None


class Fetcher:
    """Polite, SSRF-safe HTTP downloader shared by all outlets of a run (thread-safe).

    user_agent            sent with every request, robots.txt included, and matched against it
    per_host_rate         requests/s per host: minimum interval 1/rate between requests leaving
    per_host_concurrency  requests in flight per host
    timeout               connect and read timeout (s); ``total_timeout`` caps one whole body
    max_bytes             page size cap (decoded); feeds/sitemaps use ``max_doc_bytes``
    max_redirects         hops followed by hand, each re-vetted; loops are detected
    retries               extra attempts on 429/5xx/connection errors (exponential ``backoff``,
                          Retry-After honoured up to ``max_retry_after``; longer asks give up)
    allow_loopback_hosts  True, or host names/IPs, that may resolve to loopback even for a
                          non-local outlet (outlets with ``local: true`` always may)
    robots_cache          directory/fsspec URL where robots.txt is kept ``robots_ttl`` s across runs
    on_send               observer ``(host, url)`` called just before each request leaves
    """

    def __init__(
        self,
        user_agent: str = DEFAULT_USER_AGENT,
        per_host_rate: float = 1.0,
        per_host_concurrency: int = 2,
        timeout: float = 20.0,
        max_bytes: int = 5 * 2**20,
        max_redirects: int = 5,
        retries: int = 2,
        allow_loopback_hosts: bool | Iterable[str] = (),
        *,
        backoff: float = 0.5,
        max_retry_after: float = 60.0,
        max_doc_bytes: int = 50 * 2**20,
        max_crawl_delay: float = 10.0,
        total_timeout: float | None = None,
        respect_robots: bool = True,
        local_allows_private: bool = False,
        robots_cache: str | os.PathLike[str] | None = None,
        robots_ttl: float = 86400.0,
        on_send: Callable[[str, str], None] | None = None,
    ) -> None:
        if per_host_rate <= 0:
            raise ValueError("per_host_rate must be > 0 (requests per second per host)")
        self.user_agent = user_agent
        self.per_host_rate = per_host_rate
        self.per_host_concurrency = max(1, int(per_host_concurrency))
        self.timeout = timeout
        self.total_timeout = total_timeout if total_timeout is not None else max(4 * timeout, timeout + 5)
        self.max_bytes = max_bytes
        self.max_doc_bytes = max(max_doc_bytes, max_bytes)
        self.max_redirects = max_redirects
        self.retries = max(0, int(retries))
        self.backoff = backoff
        self.max_retry_after = max_retry_after
        self.max_crawl_delay = max_crawl_delay
        self.respect_robots = respect_robots
        self.local_allows_private = local_allows_private
        self.robots_ttl = robots_ttl
        self.on_send = on_send  # observer: (host, url) just before each request goes on the wire
        self._robots_fs: Any = None
        self._robots_root = ""
        if robots_cache is not None:  # robots.txt shared across runs (directory or fsspec URL)
            import fsspec

            self._robots_fs, self._robots_root = fsspec.core.url_to_fs(os.fspath(robots_cache))
            self._robots_root = self._robots_root.rstrip("/")
            self._robots_fs.makedirs(self._robots_root, exist_ok=True)
        if allow_loopback_hosts is True:
            self._loopback_any = True
            self._loopback_hosts: frozenset[str] = frozenset()
        else:
            self._loopback_any = False
            self._loopback_hosts = frozenset(h.lower().strip("[]") for h in (allow_loopback_hosts or ()))
        self.accept_encoding = _accept_encoding()
        self._lock = threading.Lock()
        self._slots: dict[str, _HostSlot] = {}
        self._robots: dict[tuple[str, str, int, bool], _Robots] = {}
        self._robots_locks: dict[tuple[str, str, int, bool], threading.Lock] = {}
        self._local = threading.local()
        self._sessions: list[requests.Session] = []

    # -- plumbing ------------------------------------------------------------------------------

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            sessions, self._sessions = self._sessions, []
        for s in sessions:
            s.close()

    def _session(self, allow_loopback: bool, allow_private: bool) -> requests.Session:
        key = (allow_loopback, allow_private)
        cache = getattr(self._local, "sessions", None)
        if cache is None:
            cache = self._local.sessions = {}
        s = cache.get(key)
        if s is None:
            s = requests.Session()
            s.trust_env = False  # no proxies from the environment: we vet what we dial
            s.cookies.set_policy(http.cookiejar.DefaultCookiePolicy(allowed_domains=[]))
            adapter = _GuardedAdapter(
                allow_loopback, allow_private, pool_connections=8, pool_maxsize=self.per_host_concurrency, max_retries=0
            )
            s.mount("http://", adapter)
            s.mount("https://", adapter)
            s.headers.clear()
            cache[key] = s
            with self._lock:
                self._sessions.append(s)
        return s

    def _slot(self, host: str) -> _HostSlot:
        with self._lock:
            slot = self._slots.get(host)
            if slot is None:
                slot = self._slots[host] = _HostSlot(1.0 / self.per_host_rate, self.per_host_concurrency)
            return slot

    def loopback_allowed(self, host: str, outlet_local: bool) -> bool:
        return outlet_local or self._loopback_any or host.lower().strip("[]") in self._loopback_hosts

    # -- robots.txt ------------------------------------------------------------------------------

    def _robots_for(self, scheme: str, host: str, port: int, allow_loopback: bool) -> _Robots:
        key = (scheme, host, port, allow_loopback)
        with self._lock:
            cached = self._robots.get(key)
            if cached is not None:
                return cached
            lock = self._robots_locks.setdefault(key, threading.Lock())
        with lock:
            with self._lock:
                cached = self._robots.get(key)
            if cached is not None:
                return cached
            default_port = _DEFAULT_PORTS.get(scheme)
            netloc = host if ":" not in host else f"[{host}]"
            if port != default_port:
                netloc = f"{netloc}:{port}"
            robots_url = f"{scheme}://{netloc}/robots.txt"
            cached = self._robots_cache_get(robots_url)
            if cached is not None:
                robots = self._robots_from_text(robots_url, host, cached)
            else:
                r = self._fetch(
                    robots_url, kind="robots", allow_loopback=allow_loopback, check_robots=False, max_redirects=5
                )
                if r.ok:
                    text = r.body.decode("utf-8", "replace")
                    robots = self._robots_from_text(robots_url, host, text)
                    self._robots_cache_put(robots_url, text)
                elif r.outcome in ("redirect_loop", "too_many_redirects", "not_html", "too_large", "decode_error") or (
                    r.outcome.startswith("http_")
                    and r.http_status is not None
                    and 400 <= r.http_status < 500
                    and r.http_status != 429
                ):
                    robots = _Robots(None)  # RFC 9309 2.3.1.2-3: "unavailable" -> no restrictions
                    self._robots_cache_put(robots_url, "")
                elif r.outcome.startswith("http_"):
                    robots = _Robots(
                        None,
                        "robots_disallowed",
                        f"robots.txt unreachable (HTTP {r.http_status}): assuming full disallow",
                    )
                else:
                    robots = _Robots(None, r.outcome, f"robots.txt: {r.error}")
            with self._lock:
                self._robots[key] = robots
            return robots

    def _robots_from_text(self, robots_url: str, host: str, text: str) -> _Robots:
        if not text.strip():
            return _Robots(None)
        parser = urllib.robotparser.RobotFileParser(robots_url)
        parser.parse(text.splitlines())
        delay = parser.crawl_delay(self.user_agent)
        if delay:
            self._slot(host).slow_down(min(float(delay), self.max_crawl_delay))
        return _Robots(parser)

    def _robots_cache_path(self, robots_url: str) -> str:
        return f"{self._robots_root}/{stable_id(robots_url, length=24)}.json"

    def _robots_cache_get(self, robots_url: str) -> str | None:
        """robots.txt text cached by an earlier run (RFC 9309: up to 24 h), or None."""
        if self._robots_fs is None:
            return None
        try:
            with self._robots_fs.open(self._robots_cache_path(robots_url), "r", encoding="utf-8") as f:
                entry = json.load(f)
        except (FileNotFoundError, ValueError, OSError):
            return None
        if entry.get("url") != robots_url or time.time() - float(entry.get("fetched_at", 0)) > self.robots_ttl:
            return None
        return str(entry.get("text") or "")

    def _robots_cache_put(self, robots_url: str, text: str) -> None:
        if self._robots_fs is None:
            return
        path = self._robots_cache_path(robots_url)
        tmp = f"{path}.{threading.get_ident()}.tmp"
        try:
            with self._robots_fs.open(tmp, "w", encoding="utf-8") as f:
                json.dump({"url": robots_url, "fetched_at": time.time(), "text": text}, f)
            self._robots_fs.mv(tmp, path)
        except OSError as e:  # a cache that cannot be written only costs a request next time
            log.warning("robots cache: cannot write %s: %s", path, e)

    # -- public fetch ----------------------------------------------------------------------------

    def fetch(
        self,
        url: str,
        *,
        kind: Literal["page", "feed", "sitemap", "robots"] = "page",
        allow_loopback: bool = False,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> FetchResponse:
        """GET ``url`` politely. ``allow_loopback`` is the outlet's ``local`` flag."""
        return self._fetch(
            url,
            kind=kind,
            allow_loopback=allow_loopback,
            etag=etag,
            last_modified=last_modified,
            check_robots=self.respect_robots,
        )

    def _fetch(
        self,
        url: str,
        *,
        kind: str,
        allow_loopback: bool,
        etag: str | None = None,
        last_modified: str | None = None,
        check_robots: bool = True,
        max_redirects: int | None = None,
    ) -> FetchResponse:
        max_redirects = self.max_redirects if max_redirects is None else max_redirects
        res = FetchResponse(url=url, final_url=url, outcome="ok", fetched_at=_utcnow())
        current = url
        seen = {urldefrag(url)[0]}  # exact URLs: a redirect that only strips ?utm_... is not a loop
        for _hop in range(max_redirects + 1):
            res.final_url = current
            try:
                parts = urlsplit(current)
                host = (parts.hostname or "").lower()
                port = parts.port or _DEFAULT_PORTS.get(parts.scheme.lower(), 0)
            except ValueError as e:
                return self._fail(res, "invalid_url", str(e))
            scheme = parts.scheme.lower()
            if scheme not in ("http", "https") or not host:
                return self._fail(res, "invalid_url", f"not an http(s) URL: {current!r}")
            loopback_ok = self.loopback_allowed(host, allow_loopback)
            private_ok = allow_loopback and self.local_allows_private
            try:
                reason = address_block_reason(host, allow_loopback=loopback_ok, allow_private=private_ok)
            except socket.gaierror as e:
                return self._fail(res, "connection_error", f"DNS: {e}")
            if reason:
                return self._fail(res, "blocked_address", reason)
            if check_robots:
                robots = self._robots_for(scheme, host, port, loopback_ok)
                if robots.failure:
                    return self._fail(res, robots.failure, robots.detail)
                if robots.parser is not None and not robots.parser.can_fetch(self.user_agent, current):
                    return self._fail(res, "robots_disallowed", f"robots.txt disallows {current}")
            att = self._with_retries(current, host, kind, loopback_ok, private_ok, etag, last_modified, res)
            res.http_status = att.status
            if att.outcome == "redirect":
                nxt = urljoin(current, att.location or "")
                res.redirects.append(nxt)
                c = urldefrag(nxt)[0]
                if c in seen:
                    return self._fail(res, "redirect_loop", f"{current} -> {nxt} was already visited")
                seen.add(c)
                current = nxt
                continue
            res.final_url = current
            if att.outcome != "ok" and att.outcome != "not_modified":
                return self._fail(res, att.outcome, att.error)
            res.outcome = att.outcome
            res.body = att.body
            ctype = att.headers.get("content-type", "")
            res.content_type = ctype.split(";", 1)[0].strip().lower()
            res.header_charset = charset_from_content_type(ctype)
            res.etag = att.headers.get("etag")
            res.last_modified = att.headers.get("last-modified")
            if res.outcome == "not_modified" and not (etag or last_modified):
                return self._fail(res, "http_304", "304 Not Modified to an unconditional request")
            return res
        return self._fail(res, "too_many_redirects", f"more than {max_redirects} redirects")

    @staticmethod
    def _fail(res: FetchResponse, outcome: str, error: str | None) -> FetchResponse:
        res.outcome = outcome
        res.error = error
        res.body = b""
        return res

    def _with_retries(
        self,
        url: str,
        host: str,
        kind: str,
        loopback_ok: bool,
        private_ok: bool,
        etag: str | None,
        last_modified: str | None,
        res: FetchResponse,
    ) -> _Attempt:
        slot = self._slot(host)
        # Build the request before waiting for the host's turn: only the send happens on the clock.
        session = self._session(loopback_ok, private_ok)
        headers = {
            "User-Agent": self.user_agent,
            "Accept": _ACCEPT.get(kind, "*/*"),
            "Accept-Encoding": self.accept_encoding,
            "Accept-Language": "ar,en;q=0.5",
        }
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            prepared = session.prepare_request(requests.Request("GET", url, headers=headers))
        except (requests.exceptions.RequestException, urllib3.exceptions.LocationParseError, ValueError) as e:
            att = _Attempt()
            att.outcome, att.error = "invalid_url", _short(e)
            return att
        tries = 0
        while True:
            tries += 1
            with slot.semaphore:
                slot.wait_turn()
                _SEND_HOOK.fn = slot.sent if self.on_send is None else (lambda: (self.on_send(host, url), slot.sent()))  # type: ignore[misc]
                try:
                    att = self._attempt(session, prepared, kind)
                finally:
                    _SEND_HOOK.fn = None
            res.attempts += 1
            res.elapsed_ms += att.elapsed_ms
            retryable = (att.status in _RETRY_CODES) or att.outcome == "connection_error"
            if not retryable or tries > self.retries:
                return att
            retry_after = parse_retry_after(att.headers.get("retry-after")) if att.status else None
            if retry_after is not None and retry_after > self.max_retry_after:
                # The server asked for a longer pause than we will wait in this run: give up on this
                # URL rather than come back early, and keep the host quiet for the capped time.
                slot.defer(self.max_retry_after)
                att.error = f"{att.error}; Retry-After {retry_after:.0f}s exceeds cap {self.max_retry_after:.0f}s"
                return att
            delay = retry_after if retry_after is not None else self.backoff * 2 ** (tries - 1)
            slot.defer(min(delay, self.max_retry_after))

    def _attempt(self, session: requests.Session, prepared: requests.PreparedRequest, kind: str) -> _Attempt:
        att = _Attempt()
        t0 = time.monotonic()
        resp = None
        try:
            resp = session.send(
                prepared,
                timeout=(self.timeout, self.timeout),
                allow_redirects=False,
                stream=True,
                verify=True,
                proxies={},
            )
            att.status = resp.status_code
            att.headers = {k.lower(): v for k, v in resp.headers.items()}
            status = resp.status_code
            if status in _REDIRECT_CODES and resp.headers.get("location"):
                att.outcome = "redirect"
                att.location = resp.headers["location"].strip()
                return att
            if status == 304:
                att.outcome = "not_modified"
                return att
            if not 200 <= status < 300:
                att.outcome = _status_reason(status)
                att.error = f"HTTP {status} {resp.reason or ''}".strip()
                return att
            ctype = resp.headers.get("content-type", "")
            mime = ctype.split(";", 1)[0].strip().lower()
            if not _content_type_ok(kind, mime):
                att.outcome = "not_html"
                att.error = f"content-type {mime or '(none)'} not accepted for a {kind}"
                return att
            limit = self.max_bytes if kind == "page" else (512 * 1024 if kind == "robots" else self.max_doc_bytes)
            length = resp.headers.get("content-length")
            if length and length.isdigit() and int(length) > limit and kind != "robots":
                att.outcome = "too_large"
                att.error = f"Content-Length {length} > {limit}"
                return att
            deadline = t0 + self.total_timeout
            buf = bytearray()
            for chunk in resp.iter_content(64 * 1024):
                buf += chunk
                if len(buf) > limit:
                    if kind == "robots":  # RFC 9309: parse at least the first 500 KiB
                        del buf[limit:]
                        break
                    att.outcome = "too_large"
                    att.error = f"body exceeds {limit} bytes"
                    return att
                if time.monotonic() > deadline:
                    att.outcome = "timeout"
                    att.error = f"body not complete within {self.total_timeout:.1f}s"
                    return att
            body = bytes(buf)
            if kind == "page" and not mime and not _looks_like_html(body):
                att.outcome = "not_html"
                att.error = "no content-type and the body does not look like HTML"
                return att
            if kind == "page" and not body.strip():
                att.outcome = "empty_body"
                att.error = f"HTTP {status} with an empty body"
                return att
            att.body = body
            return att
        except BlockedAddressError as e:
            att.outcome, att.error = "blocked_address", str(e)
        except (requests.exceptions.Timeout, urllib3.exceptions.TimeoutError) as e:
            att.outcome, att.error = "timeout", _short(e)
        except requests.exceptions.ContentDecodingError as e:
            att.outcome, att.error = "decode_error", f"content-encoding: {_short(e)}"
        except (
            requests.exceptions.InvalidURL,
            requests.exceptions.InvalidSchema,
            requests.exceptions.MissingSchema,
            urllib3.exceptions.LocationParseError,
        ) as e:
            att.outcome, att.error = "invalid_url", _short(e)
        except (
            requests.exceptions.ConnectionError,
            requests.exceptions.ChunkedEncodingError,
            urllib3.exceptions.HTTPError,
            OSError,
        ) as e:
            if _is_timeout(e):
                att.outcome, att.error = "timeout", _short(e)
            elif _is_blocked(e):
                att.outcome, att.error = "blocked_address", _short(e)
            else:
                att.outcome, att.error = "connection_error", _short(e)
        finally:
            att.elapsed_ms = (time.monotonic() - t0) * 1000.0
            if resp is not None:
                resp.close()
        return att


def _status_reason(status: int) -> str:
    if 500 <= status < 600:
        return "http_5xx"
    return f"http_{status}"


def _content_type_ok(kind: str, mime: str) -> bool:
    if kind == "page":
        return mime in HTML_TYPES or mime == ""
    if kind == "robots":
        return True
    # feeds and sitemaps: anything that may hold XML or text; the parser has the final word
    return not (mime.startswith(_BINARY_PREFIXES) or mime in _BINARY_TYPES)


def _looks_like_html(body: bytes) -> bool:
    head = body[:2048].lstrip(codecs.BOM_UTF8).lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head or b"<body" in head


def _short(e: BaseException) -> str:
    text = f"{type(e).__name__}: {e}"
    return text if len(text) <= 300 else text[:297] + "..."


def _chain(e: BaseException) -> Iterable[BaseException]:
    seen = set()
    stack: list[BaseException] = [e]
    while stack:
        cur = stack.pop()
        if id(cur) in seen:
            continue
        seen.add(id(cur))
        yield cur
        stack.extend(a for a in getattr(cur, "args", ()) if isinstance(a, BaseException))
        for nxt in (cur.__cause__, cur.__context__, getattr(cur, "reason", None)):
            if isinstance(nxt, BaseException):
                stack.append(nxt)


def _is_timeout(e: BaseException) -> bool:
    return any(
        isinstance(x, (socket.timeout, TimeoutError, urllib3.exceptions.TimeoutError, requests.exceptions.Timeout))
        for x in _chain(e)
    )


def _is_blocked(e: BaseException) -> bool:
    return any(isinstance(x, BlockedAddressError) for x in _chain(e))


# --------------------------------------------------------------------------------------------
# Discovery: feeds, sitemaps, url lists
# --------------------------------------------------------------------------------------------

MAX_SITEMAP_DEPTH = 3
MAX_SITEMAPS = 200
MAX_SITEMAP_BYTES = 50 * 2**20  # the sitemaps.org limit, uncompressed


def _iso_hint(raw: str | None, parsed: time.struct_time | None) -> str | None:
    """A feed date as ISO 8601, keeping the publisher's UTC offset when the string has one."""
    if raw:
        raw = raw.strip()
        try:
            d = email.utils.parsedate_to_datetime(raw)
            if d is not None:
                return d.isoformat()
        except (TypeError, ValueError, IndexError):
            pass
        try:
            return dt.datetime.fromisoformat(raw.replace("Z", "+00:00")).isoformat()
        except ValueError:
            pass
    if parsed:
        return dt.datetime(*parsed[:6], tzinfo=dt.UTC).isoformat()
    return raw or None


def parse_feed(body: bytes, base_url: str, outlet_id: str) -> list[Discovered]:
    """Entries of an RSS/Atom document (bytes we downloaded ourselves) as ``Discovered``.

    Raises ValueError when the document is not a feed."""
    import feedparser

    parsed = feedparser.parse(io.BytesIO(body), response_headers={"content-location": base_url})
    if not parsed.entries and (parsed.bozo or not parsed.version):
        raise ValueError(f"not a feed: {getattr(parsed, 'bozo_exception', None) or 'no entries'}")
    out: list[Discovered] = []
    for e in parsed.entries:
        link = e.get("link") or e.get("feedburner_origlink")
        if not link:
            guid = e.get("id") or ""
            link = guid if guid.startswith(("http://", "https://")) else None
        if not link:
            continue
        hint = _iso_hint(e.get("published"), e.get("published_parsed")) or _iso_hint(
            e.get("updated"), e.get("updated_parsed")
        )
        out.append(Discovered(urljoin(base_url, link.strip()), outlet_id, "feed", hint))
    return out


_XML_PARSER_KW = dict(
    resolve_entities=False, no_network=True, recover=True, huge_tree=False, remove_comments=True, remove_pis=True
)


def parse_sitemap(body: bytes, base_url: str) -> tuple[str, list[tuple[str, str | None]]]:
    """``(kind, entries)``: kind is ``urlset``, ``sitemapindex`` or ``text``; entries are
    ``(loc, published_hint)``; the hint is the Google News ``news:publication_date`` when present
    (``lastmod`` is a modification time, not a publication date, and is not used).

    Raises ValueError for anything that is not a sitemap."""
    from lxml import etree

    if body[:2] == b"\x1f\x8b":  # sitemap.xml.gz served as-is
        try:
            body = gzip.GzipFile(fileobj=io.BytesIO(body)).read(MAX_SITEMAP_BYTES + 1)
        except (OSError, EOFError, zlib.error) as e:
            raise ValueError(f"bad gzip sitemap: {e}") from e
        if len(body) > MAX_SITEMAP_BYTES:
            raise ValueError(f"gzipped sitemap expands beyond {MAX_SITEMAP_BYTES} bytes")
    root = None
    stripped = body.lstrip(codecs.BOM_UTF8).lstrip()
    if stripped.startswith(b"<"):
        try:
            root = etree.fromstring(body, etree.XMLParser(**_XML_PARSER_KW))
        except etree.XMLSyntaxError as e:
            raise ValueError(f"sitemap is not XML: {e}") from e
    if root is None:
        lines = [ln.strip() for ln in body.decode("utf-8", "replace").splitlines() if ln.strip()]
        if lines and all(ln.startswith(("http://", "https://")) for ln in lines):
            return "text", [(ln, None) for ln in lines]
        raise ValueError("not a sitemap (neither XML nor a plain list of URLs)")
    kind = etree.QName(root).localname
    entries: list[tuple[str, str | None]] = []
    if kind == "urlset":
        for u in root.iterfind("{*}url"):
            loc = (u.findtext("{*}loc") or "").strip()
            if not loc:
                continue
            hint = (u.findtext("{*}news/{*}publication_date") or "").strip() or None
            entries.append((urljoin(base_url, loc), hint))
    elif kind == "sitemapindex":
        for s in root.iterfind("{*}sitemap"):
            loc = (s.findtext("{*}loc") or "").strip()
            if loc:
                entries.append((urljoin(base_url, loc), None))
    else:
        raise ValueError(f"not a sitemap: root element <{kind}>")
    return kind, entries


def _log_row(
    url: str,
    outlet_id: str,
    kind: str,
    via: str | None,
    status: str,
    *,
    r: FetchResponse | None = None,
    content_hash: str | None = None,
    n_bytes: int = 0,
    error: str | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
    http_status: int | None = None,
) -> dict[str, Any]:
    return {
        "url": url,
        "canonical_url": canonicalize_url(url),
        "final_url": r.final_url if r else None,
        "outlet_id": outlet_id,
        "kind": kind,
        "via": via,
        "status": status,
        "http_status": r.http_status if r else http_status,
        "n_bytes": n_bytes,
        "content_hash": content_hash,
        "etag": (r.etag if r and r.etag else etag),
        "last_modified": (r.last_modified if r and r.last_modified else last_modified),
        "elapsed_ms": round(r.elapsed_ms, 2) if r else 0.0,
        "attempts": r.attempts if r else 0,
        "error": error if error is not None else (r.error if r else None),
        "fetched_at": r.fetched_at if r else _utcnow(),
    }


class _Run:
    """State of one fetch over an outlet (or an ad-hoc URL list)."""

    def __init__(
        self,
        outlet: Outlet,
        fetcher: Fetcher,
        store: Any,
        known: Mapping[str, Mapping[str, Any]] | None,
        revalidate: bool = False,
    ) -> None:
        self.outlet = outlet
        self.fetcher = fetcher
        self.store = store
        self.known = known or {}
        self.revalidate = revalidate
        self.result = FetchResult()
        self._lock = threading.Lock()

    def _known(self, url: str) -> Mapping[str, Any]:
        return self.known.get(canonicalize_url(url)) or {}

    def _stored(self, content_hash: str | None) -> bool:
        if not content_hash or self.store is None:
            return False
        try:
            return bool(self.store.exists(content_hash))
        except Exception:
            return False

    # -- discovery -----------------------------------------------------------------------------

    def fetch_document(self, url: str, kind: str) -> tuple[bytes | None, str]:
        """Fetch a feed/sitemap (conditional GET); on 304 reuse the stored previous body."""
        prev = self._known(url)
        r = self.fetcher.fetch(
            url,
            kind=kind,
            allow_loopback=self.outlet.local,  # type: ignore[arg-type]
            etag=prev.get("etag"),
            last_modified=prev.get("last_modified"),
        )
        if r.outcome == "not_modified" and not self._stored(prev.get("content_hash")):
            # 304 but the previous body is gone from the store: ask again without validators
            r = self.fetcher.fetch(url, kind=kind, allow_loopback=self.outlet.local)  # type: ignore[arg-type]
        if r.outcome == "not_modified":
            h = prev.get("content_hash")
            body = self.store.get(h)
            self.result.log.append(
                _log_row(
                    url,
                    self.outlet.id,
                    kind,
                    None,
                    "not_modified",
                    r=r,
                    content_hash=h,
                    etag=prev.get("etag"),
                    last_modified=prev.get("last_modified"),
                )
            )
            return body, r.final_url
        if not r.ok:
            self.result.quarantined.append(
                Quarantined(
                    stage="discover",
                    reason=r.outcome,
                    detail=f"{kind} {url}: {r.error}",
                    url=url,
                    item_id=stable_id(canonicalize_url(url)),
                    outlet_id=self.outlet.id,
                    value=str(r.http_status) if r.http_status else None,
                )
            )
            self.result.log.append(_log_row(url, self.outlet.id, kind, None, r.outcome, r=r))
            return None, r.final_url
        h = self.store.put(r.body) if self.store is not None else None
        self.result.log.append(
            _log_row(url, self.outlet.id, kind, None, "ok", r=r, content_hash=h, n_bytes=len(r.body))
        )
        return r.body, r.final_url

    def _discovery_failed(self, url: str, kind: str, reason: str, detail: str) -> None:
        self.result.quarantined.append(
            Quarantined(
                stage="discover",
                reason=reason,
                detail=f"{kind} {url}: {detail}",
                url=url,
                item_id=stable_id(canonicalize_url(url)),
                outlet_id=self.outlet.id,
            )
        )
        for row in reversed(self.result.log):
            if row["url"] == url and row["kind"] == kind:
                row["status"], row["error"] = reason, detail
                break

    def discover(self, max_depth: int = MAX_SITEMAP_DEPTH, max_sitemaps: int = MAX_SITEMAPS) -> list[Discovered]:
        out: list[Discovered] = []
        oid = self.outlet.id
        for feed_url in self.outlet.feeds:
            body, final = self.fetch_document(feed_url, "feed")
            if body is None:
                continue
            try:
                out.extend(parse_feed(body, final, oid))
            except ValueError as e:
                self._discovery_failed(feed_url, "feed", "parse_error", str(e))
        seen_maps: set[str] = set()
        queue = [(u, 0) for u in self.outlet.sitemaps]
        while queue:
            sm_url, depth = queue.pop(0)
            c = canonicalize_url(sm_url)
            if c in seen_maps:
                continue
            if len(seen_maps) >= max_sitemaps:
                log.warning("outlet %s: more than %d sitemaps; the rest are skipped", oid, max_sitemaps)
                break
            seen_maps.add(c)
            body, final = self.fetch_document(sm_url, "sitemap")
            if body is None:
                continue
            try:
                kind, entries = parse_sitemap(body, final)
            except ValueError as e:
                self._discovery_failed(sm_url, "sitemap", "parse_error", str(e))
                continue
            if kind == "sitemapindex":
                if depth + 1 > max_depth:
                    self._discovery_failed(
                        sm_url, "sitemap", "sitemap_too_deep", f"sitemap index nested deeper than {max_depth}"
                    )
                    continue
                queue.extend((loc, depth + 1) for loc, _ in entries)
            else:
                out.extend(Discovered(loc, oid, "sitemap", hint) for loc, hint in entries)
        out.extend(Discovered(u, oid, "urls", None) for u in self.outlet.urls)
        return out

    # -- pages -----------------------------------------------------------------------------------

    def fetch_pages(self, discovered: Iterable[Discovered], limit: int | None = None) -> None:
        res = self.result
        unique: dict[str, Discovered] = {}
        for d in discovered:
            c = canonicalize_url(d.url)
            first = unique.get(c)
            if first is None:
                unique[c] = d
                continue
            if first.published_hint is None and d.published_hint is not None:
                unique[c] = Discovered(first.url, first.outlet_id, first.via, d.published_hint)
            res.log.append(
                _log_row(
                    d.url,
                    self.outlet.id,
                    "page",
                    d.via,
                    "duplicate",
                    error=f"duplicate_url: same canonical URL as {first.url}",
                )
            )
        to_fetch: list[Discovered] = []
        for c, d in unique.items():
            prev = self.known.get(c) or {}
            if prev and not self.revalidate and self._stored(prev.get("content_hash")):
                res.not_modified.append(d.url)
                res.log.append(
                    _log_row(
                        d.url,
                        self.outlet.id,
                        "page",
                        d.via,
                        "not_modified",
                        content_hash=prev.get("content_hash"),
                        etag=prev.get("etag"),
                        last_modified=prev.get("last_modified"),
                        error=None,
                    )
                )
                continue
            to_fetch.append(d)
        if limit is not None and len(to_fetch) > limit:
            log.info("outlet %s: %d new URLs, fetching %d (limit)", self.outlet.id, len(to_fetch), limit)
            to_fetch = to_fetch[: max(0, limit)]
        if not to_fetch:
            return
        hosts = {(urlsplit(d.url).hostname or "") for d in to_fetch}
        workers = max(1, min(32, len(to_fetch), self.fetcher.per_host_concurrency * max(1, len(hosts))))
        if workers == 1:
            outcomes = [self._fetch_page(d) for d in to_fetch]
        else:
            with ThreadPoolExecutor(max_workers=workers, thread_name_prefix=f"fetch-{self.outlet.id}") as ex:
                outcomes = list(ex.map(self._fetch_page, to_fetch))
        for kind, obj, row in outcomes:
            res.log.append(row)
            if kind == "page":
                res.pages.append(obj)
            elif kind == "not_modified":
                res.not_modified.append(obj)
            else:
                res.quarantined.append(obj)

    def _fetch_page(self, d: Discovered) -> tuple[str, Any, dict[str, Any]]:
        oid = self.outlet.id
        prev = self._known(d.url)
        r = self.fetcher.fetch(
            d.url,
            kind="page",
            allow_loopback=self.outlet.local,
            etag=prev.get("etag"),
            last_modified=prev.get("last_modified"),
        )
        if r.outcome == "not_modified":
            row = _log_row(
                d.url,
                oid,
                "page",
                d.via,
                "not_modified",
                r=r,
                content_hash=prev.get("content_hash"),
                etag=prev.get("etag"),
                last_modified=prev.get("last_modified"),
            )
            return "not_modified", d.url, row
        if r.ok:
            try:
                html, charset = decode_html(r.body, r.header_charset and f"text/html; charset={r.header_charset}")
            except DecodeError as e:
                r.outcome, r.error = "decode_error", str(e)
            else:
                h = self.store.put(r.body)
                if prev.get("content_hash") == h:
                    row = _log_row(d.url, oid, "page", d.via, "not_modified", r=r, content_hash=h, n_bytes=len(r.body))
                    return "not_modified", d.url, row
                page = RawPage(
                    url=d.url,
                    outlet_id=oid,
                    final_url=r.final_url,
                    status=r.http_status or 200,
                    content_type=r.content_type or "text/html",
                    charset=charset,
                    content_hash=h,
                    n_bytes=len(r.body),
                    fetched_at=r.fetched_at,
                    elapsed_ms=round(r.elapsed_ms, 2),
                    html=html,
                    discovered_via=d.via,
                    published_hint=d.published_hint,
                )
                return "page", page, _log_row(d.url, oid, "page", d.via, "ok", r=r, content_hash=h, n_bytes=len(r.body))
        q = Quarantined(
            stage="fetch",
            reason=r.outcome,
            detail=r.error or r.outcome,
            url=d.url,
            item_id=stable_id(canonicalize_url(d.url)),
            outlet_id=oid,
            value=str(r.http_status) if r.http_status else None,
        )
        return "quarantined", q, _log_row(d.url, oid, "page", d.via, r.outcome, r=r)


def discover(
    outlet: Outlet, session: Fetcher, *, store: Any = None, known: Mapping[str, Mapping[str, Any]] | None = None
) -> list[Discovered]:
    """Article URLs an outlet currently lists (feeds, sitemaps incl. indexes and News sitemaps, urls).

    ``session`` is the polite ``Fetcher``. Failures of a feed or sitemap are logged and skipped;
    ``fetch_outlet`` reports them as quarantined rows with stage ``discover``."""
    run = _Run(outlet, session, store, known)
    found = run.discover()
    for q in run.result.quarantined:
        log.warning("discover %s: %s %s", outlet.id, q.reason, q.detail)
    return found


def fetch_outlet(
    outlet: Outlet,
    fetcher: Fetcher,
    store: Any,
    known: Mapping[str, Mapping[str, Any]] | None = None,
    limit: int | None = None,
    *,
    revalidate: bool = False,
) -> FetchResult:
    """Discover and fetch one outlet.

    ``known`` maps canonical URL -> {etag, last_modified, content_hash} from earlier runs (see
    ``known_from_log``). A known page whose body is still in ``store`` is not requested at all
    (reported as not_modified) unless ``revalidate`` is set, in which case it gets a conditional GET;
    a 304, or a 200 with the same content hash, is not_modified. Feeds and sitemaps always get a
    conditional GET; on 304 their stored body is re-read so nothing listed is lost. ``limit`` caps
    the number of URLs requested (new ones beyond it are left for a later run and not reported)."""
    run = _Run(outlet, fetcher, store, known, revalidate)
    run.fetch_pages(run.discover(), limit)
    return run.result


def fetch_urls(
    urls: Iterable[str],
    outlet: Outlet,
    fetcher: Fetcher,
    store: Any,
    known: Mapping[str, Mapping[str, Any]] | None = None,
    limit: int | None = None,
    *,
    revalidate: bool = False,
) -> FetchResult:
    """Fetch an ad-hoc list of URLs on behalf of ``outlet`` (its ``local`` flag applies)."""
    run = _Run(outlet, fetcher, store, known, revalidate)
    run.fetch_pages([Discovered(u, outlet.id, "urls", None) for u in urls], limit)
    return run.result


def fetch_outlets(
    outlets: Iterable[Outlet],
    fetcher: Fetcher,
    store: Any,
    known: Mapping[str, Mapping[str, Any]] | None = None,
    limit: int | None = None,
    *,
    max_workers: int = 16,
    revalidate: bool = False,
) -> dict[str, FetchResult]:
    """``fetch_outlet`` for every enabled outlet, outlets in parallel threads (hosts stay polite
    because the per-host limits live in the shared ``fetcher``)."""
    todo = [o for o in outlets if o.enabled]
    if not todo:
        return {}
    with ThreadPoolExecutor(max_workers=max(1, min(max_workers, len(todo))), thread_name_prefix="outlet") as ex:
        futures = {o.id: ex.submit(fetch_outlet, o, fetcher, store, known, limit, revalidate=revalidate) for o in todo}
        return {oid: f.result() for oid, f in futures.items()}


def known_from_log(rows: Iterable[Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """Build ``known`` for the next run from fetch log rows (later rows win)."""
    known: dict[str, dict[str, Any]] = {}
    for row in rows:
        if row.get("status") not in ("ok", "not_modified") or not row.get("content_hash"):
            continue
        known[row["canonical_url"]] = {
            "etag": row.get("etag"),
            "last_modified": row.get("last_modified"),
            "content_hash": row["content_hash"],
        }
    return known
