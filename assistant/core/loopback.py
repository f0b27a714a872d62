"""Is a host name this computer? The one rule for every place that allows plain, unencrypted traffic
only to this computer: the portal's HTTP client (``assistant.portal.http``) and the deployment file's
portal addresses (``assistant.core.deployment``), so the file accepts exactly what the client will use.

The AusweisApp address (``assistant.eid.transport.check_url``) has a narrower rule of its own: it
must name an IP address to connect to (``localhost`` becomes 127.0.0.1), so ``*.localhost`` is refused.
"""

from __future__ import annotations

import ipaddress  # costs nothing at start-up: urllib.parse imports it already


def is_loopback_host(host: str) -> bool:
    """``localhost``, ``*.localhost`` (RFC 6761) and every loopback IP address (127.0.0.0/8, ``::1``,
    also in brackets)."""
    host = (host or "").strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
