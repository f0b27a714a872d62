"""Everything the practice portal serves validates against the official schemas in shared/portal.

* FIT-Connect: the component schemas of routing-api.yaml (OpenAPI 3.0; validated as JSON Schema
  draft 4 with ``#/components/...`` references resolved in the document).
* ZMS: zms/schema/** (draft 4, relative ``$ref``s); error bodies against the ZMS error table.
* Open311: open311/schema/*.json and the swagger definitions. With ``open311_quirks`` on, the
  portal deviates exactly where the recorded real server does (string booleans, numeric ids) —
  the answers validate once those quirks, and only those, are normalised; strict mode validates as is.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
import requests
import yaml
from jsonschema import Draft4Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from assistant.portal.practice_data import OPEN311_DEFINITIONS, OPEN311_SERVICES, ROUTES
from assistant.portal.practice_server import PracticePortal

ZMS = "/terminvereinbarung/api/citizen"


def registry_for(folder):
    resources = []
    for path in folder.rglob("*.json"):
        resources.append(
            (path.as_uri(), Resource.from_contents(json.loads(path.read_text("utf-8")), default_specification=DRAFT4))
        )
    return Registry().with_resources(resources)


class Schemas:
    def __init__(self, shared):
        self.shared = shared
        self.zms_registry = registry_for(shared / "zms" / "schema")
        self.o311_registry = registry_for(shared / "open311" / "schema")
        self.openapi = yaml.safe_load((shared / "fit-connect" / "routing-api.yaml").read_text("utf-8"))
        self.swagger = json.loads((shared / "open311" / "schema" / "swagger.json").read_text("utf-8"))
        self.zms_errors = json.loads((shared / "zms" / "errors.json").read_text("utf-8"))["errors"]

    def zms(self, name, instance):
        uri = (self.shared / "zms" / "schema" / name).as_uri()
        _check(Draft4Validator({"$ref": uri}, registry=self.zms_registry), instance, name)

    def open311(self, name, instance):
        uri = (self.shared / "open311" / "schema" / name).as_uri()
        _check(Draft4Validator({"$ref": uri}, registry=self.o311_registry), instance, name)

    def swagger_def(self, name, instance):
        schema = {"$ref": f"#/definitions/{name}", "definitions": self.swagger["definitions"]}
        _check(Draft4Validator(schema), instance, name)

    def fit(self, component, instance):
        schema = {"$ref": f"#/components/schemas/{component}", "components": self.openapi["components"]}
        _check(Draft4Validator(schema, format_checker=Draft4Validator.FORMAT_CHECKER), instance, component)


def _check(validator, instance, name):
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.path))
    assert not errors, f"{name}: " + "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


@pytest.fixture
def schemas(shared):
    return Schemas(shared)


def get(portal, path, **params):
    r = requests.get(portal.url + path, params=params, timeout=5)
    return r, r.json() if "json" in r.headers.get("Content-Type", "") else r.text


def post(portal, path, **kw):
    r = requests.post(portal.url + path, timeout=5, **kw)
    return r, r.json()


def test_fit_connect_answers(portal, schemas):
    for key in [*ROUTES, "99009001000000"]:
        r, body = get(portal, "/fit-connect/v1/routes", leikaKey=key, ars="059110000000")
        assert r.status_code == 200
        schemas.fit("route-result", body)
        for h in ("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"):
            assert r.headers[h].isdigit()
    r, body = get(portal, "/fit-connect/v1/areas", areaSearchexpression="Boch*")
    assert r.status_code == 200 and body["areas"][0]["name"] == "Bochum"
    schemas.fit("area-result", body)
    r, body = get(portal, "/fit-connect/v1/info")
    schemas.fit("info", body)
    for params in ({"leikaKey": "123"}, {"leikaKey": "99102013104000"}, {"leikaKey": "99102013104000", "ars": "1"}):
        r, body = get(portal, "/fit-connect/v1/routes", **params)
        assert r.status_code == 400 and r.headers["Content-Type"] == "application/problem+json"
        schemas.fit("error", body)


def test_zms_answers(portal, schemas):
    r, oas = get(portal, ZMS + "/offices-and-services/")
    schemas.zms("collections/officeServiceAndRelationList.json", oas)
    today = datetime.now().date()
    r, cal = get(
        portal,
        ZMS + "/available-calendar/",
        startDate=today.isoformat(),
        endDate=(today + timedelta(days=365)).isoformat(),
        officeIds="10100",
        serviceIds="120703",
        serviceCounts="1",
    )
    schemas.zms("availableCalendar.json", cal)
    ts = cal["availableDays"][0]["offices"][0]["appointments"][0]
    steps = []
    r, p = post(
        portal,
        ZMS + "/reserve-appointment/",
        json={"officeId": 10100, "serviceId": [120703], "serviceCount": [1], "timestamp": ts},
    )
    steps.append(p)
    auth = {"processId": p["processId"], "authKey": p["authKey"]}
    steps.append(
        post(portal, ZMS + "/update-appointment/", json={**auth, "familyName": "Muster", "email": "erika@example.org"})[
            1
        ]
    )
    steps.append(post(portal, ZMS + "/preconfirm-appointment/", json=auth)[1])
    steps.append(post(portal, ZMS + "/confirm-appointment/", json=auth)[1])
    steps.append(get(portal, ZMS + "/appointment/", **auth)[1])
    steps.append(post(portal, ZMS + "/cancel-appointment/", json=auth)[1])
    assert [s["status"] for s in steps] == ["reserved", "reserved", "preconfirmed", "confirmed", "confirmed", "deleted"]
    for s in steps:
        schemas.zms("thinnedProcess.json", s)


def test_zms_errors_follow_the_error_table(portal, schemas):
    bad = [
        get(
            portal,
            ZMS + "/available-calendar/",
            startDate="x",
            endDate="y",
            officeIds="a",
            serviceIds="1",
            serviceCounts="0",
        ),
        get(portal, ZMS + "/appointment/", processId="0", authKey="zz"),
        get(portal, ZMS + "/appointment/", processId="123", authKey="abcd"),
        post(
            portal,
            ZMS + "/reserve-appointment/",
            json={"officeId": 10100, "serviceId": [120703], "serviceCount": [1], "timestamp": 4102444800},
        ),
        post(portal, ZMS + "/confirm-appointment/", json={"processId": 5, "authKey": "abcd"}),
        get(portal, ZMS + "/nothing-here/"),
    ]
    for r, body in bad:
        assert set(body) == {"errors"}
        for e in body["errors"]:
            ref = schemas.zms_errors[e["errorCode"]]
            assert (e["errorCode"], e["statusCode"], e["errorType"]) == (
                ref["errorCode"],
                ref["statusCode"],
                ref["errorType"],
            )
        assert r.status_code == max(e["statusCode"] for e in body["errors"])


def normalise_quirks(value, bool_keys=("metadata", "variable", "required")):
    """Undo exactly the recorded server's quirks: "true"/"false" → booleans, numeric ids → strings."""
    if isinstance(value, list):
        return [normalise_quirks(v, bool_keys) for v in value]
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if k in bool_keys and v in ("true", "false"):
                v = v == "true"
            elif k == "service_request_id" and isinstance(v, int):
                v = str(v)
            out[k] = normalise_quirks(v, bool_keys)
        return out
    return value


