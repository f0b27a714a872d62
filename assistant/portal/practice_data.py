"""Sample data of the practice portal ("Übungsportal"): a Bochum-like city, invented but realistic.

Nothing here is real: offices, numbers and people are examples. Times are made relative to today.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, time, timedelta

from assistant.core.json_types import JsonObject

# --- FIT-Connect Routing --------------------------------------------------------------------------

ARS = "059110000000"
AREAS = [
    {"id": "05911000", "name": "Bochum", "type": "Kreisfreie Stadt"},
    {"id": "44787", "name": "Bochum (44787)", "type": "Postleitzahl"},
    {"id": "05913000", "name": "Dortmund", "type": "Kreisfreie Stadt"},
    {"id": "05914000", "name": "Hagen", "type": "Kreisfreie Stadt"},
]
_SIG = "eyJhbGciOiJQUzUxMiJ9.eyJ1ZWJ1bmciOnRydWV9.VWVidW5nc3BvcnRhbC1rZWluZS1lY2h0ZS1TaWduYXR1cg"

_BUERGERBUERO = {
    "destinationName": "Stadt Bochum – Bürgerbüro Mitte (Übungsdaten)",
    "destinationShortName": "Bürgerbüro Mitte",
    "contactPersons": [{"name": "Bürgerbüro-Team", "tel": "+49 234 000-1000", "email": "buergerbuero@example.org"}],
    "address": {"street": "Willy-Brandt-Platz", "houseNumber": "2–6", "zip": "44777", "city": "Bochum"},
    "postalAddress": {"street": "Postfach", "houseNumber": "10 22 69", "zip": "44777", "city": "Bochum"},
    "privacyPolicyUrl": "https://www.example.org/datenschutz",
    "imprintUrl": "https://www.example.org/impressum",
    "accessibilityUrl": "https://www.example.org/barrierefreiheit",
    "contactFormUrl": "https://www.example.org/kontakt",
    "origin": "PVOG",
}

ROUTES: dict[str, JsonObject] = {
    "99102013104000": {  # Personalausweis
        **_BUERGERBUERO,
        "destinationId": "6f1c2a0e-3b1d-4c4e-9a55-0b7e4f3d2a11",
        "requiredDocuments": {
            "description": {
                "de": "<ul><li>der bisherige Personalausweis oder ein anderes Ausweisdokument</li>"
                "<li>ein aktuelles biometrisches Passfoto</li><li>bei Namensänderung: die Urkunde</li></ul>",
                "en": "<ul><li>your current ID card or another identity document</li><li>a recent biometric photo</li></ul>",
            }
        },
        "furtherInformation": {
            "description": {
                "de": "<p>Den Antrag stellen Sie persönlich. Der Ausweis ist 10 Jahre gültig (unter 24 Jahren: 6 Jahre).</p>"
                "<p><strong>Gebühr:</strong> 37,00 Euro; unter 24 Jahren 22,80 Euro.</p>",
                "en": "<p>You must apply in person. The card is valid for 10 years (under 24: 6 years).</p>",
            }
        },
        "legalBasis": {"description": {"de": "<p>§ 9 Personalausweisgesetz (PAuswG)</p>"}},
        "processingDuration": {"minDuration": 2, "maxDuration": 4, "unit": "week"},
        "customParameters": {"gebuehr": "37,00 Euro (unter 24 Jahren 22,80 Euro)"},
    },
    "99102013081000": {  # Personalausweis verloren
        **_BUERGERBUERO,
        "destinationId": "0c8a1d52-77e0-4f35-a3f6-3c1b2e9d8f21",
        "requiredDocuments": {
            "description": {
                "de": "<ul><li>ein anderes Ausweisdokument, wenn vorhanden</li>"
                "<li>die Anzeige der Polizei bei Diebstahl</li></ul>"
            }
        },
        "furtherInformation": {
            "description": {"de": "<p>Lassen Sie die Online-Funktion sofort unter 116 116 sperren.</p>"}
        },
        "deadline": {"description": {"de": "<p>Melden Sie den Verlust unverzüglich.</p>"}},
        "processingDuration": {"minDuration": 0, "maxDuration": 1, "unit": "day"},
    },
    "99115001001000": {  # Wohnsitz anmelden
        **_BUERGERBUERO,
        "destinationId": "a4d9e1f0-2b3c-4d5e-8f90-1a2b3c4d5e6f",
        "requiredDocuments": {
            "description": {
                "de": "<ul><li>Personalausweis oder Reisepass</li>"
                "<li>die Wohnungsgeberbestätigung des Vermieters</li></ul>"
            }
        },
        "deadline": {"description": {"de": "<p>Innerhalb von zwei Wochen nach dem Einzug.</p>"}},
        "processingDuration": {"minDuration": 0, "maxDuration": 0, "unit": "day"},
        "customParameters": {"gebuehr": "kostenlos"},
    },
}

# --- ZMS ------------------------------------------------------------------------------------------

ZMS_OFFICES = [
    {
        "id": 10100,
        "name": "Bürgerbüro Mitte",
        "street": "Willy-Brandt-Platz",
        "no": "2-6",
        "zip": "44777",
        "lat": 51.4818,
        "lon": 7.2162,
        "hint": "Eingang Rathaus, Erdgeschoss. Mit Aufzug.",
    },
    {
        "id": 10200,
        "name": "Bürgerbüro Wattenscheid",
        "street": "Freiheitstraße",
        "no": "1",
        "zip": "44866",
        "lat": 51.4815,
        "lon": 7.1403,
        "hint": "Im Rathaus Wattenscheid.",
    },
    {
        "id": 10300,
        "name": "Bürgerbüro Langendreer",
        "street": "Alte Bahnhofstraße",
        "no": "110",
        "zip": "44892",
        "lat": 51.4745,
        "lon": 7.3183,
        "hint": "",
    },
    {
        "id": 10400,
        "name": "Bürgerbüro Linden",
        "street": "Hattinger Straße",
        "no": "755",
        "zip": "44879",
        "lat": 51.4339,
        "lon": 7.1705,
        "hint": "Barrierefreier Zugang über den Hof.",
    },
]
ZMS_SERVICES = [
    {"id": 120703, "name": "Personalausweis beantragen", "maxQuantity": 5},
    {"id": 121151, "name": "Reisepass beantragen", "maxQuantity": 5},
    {"id": 120686, "name": "Wohnsitz anmelden oder ummelden", "maxQuantity": 5},
    {"id": 120702, "name": "Meldebescheinigung beantragen", "maxQuantity": 2},
    {"id": 120810, "name": "Neue PIN für den Online-Ausweis", "maxQuantity": 1},
    {"id": 120926, "name": "Führungszeugnis beantragen", "maxQuantity": 1},
]
ZMS_RELATIONS = [
    (o["id"], s["id"], 1 if s["id"] != 120686 else 2)
    for o in ZMS_OFFICES
    for s in ZMS_SERVICES
    if not (o["id"] == 10400 and s["id"] in (121151, 120926))
]

SLOT_MINUTES = 15
RESERVATION_MINUTES = 15


def day_slots(day: date) -> list[time]:
    """Opening times of the sample offices: Mon–Fri 8:00–12:30, Thursday also 14:00–17:30."""
    if day.weekday() >= 5:
        return []
    out = []
    t = datetime.combine(day, time(8, 0))
    while t.time() < time(12, 30):
        out.append(t.time())
        t += timedelta(minutes=SLOT_MINUTES)
    if day.weekday() == 3:
        t = datetime.combine(day, time(14, 0))
        while t.time() < time(17, 30):
            out.append(t.time())
            t += timedelta(minutes=SLOT_MINUTES)
    return out


def slot_taken_by_others(office_id: int, day: date, t: time, today: date) -> bool:
    """Most early slots are booked already (as in a real city); fewer later. Deterministic."""
    ahead = (day - today).days
    if ahead <= 1:
        return True
    h = int(hashlib.sha256(f"{office_id}|{day}|{t}".encode()).hexdigest()[:8], 16) % 100
    threshold = 85 if ahead < 7 else 60 if ahead < 14 else 40
    return h < threshold


# --- Open311 --------------------------------------------------------------------------------------

OPEN311_SERVICES: list[JsonObject] = [
    {
        "service_code": "STR-SCHLAGLOCH",
        "service_name": "Schlagloch oder Straßenschaden",
        "group": "Straßen und Wege",
        "description": "Löcher, Risse oder Absenkungen in Straße oder Gehweg",
        "keywords": "schlagloch,loch,straße,gehweg",
        "type": "realtime",
        "metadata": True,
    },
    {
        "service_code": "STR-GEHWEG",
        "service_name": "Gehweg blockiert",
        "group": "Straßen und Wege",
        "description": "Hindernisse auf dem Gehweg (Baustelle, Äste, Schilder)",
        "keywords": "gehweg,hindernis",
        "type": "realtime",
        "metadata": True,
    },
    {
        "service_code": "LICHT-AUS",
        "service_name": "Straßenlaterne defekt",
        "group": "Beleuchtung",
        "description": "Laterne dunkel, flackert oder brennt am Tag",
        "keywords": "laterne,licht,lampe",
        "type": "realtime",
        "metadata": True,
    },
    {
        "service_code": "MUELL-WILD",
        "service_name": "Müll abgeladen",
        "group": "Sauberkeit",
        "description": "Wilder Müll, Sperrmüll am Straßenrand",
        "keywords": "müll,sperrmüll,abfall",
        "type": "realtime",
        "metadata": True,
    },
    {
        "service_code": "MUELL-KORB",
        "service_name": "Papierkorb voll",
        "group": "Sauberkeit",
        "description": "Öffentlicher Papierkorb läuft über",
        "keywords": "papierkorb,mülleimer",
        "type": "realtime",
        "metadata": False,
    },
    {
        "service_code": "GRUEN-BAUM",
        "service_name": "Baum oder Ast gefährlich",
        "group": "Grün und Spielplätze",
        "description": "Abgebrochene Äste, umgestürzte Bäume",
        "keywords": "baum,ast",
        "type": "realtime",
        "metadata": True,
    },
    {
        "service_code": "SONSTIGES",
        "service_name": "Sonstiges",
        "group": None,
        "description": "Alles andere",
        "keywords": None,
        "type": "realtime",
        "metadata": False,
    },
]

OPEN311_DEFINITIONS: dict[str, list[JsonObject]] = {
    "STR-SCHLAGLOCH": [
        {
            "variable": True,
            "code": "HINWEIS",
            "datatype": "text",
            "required": False,
            "order": 1,
            "datatype_description": None,
            "description": "Bei Gefahr für Leib und Leben rufen Sie bitte 110 oder 112 an.",
        },
        {
            "variable": True,
            "code": "TIEFE",
            "datatype": "number",
            "required": True,
            "order": 2,
            "datatype_description": "Eine ganze Zahl in Zentimetern",
            "description": "Wie tief ist das Loch ungefähr?",
        },
        {
            "variable": True,
            "code": "WO",
            "datatype": "singlevaluelist",
            "required": True,
            "order": 3,
            "datatype_description": None,
            "description": "Wo ist der Schaden?",
            "values": [
                {"key": "fahrbahn", "name": "Auf der Fahrbahn"},
                {"key": "gehweg", "name": "Auf dem Gehweg"},
                {"key": "radweg", "name": "Auf dem Radweg"},
            ],
        },
        {
            "variable": True,
            "code": "GEFAHR",
            "datatype": "multivaluelist",
            "required": False,
            "order": 4,
            "datatype_description": None,
            "description": "Für wen ist es gefährlich?",
            "values": [
                {"key": "fuss", "name": "Fußgänger"},
                {"key": "rad", "name": "Radfahrer"},
                {"key": "auto", "name": "Autos"},
                {"key": "rollator", "name": "Rollator und Rollstuhl"},
            ],
        },
        {
            "variable": True,
            "code": "SEIT",
            "datatype": "datetime",
            "required": False,
            "order": 5,
            "datatype_description": "Datum, z. B. 2026-11-20",
            "description": "Seit wann ist das Loch da?",
        },
        {
            "variable": True,
            "code": "NAEHE",
            "datatype": "string",
            "required": False,
            "order": 6,
            "datatype_description": None,
            "description": "Was ist in der Nähe (Hausnummer, Geschäft)?",
        },
    ],
    "STR-GEHWEG": [
        {
            "variable": True,
            "code": "WAS",
            "datatype": "singlevaluelist",
            "required": True,
            "order": 1,
            "datatype_description": None,
            "description": "Was blockiert den Gehweg?",
            "values": [
                {"key": "baustelle", "name": "Baustelle"},
                {"key": "aeste", "name": "Äste oder Hecke"},
                {"key": "fahrzeug", "name": "Fahrzeug"},
                {"key": "anderes", "name": "Etwas anderes"},
            ],
        },
    ],
    "LICHT-AUS": [
        {
            "variable": True,
            "code": "MAST",
            "datatype": "string",
            "required": False,
            "order": 1,
            "datatype_description": "Steht auf dem Schild am Mast",
            "description": "Nummer am Laternenmast",
        },
        {
            "variable": True,
            "code": "ART",
            "datatype": "singlevaluelist",
            "required": True,
            "order": 2,
            "datatype_description": None,
            "description": "Was ist mit der Laterne?",
            "values": [
                {"key": "dunkel", "name": "Sie ist dunkel"},
                {"key": "flackert", "name": "Sie flackert"},
                {"key": "tag", "name": "Sie brennt am Tag"},
            ],
        },
    ],
    "MUELL-WILD": [
        {
            "variable": True,
            "code": "MENGE",
            "datatype": "singlevaluelist",
            "required": True,
            "order": 1,
            "datatype_description": None,
            "description": "Wie viel ist es?",
            "values": [
                {"key": "tuete", "name": "Ein paar Tüten"},
                {"key": "kofferraum", "name": "Ein Kofferraum voll"},
                {"key": "mehr", "name": "Mehr als das"},
            ],
        },
        {
            "variable": True,
            "code": "ART",
            "datatype": "multivaluelist",
            "required": False,
            "order": 2,
            "datatype_description": None,
            "description": "Was liegt dort?",
            "values": [
                {"key": "moebel", "name": "Möbel"},
                {"key": "elektro", "name": "Elektrogeräte"},
                {"key": "reifen", "name": "Reifen"},
                {"key": "sonstiges", "name": "Sonstiges"},
            ],
        },
    ],
    "GRUEN-BAUM": [
        {
            "variable": False,
            "code": "INFO",
            "datatype": "text",
            "required": False,
            "order": 1,
            "datatype_description": None,
            "description": "Bei akuter Gefahr rufen Sie die Feuerwehr: 112.",
        },
        {
            "variable": True,
            "code": "GROESSE",
            "datatype": "number",
            "required": False,
            "order": 2,
            "datatype_description": "Länge in Metern",
            "description": "Wie lang ist der Ast ungefähr?",
        },
    ],
    "MUELL-KORB": [],
    "SONSTIGES": [],
}

STATUS_STEPS = [
    ("open", "Ihre Meldung ist eingegangen."),
    ("open", "Die Meldung wurde an das zuständige Amt weitergeleitet."),
    ("open", "Ein Trupp ist beauftragt."),
    ("closed", "Erledigt. Vielen Dank für Ihren Hinweis."),
]
