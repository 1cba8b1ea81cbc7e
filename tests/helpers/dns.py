"""A real DNS server (dnslib, UDP on 127.0.0.1) whose answers follow a script: a name can answer
one address and then another (DNS rebinding), or fail and then answer."""

from collections import Counter

from dnslib import QTYPE, RCODE, RR, A
from dnslib.server import BaseResolver, DNSServer


class ScriptedResolver(BaseResolver):
    def __init__(self, script: dict[str, list[str | None]]):
        self.script = script  # name -> answers in turn (the last one repeats); None answers SERVFAIL
        self.asked: Counter = Counter()

    def resolve(self, request, handler):
        name = str(request.q.qname).rstrip(".")
        reply = request.reply()
        if name not in self.script:
            reply.header.rcode = RCODE.NXDOMAIN
            return reply
        turn = self.asked[name]
        self.asked[name] += 1
        answer = self.script[name][min(turn, len(self.script[name]) - 1)]
        if answer is None:
            reply.header.rcode = RCODE.SERVFAIL
        elif request.q.qtype in (QTYPE.A, QTYPE.ANY):
            reply.add_answer(RR(name, QTYPE.A, rdata=A(answer), ttl=0))
        return reply


class ScriptedDns:
    def __init__(self, script: dict[str, list[str | None]]):
        self.resolver = ScriptedResolver(script)
        self._server = DNSServer(self.resolver, address="127.0.0.1", port=0, logger=_Quiet())
        self._server.start_thread()

    @property
    def address(self) -> str:
        host, port = self._server.server.server_address[:2]
        return f"{host}:{port}"

    def stop(self):
        self._server.stop()


class _Quiet:
    def __getattr__(self, name):
        return lambda *args, **kwargs: None
