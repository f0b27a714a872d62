"""The practice portal is as strict as the real servers (issue 12 §3), over real loopback HTTP."""

from __future__ import annotations

from datetime import date, timedelta
from urllib.parse import urlsplit

import pytest
import requests

ZMS = "/terminvereinbarung/api/citizen"
FIT = "/fit-connect/v1"
O311 = "/open311/v2"


def codes(r):
    return [e["errorCode"] for e in r.json()["errors"]]


def reserved(portal):
    """A fresh reservation (processId, authKey) on the first free time."""
    today = date.today()
    cal = requests.get(
        portal.url + ZMS + "/available-calendar/",
        params={
            "startDate": today.isoformat(),
            "endDate": (today + timedelta(days=30)).isoformat(),
            "officeIds": "10100",
            "serviceIds": "120703",
            "serviceCounts": "1",
        },
        timeout=5,
    ).json()
    ts = cal["availableDays"][0]["offices"][0]["appointments"][0]
    p = requests.post(
        portal.url + ZMS + "/reserve-appointment/",
        json={"officeId": 10100, "serviceId": [120703], "serviceCount": [1], "timestamp": ts},
        timeout=5,
    ).json()
    return p["processId"], p["authKey"]


@pytest.mark.parametrize(
    "phone, ok",
    [
        ("0234123456", True),
        ("+49234123456", True),
        (None, True),
        ("", True),
        ("0234 12 34 56", False),
        ("0234/123456", False),
        ("+49 234 123456", False),
        ("0234-123456", False),
        ("12345", False),
    ],
)
def test_phone_as_real_zms(portal, phone, ok):
    pid, key = reserved(portal)
    r = requests.post(
        portal.url + ZMS + "/update-appointment/",
        json={
            "processId": pid,
            "authKey": key,
            "familyName": "Muster",
            "email": "erika@example.org",
            "telephone": phone,
        },
        timeout=5,
    )
    assert (r.status_code == 200) is ok
    if not ok:
        assert r.status_code == 400 and codes(r) == ["invalidTelephone"]


@pytest.mark.parametrize("mail", ["erika@müller.de", "erika@localhost", "erika", "a..b@example.org"])
def test_email_as_php_filter_validate_email(portal, mail):
    pid, key = reserved(portal)
    r = requests.post(
        portal.url + ZMS + "/update-appointment/",
        json={"processId": pid, "authKey": key, "familyName": "Muster", "email": mail},
        timeout=5,
    )
    assert r.status_code == 400 and codes(r) == ["invalidEmail"]


@pytest.mark.parametrize(
    "start, end, status, code",
    [
        ("2026-13-01", "2026-12-31", 400, "invalidStartDate"),
        ("20261206", "2026-12-31", 400, "invalidStartDate"),
        ("2026-12-06", "garbage", 400, "invalidEndDate"),
        ("2026-12-06", "2028-01-01", 520, "unknownError"),  # a range over 365 days
        ("2026-12-31", "2026-12-06", 520, "unknownError"),  # start after end
    ],
)
def test_calendar_dates_as_real_zms(portal, start, end, status, code):
    r = requests.get(
        portal.url + ZMS + "/available-calendar/",
        params={"startDate": start, "endDate": end, "officeIds": "10100", "serviceIds": "120703", "serviceCounts": "1"},
        timeout=5,
    )
    assert r.status_code == status and code in codes(r)


def test_office_and_service_that_do_not_go_together(portal):
    today = date.today()
    r = requests.get(
        portal.url + ZMS + "/available-calendar/",
        params={
            "startDate": today.isoformat(),
            "endDate": (today + timedelta(days=5)).isoformat(),
            "officeIds": "10400",
            "serviceIds": "121151",
            "serviceCounts": "1",
        },
        timeout=5,
    )
    assert r.status_code == 400 and codes(r) == ["invalidLocationAndServiceCombination"]  # Linden: no passports


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH", "OPTIONS"])
def test_other_methods_get_the_real_json_404(portal, method):
    r = requests.request(method, portal.url + ZMS + "/offices-and-services/", timeout=5)
    assert r.status_code == 404 and r.headers["Content-Type"].startswith("application/json")
    assert codes(r) == ["notFound"]
    r = requests.request(method, portal.url + FIT + "/routes", timeout=5)
    assert r.status_code == 405 and r.json()["status"] == 405


@pytest.mark.parametrize(
    "params, found",
    [
        ({"ars": "059110000000"}, True),
        ({"ags": "05911000"}, True),
        ({"ars": "059130000000"}, False),
        ({"ags": "05913000"}, False),
        ({"areaId": "05913000"}, False),
    ],
)
def test_only_bochums_region_keys_are_bochum(portal, params, found):
    r = requests.get(portal.url + FIT + "/routes", params={"leikaKey": "99102013104000", **params}, timeout=5)
    assert r.status_code == 200 and bool(r.json()["routes"]) is found


def test_problem_instance_is_an_absolute_uri(portal):
    r = requests.get(portal.url + FIT + "/routes", params={"leikaKey": "123", "ars": "059110000000"}, timeout=5)
    assert r.status_code == 400
    inst = urlsplit(r.json()["instance"])
    assert inst.scheme == "http" and inst.netloc and inst.path == FIT + "/routes"


def test_open311_dates_that_are_no_dates_are_refused(portal):
    r = requests.get(portal.url + O311 + "/requests.json", params={"start_date": "garbage"}, timeout=5)
    assert r.status_code == 400 and "GET_Service_Requests" in r.json()[0]["description"]
    ok = requests.get(portal.url + O311 + "/requests.json", params={"start_date": "2026-12-01T00:00:00Z"}, timeout=5)
    assert ok.status_code == 200
