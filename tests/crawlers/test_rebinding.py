"""The private-address guard cannot be raced: a DNS server that changes its answer between look-ups
(first a public address, then 127.0.0.1), or that fails first and answers 127.0.0.1 later, never
gets a request to the private server. The DNS server is real (UDP on 127.0.0.1); the crawler is
pointed at it, and told which local address plays a public site, by explicit crawler settings."""

import datetime as dt

import duckdb

from claimwatch.core.config import load_config
from claimwatch.stages.crawl import crawl
from tests.helpers import write_sources
from tests.helpers.dns import ScriptedDns
from tests.helpers.hostile_site import hostile_site

WEEK = dt.date(2026, 11, 10)


def test_rebinding_and_late_answers_never_reach_a_private_address(tmp_path):
    public = hostile_site("127.0.0.2")
    port = int(public.base.rsplit(":", 1)[1])
    private = hostile_site("127.0.0.1", port=port)  # same port: only the address decides who answers
    public.routes.redirect_target = f"http://127.1:{port}/good.html"  # a short spelling of loopback
    dns = ScriptedDns({
        "rebind.test": ["127.0.0.2", "127.0.0.1"],  # public first, loopback on every later look-up
        "late.test": [None, "127.0.0.1"],            # fails first, loopback later
    })
    try:
        urls = [f"http://rebind.test:{port}/{page}" for page in ("good.html", "cp1252.html", "to-private.html")]
        urls += [f"http://late.test:{port}/{page}" for page in ("good.html", "gone.html")]
        body = '[[source]]\nname = "Rebinding"\nkind = "page"\nurls = [' + ", ".join(f'"{u}"' for u in urls) + "]\n"
        config = load_config(write_sources(tmp_path / "s.toml", public.base, body, allow_private=False))
        db_file = tmp_path / "w.duckdb"
        crawl(config, db_file, WEEK, log=lambda m: None,
              crawler_settings={"CLAIMWATCH_DNS_SERVERS": [dns.address], "CLAIMWATCH_TREAT_AS_PUBLIC": ["127.0.0.2"]})
    finally:
        dns.stop()
        public.stop()
        private.stop()
    assert private.hits == {}  # nothing ever reached 127.0.0.1
    con = duckdb.connect(str(db_file), read_only=True)
    found = dict(((url, (outcome, error)) for url, outcome, error in
                  con.execute("SELECT url, outcome, error FROM fetches").fetchall()))
    assert found[urls[0]][0] == "ok" and found[urls[1]][0] == "ok"  # served by the public address it resolved to
    assert found[urls[2]] == ("private_address_refused", "refused: 127.1 is a private address (127.0.0.1)")
    for url in urls[3:]:
        assert found[url][0] == "private_address_refused" and "127.0.0.1" in found[url][1], found[url]
    assert dns.resolver.asked["late.test"] >= 2  # the failed look-up was not remembered as allowed
    assert public.hits["/good.html"] == 1 and public.hits["/cp1252.html"] == 1
