"""Sources split into shards by site, for crawls spread over several processes or machines.

Politeness (robots.txt, the per-site delay and concurrency) is kept by one Scrapy process per site,
so a site never spans two shards: sources that share a host are kept together, and the groups are
dealt out, largest first, to the shard with the fewest start URLs so far.
"""

import urllib.parse
from collections.abc import Sequence

from claimwatch.core.config import Source


def source_sites(source: Source) -> set[str]:
    """The hosts a source starts from; a search source's API counts as one site (its endpoint's host, or
    its kind when it uses the public API)."""
    if not source.urls:
        host = urllib.parse.urlsplit(source.endpoint).hostname if source.endpoint else None
        return {host or f"{source.kind} api"}
    return {(urllib.parse.urlsplit(url).hostname or url).lower() for url in source.urls}


def shard_sources(sources: Sequence[Source], shards: int) -> list[list[Source]]:
    """At most `shards` non-empty lists of sources, in the sources file's order within each; no host in two."""
    groups: list[list[Source]] = []
    group_of_site: dict[str, list[Source]] = {}
    for source in sources:  # union of the groups this source's sites are in
        joined = [source]
        for group in {id(g): g for site in source_sites(source) if (g := group_of_site.get(site))}.values():
            joined = group + joined
            groups.remove(group)
        groups.append(joined)
        for member in joined:
            for site in source_sites(member):
                group_of_site[site] = joined
    weight = {id(g): sum(len(s.urls) or 1 for s in g) for g in groups}
    bins: list[list[Source]] = [[] for _ in range(max(1, min(shards, len(groups))))]
    loads = [0] * len(bins)
    for group in sorted(groups, key=lambda g: -weight[id(g)]):
        lightest = loads.index(min(loads))
        bins[lightest] += group
        loads[lightest] += weight[id(group)]
    order = {id(s): i for i, s in enumerate(sources)}
    return [sorted(b, key=lambda s: order[id(s)]) for b in bins if b]
