"""URLs: one canonical spelling per article, and the guard that keeps article fetches off private networks.

Canonical links are how the warehouse recognises the same article arriving from two feeds, or from the
same feed with a new campaign tag: `https://Example.com/a?utm_source=rss#top` and `https://example.com/a`
are one article. The guard exists because article URLs come from third parties (feed entries, redirects),
so a hostile feed could otherwise make us fetch `http://169.254.169.254/` (cloud metadata) or an
intranet page and store its text.
"""

from __future__ import annotations

import ipaddress
import re
import tomllib
from pathlib import Path
from urllib.parse import unquote_plus, urljoin, urlsplit, urlunsplit

_TRACKING = tomllib.loads((Path(__file__).parent / "data" / "tracking_params.toml").read_text(encoding="utf-8"))
# Query parameters that identify a campaign or a click, never the page. Exact names, then prefixes.
TRACKING_PARAMS = frozenset(_TRACKING["exact"])
TRACKING_PREFIXES = tuple(_TRACKING["prefixes"])

_DEFAULT_PORTS = {"http": 80, "https": 443}

# Everything a server on the public internet has no business pointing us at. ipaddress's `is_private`
# already covers 10/8, 172.16/12, 192.168/16, fc00::/7 and more; loopback, link-local (169.254/16,
# where cloud metadata lives), unspecified (0.0.0.0, ::), multicast and reserved are checked on top.
_EXTRA_BLOCKED = (ipaddress.ip_network("100.64.0.0/10"), ipaddress.ip_network("0.0.0.0/8"))


def is_tracking_param(name: str) -> bool:
    """True for campaign/click parameters (utm_*, fbclid, ...) that do not change which page is served."""
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def canonical_url(url: str | None, base: str | None = None) -> str | None:
    """The canonical form of a link, or None when it is not an http(s) URL we can use.

    Resolves relative links against `base`, lower-cases scheme and host, drops the default port, the
    fragment and tracking parameters, and keeps every other parameter in its original order (some sites
    route on the query, so it cannot be dropped or sorted safely).
    """
    if not url:
        return None
    url = url.strip()
    if not url:
        return None
    if base:
        try:
            url = urljoin(base.strip(), url)
        except ValueError:
            return None
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    host = parts.hostname.lower().rstrip(".")
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    # Filter the raw segments rather than decode and re-encode, so the rest of the query stays byte-exact.
    kept = [seg for seg in parts.query.split("&")
            if seg and not is_tracking_param(unquote_plus(seg.split("=", 1)[0]))]
    query = "&".join(kept)
    path = parts.path or "/"
    return urlunsplit((scheme, netloc, path, query, ""))


def ip_is_private(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """True when an address is not a public unicast address (see the module docstring for why)."""
    if isinstance(ip, ipaddress.IPv6Address):
        mapped = ip.ipv4_mapped or ip.sixtofour
        if mapped is not None:
            return ip_is_private(mapped)
    if isinstance(ip, ipaddress.IPv4Address) and any(ip in net for net in _EXTRA_BLOCKED):
        return True
    blocked = (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_unspecified
               or ip.is_multicast or ip.is_reserved)
    return blocked or (isinstance(ip, ipaddress.IPv6Address) and ip.is_site_local)


def is_private_address(host: str) -> bool:
    """True when `host` is an IP literal (v4 or v6, bracketed or not) in a private/loopback/link-local range.

    Host names return False here: they are checked after DNS resolution, at connect time, by the fetch
    step (a name can resolve to anything, and re-resolve differently a second later).
    """
    literal = host.strip().strip("[]").split("%", 1)[0]
    try:
        ip = ipaddress.ip_address(literal)
    except ValueError:
        name = literal.lower().rstrip(".")
        return name in ("localhost", "localhost.localdomain") or name.endswith(".localhost")
    return ip_is_private(ip)


_USERINFO = re.compile(r"(?<=://)[^/?#@\s]+@")
# Query parameters that carry a credential (`?token=...`, `&api_key=...`, signed-URL signatures). Their
# values are masked like a password; names are matched case-insensitively, exactly or by these endings.
SECRET_PARAMS = frozenset({
    "token", "access_token", "auth", "auth_token", "authorization", "api_key", "apikey", "key", "secret",
    "client_secret", "password", "passwd", "pwd", "pass", "sig", "signature", "jwt", "session", "sessionid",
    "x-amz-signature", "x-amz-credential", "x-amz-security-token", "x-goog-signature", "x-goog-credential",
})
SECRET_PARAM_ENDINGS = ("token", "secret", "password", "_key", "-key", "apikey", "signature")
_QUERY_PARAM = re.compile(r"(?<=[?&;])([^=&#;\s]+)=([^&#;\s]*)")


def is_secret_param(name: str) -> bool:
    """True for a query parameter whose value is a credential (token, api_key, signature, ...)."""
    lowered = unquote_plus(name).lower()
    return lowered in SECRET_PARAMS or lowered.endswith(SECRET_PARAM_ENDINGS)


def _mask_param(match: re.Match[str]) -> str:
    name, value = match.group(1), match.group(2)
    return f"{name}=***" if value and is_secret_param(name) else match.group(0)


def public_url(url: str) -> str:
    """`url` as it may be shown, logged and stored: a `user:password@` (or token@) before the host becomes
    `***@`, and the value of a secret-looking query parameter (`?token=`, `api_key=`, ...) becomes `***`.

    Private feeds are configured as https://user:password@host/feed.xml or https://host/feed.xml?token=...
    The full URL makes the request and nothing else; the feed's row (`feeds.url`, the key its state is read
    back by), its articles' `feed_url` and `url`, the run report, Prefect artifacts and every log line use
    this form. Also applied to any text that may quote a URL (an error, a log line).
    """
    if "@" not in url and "=" not in url:
        return url
    return _QUERY_PARAM.sub(_mask_param, _USERINFO.sub("***@", url))


def has_credentials(url: str) -> bool:
    """True when `url` carries a password, a token before the host, or a secret query parameter."""
    return public_url(url) != url


def hide_credentials(text: str | None, url: str) -> str | None:
    """An error text about `url` with its credentials taken out (fetch errors may quote the URL)."""
    if not text:
        return text
    try:
        userinfo = urlsplit(url).netloc.rpartition("@")[0]
    except ValueError:
        userinfo = ""
    text = public_url(text.replace(url, public_url(url)))
    return text.replace(userinfo, "***") if userinfo else text
