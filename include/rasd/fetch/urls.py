"""URL identity: canonical form for dedupe and incremental runs, tracking parameters removed."""

from __future__ import annotations

import functools
import ipaddress
from urllib.parse import unquote, urlsplit, urlunsplit

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
    inp, out = path, list[str]()
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
