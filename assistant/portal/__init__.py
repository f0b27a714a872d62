"""City service portal: Qt-free clients for FIT-Connect Routing, the ZMS citizen API and Open311.

Start with ``assistant.portal.api`` (results, errors, interfaces) and ``assistant.portal.config``
(city profile → clients). docs/portal.md describes it all.
"""
