"""Is a host this computer? The one rule for every place that allows plain, unencrypted traffic
only to this computer: the portal's HTTP client (``assistant.portal.http``) and the deployment file's
portal addresses (``assistant.core.deployment``), so the file accepts exactly what the client will use.

The AusweisApp address (``assistant.eid.transport.check_url``) has a narrower rule of its own: it
must name an IP address to connect to (``localhost`` becomes 127.0.0.1), so ``*.localhost`` is refused.
"""

from __future__ import annotations

import ipaddress  # costs nothing at start-up: urllib.parse imports it already


def is_loopback_host(host: str) -> bool:
    """``localhost`` and every loopback IP address (127.0.0.0/8, ``::1``, also in brackets) — nothing
    else. No other name, ``*.localhost`` included: a name is only as good as its resolver (with
    ``hosts: files dns`` ``evil.localhost`` is asked of DNS and may point anywhere), and ``localhost``
    itself comes from the hosts file. The portal client checks a redirect's target the same way."""
    host = (host or "").lower()
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