@pytest.mark.parametrize("quirks", [False, True])
def test_open311_answers(schemas, quirks):
    with PracticePortal(open311_quirks=quirks) as portal:
        base = "/open311/v2"
        answers = []
        r, services = get(portal, base + "/services.json")
        answers.append(("services.json", services))
        for s in OPEN311_SERVICES:
            answers.append(("service-definition.json", get(portal, f"{base}/services/{s['service_code']}.json")[1]))
        r, created = post(
            portal,
            base + "/requests.json",
            data={
                "api_key": "uebung",
                "service_code": "STR-SCHLAGLOCH",
                "address_string": "Kortumstraße 1",
                "attribute[TIEFE]": "12",
                "attribute[WO]": "gehweg",
                "description": "Loch",
            },
        )
        assert r.status_code == 200
        post(
            portal,
            base + "/requests.json",
            data={"api_key": "uebung", "service_code": "MUELL-KORB", "lat": "51.48", "long": "7.21"},
        )
        rid = created[0]["service_request_id"]
        for _ in range(8):  # every status step
            answers.append(("requests.json", get(portal, f"{base}/requests/{rid}.json")[1]))
        answers.append(("requests.json", get(portal, f"{base}/requests.json")[1]))
        if quirks:
            assert services[0]["metadata"] == "true" and isinstance(rid, int)
            assert r.headers["Content-Type"] == "application/json"  # no charset, like the recorded server
            with pytest.raises(AssertionError):  # the quirks really break the strict schema
                schemas.open311("services.json", services)
        for name, body in answers:
            schemas.open311(name, normalise_quirks(body) if quirks else body)
        for item in created:
            schemas.swagger_def("RequestResponse", normalise_quirks(item) if quirks else item)
        # the errors: an array of {code, description} (quirks: 400 instead of 403/404, 500 for unknown ids)
        r1, e1 = post(portal, base + "/requests.json", data={"service_code": "BIN"})
        r2, e2 = post(
            portal, base + "/requests.json", data={"api_key": "uebung", "service_code": "NOPE", "lat": "1", "long": "2"}
        )
        r3, e3 = get(portal, base + "/requests/999.json")
        assert (r1.status_code, r2.status_code, r3.status_code) == ((400, 400, 500) if quirks else (403, 404, 404))
        for body in (e1, e2, e3):
            assert all(set(e) == {"code", "description"} for e in body)
        r4, text = get(portal, base + "/discovery.json")
        assert r4.status_code == 404 and r4.headers["Content-Type"] == "text/plain"


def test_every_attribute_datatype_is_served():
    kinds = {a["datatype"] for attrs in OPEN311_DEFINITIONS.values() for a in attrs}
    assert kinds == {"string", "number", "datetime", "text", "singlevaluelist", "multivaluelist"}
