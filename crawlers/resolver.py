"""The crawler's name resolver: every connection goes to an address this module checked.

Twisted's HTTP client asks the reactor's name resolver for the addresses of a host and connects to
exactly those. Installed as Scrapy's TWISTED_DNS_RESOLVER, this resolver looks a name up once,
refuses it when any of its addresses is private, loopback, link-local or otherwise not global
(unless `allow_private_networks`), and hands out only the addresses it checked. A DNS server that
answers differently on a second look-up (DNS rebinding) cannot move a connection: there is no
second, unchecked look-up. A failed look-up is a failure (nothing is remembered as allowed), and
redirects and new connections resolve through here again.
"""

import ipaddress
import socket

from twisted.internet.address import IPv4Address, IPv6Address
from twisted.internet.defer import Deferred
from twisted.internet.error import DNSLookupError
from twisted.internet.interfaces import IHostnameResolver, IHostResolution, IResolutionReceiver
from zope.interface import implementer, provider

# host -> why it was refused. One crawl runs per process, so this is that crawl's record; the
# spider's errback reads it to log `private_address_refused` instead of a DNS error.
_refused: dict[str, str] = {}


def refusal(host: str | None) -> str | None:
    """Why connections to `host` were refused, if they were."""
    return _refused.get((host or "").lower())


def is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def literal_address(host: str) -> str | None:
    """The address a host written as an IP literal means to the OS (also 127.1, 0x7f.1, 2130706433),
    found without DNS; None for names."""
    try:
        infos = socket.getaddrinfo(host.strip("[]"), 0, proto=socket.IPPROTO_TCP, flags=socket.AI_NUMERICHOST)
    except (socket.gaierror, UnicodeError, ValueError):
        return None
    return str(infos[0][4][0])


@implementer(IHostResolution)
class _Resolution:
    def __init__(self, name: str):
        self.name = name

    def cancel(self) -> None:
        pass


@provider(IResolutionReceiver)
class _Collector:
    """Collects what the underlying resolver found, then fires `done` with the addresses."""

    def __init__(self):
        self.addresses: list = []
        self.done: Deferred = Deferred()

    def resolutionBegan(self, resolution) -> None:
        pass

    def addressResolved(self, address) -> None:
        self.addresses.append(address)

    def resolutionComplete(self) -> None:
        self.done.callback(self.addresses)


class _LookupFailures:
    """A DNS client whose every failure (SERVFAIL, a timeout) is a plain failed look-up, as the
    system resolver's are, rather than an error Twisted logs as critical."""

    def __init__(self, client):
        self.client = client

    def getHostByName(self, name, timeout=None):
        def failed(failure):
            raise DNSLookupError(f"{name}: {failure.getErrorMessage()}")

        return self.client.getHostByName(name).addErrback(failed)


@implementer(IHostnameResolver)
class PublicAddressResolver:
    def __init__(self, reactor, lookup, allow_private: bool = False, treated_as_public=(), cache_size: int = 10_000):
        self.reactor = reactor
        self.lookup = lookup  # an IHostnameResolver that asks DNS (or the system)
        self.allow_private = allow_private
        self.treated_as_public = frozenset(treated_as_public)
        self.cache_size = cache_size
        self._cache: dict[tuple, list[str]] = {}

    @classmethod
    def from_crawler(cls, crawler, reactor):
        settings = crawler.settings
        servers = settings.getlist("CLAIMWATCH_DNS_SERVERS")
        lookup = reactor.nameResolver
        if servers:  # ask these DNS servers instead of the system's resolver (tests use a local one)
            from twisted.internet._resolver import SimpleResolverComplexifier
            from twisted.names import client

            addresses = [(host, int(port)) for host, _, port in (s.rpartition(":") for s in servers)]
            simple = _LookupFailures(client.Resolver(servers=addresses, reactor=reactor))
            lookup = SimpleResolverComplexifier(simple)  # type: ignore[arg-type]  # it provides getHostByName
        # Tests only (an explicit Scrapy setting, never the environment): addresses on this machine
        # that stand in for public sites, since no public address is reachable here.
        return cls(reactor, lookup, allow_private=settings.getbool("CLAIMWATCH_ALLOW_PRIVATE_NETWORKS"),
                   treated_as_public=settings.getlist("CLAIMWATCH_TREAT_AS_PUBLIC"),
                   cache_size=settings.getint("DNSCACHE_SIZE", 10_000))

    def install_on_reactor(self) -> None:
        self.reactor.installNameResolver(self)

    def allowed(self, address: str) -> bool:
        return self.allow_private or address in self.treated_as_public or is_public(address)

    def resolveHostName(self, receiver, hostName: str, portNumber: int = 0, addressTypes=None,
                        transportSemantics: str = "TCP"):
        resolution = _Resolution(hostName)
        receiver.resolutionBegan(resolution)
        key = (hostName.lower(), tuple(addressTypes or ()))
        if key in self._cache:
            self._deliver(receiver, self._cache[key], portNumber)
            return resolution
        literal = literal_address(hostName)
        if literal is not None:
            self._deliver(receiver, self._checked(hostName, key, [literal], "is"), portNumber)
            return resolution
        collector = _Collector()
        self.lookup.resolveHostName(collector, hostName, 0, addressTypes, transportSemantics)
        collector.done.addCallback(lambda found: self._checked(hostName, key, [a.host for a in found]))
        collector.done.addErrback(lambda failure: [])  # a failed look-up connects nowhere (fail closed)
        collector.done.addCallback(lambda addresses: self._deliver(receiver, addresses, portNumber))
        return resolution

    def _checked(self, host: str, key: tuple, addresses: list[str], verb: str = "resolves to") -> list[str]:
        """The addresses to connect to: all of them, or none when any is not allowed."""
        if not addresses:
            return []  # look-up failed: not cached, not allowed
        refused = [a for a in addresses if not self.allowed(a)]
        if refused:
            _refused[host.lower()] = f"refused: {host} {verb} a private address ({refused[0]})"
            addresses = []
        if len(self._cache) >= self.cache_size:
            self._cache.pop(next(iter(self._cache)))
        self._cache[key] = addresses  # refusals are remembered too; a later answer cannot lift them
        return addresses

    @staticmethod
    def _deliver(receiver, addresses: list[str], port: int) -> None:
        for address in addresses:
            family = IPv6Address if ":" in address else IPv4Address
            receiver.addressResolved(family("TCP", address, port))
        receiver.resolutionComplete()
