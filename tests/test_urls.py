"""Canonical links (one spelling per article) and the private-address test behind the fetch guard."""

from __future__ import annotations

import pytest

from tasks.urls import canonical_url, is_private_address, is_tracking_param


@pytest.mark.parametrize(("url", "base", "expected"), [
    ("https://Example.COM/a?utm_source=rss&utm_medium=x&id=3#frag", None, "https://example.com/a?id=3"),
    ("/nota.html?fbclid=1&gclid=2", "https://www.diario.example/rss/", "https://www.diario.example/nota.html"),
    ("nota.html", "https://www.diario.example/rss/feed.xml", "https://www.diario.example/rss/nota.html"),
    ("HTTP://example.com:80", None, "http://example.com/"),
    ("https://example.com:8443/a", None, "https://example.com:8443/a"),
    ("https://example.com/a?q=a%20b&flag&wt_mc=rss.x", None, "https://example.com/a?q=a%20b&flag"),
    ("https://example.com./a?page=2&utm_campaign=c", None, "https://example.com/a?page=2"),
    ("http://[::1]:8080/x", None, "http://[::1]:8080/x"),
    ("  https://example.com/a  ", None, "https://example.com/a"),
])
def test_canonical_url(url: str, base: str | None, expected: str) -> None:
    assert canonical_url(url, base) == expected


@pytest.mark.parametrize("url", [None, "", "   ", "javascript:alert(1)", "mailto:a@b.example", "ftp://x.example/f",
                                 "data:text/html,hi", "http://", "https://example.com:99999/"])
def test_unusable_links_are_none(url: str | None) -> None:
    assert canonical_url(url) is None


def test_tracking_params() -> None:
    assert all(map(is_tracking_param, ["utm_source", "UTM_Term", "fbclid", "mc_eid", "wt_mc"]))
    assert not any(map(is_tracking_param, ["id", "page", "q", "article", "utmost"]))


@pytest.mark.parametrize("host", ["127.0.0.1", "127.8.9.10", "10.0.0.1", "172.16.0.1", "172.31.255.255",
                                  "192.168.1.1", "169.254.169.254", "0.0.0.0", "::1", "[::1]", "fc00::1",
                                  "fd00:ec2::254", "::ffff:127.0.0.1", "fe80::1%eth0", "100.64.0.1", "localhost",
                                  "LOCALHOST.", "api.localhost", "::"])
def test_private_addresses(host: str) -> None:
    assert is_private_address(host)


@pytest.mark.parametrize("host", ["8.8.8.8", "172.32.0.1", "192.169.0.1", "2001:4860:4860::8888", "example.com",
                                  "localhost.example.com"])
def test_public_addresses_and_names(host: str) -> None:
    assert not is_private_address(host)
