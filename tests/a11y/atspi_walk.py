"""Run by tests/a11y/test_atspi.py with the SYSTEM Python (Debian python3-pyatspi), as Orca sees the app:
walk its tree, press buttons by name, listen for announcements. Prints JSON: {"home": [...], "step": [...],
"announced": [...]} with the showing nodes as "role|name|description"."""

import json
import sys
import time

import pyatspi
from gi.repository import GLib


def find_app(name, timeout=25):
    end = time.time() + timeout
    while time.time() < end:
        desk = pyatspi.Registry.getDesktop(0)
        for i in range(desk.childCount):
            app = desk.getChildAtIndex(i)
            if app is not None and (app.name or "") == name:
                return app
        time.sleep(0.3)
    return None


def walk(node, out):
    try:
        if not node.getState().contains(pyatspi.STATE_SHOWING):
            return out
        out.append(f"{node.getRoleName()}|{node.name}|{node.description}")
        for i in range(min(node.childCount, 400)):
            c = node.getChildAtIndex(i)
            if c is not None:
                walk(c, out)
    except Exception as e:  # noqa: BLE001 - a node that went away meanwhile
        out.append(f"error|{type(e).__name__}|")
    return out


def find_role(node, role, name):
    try:
        if node.getRoleName() == role and (node.name or "").startswith(name):
            return node
        for i in range(node.childCount):
            c = node.getChildAtIndex(i)
            found = find_role(c, role, name) if c is not None else None
            if found is not None:
                return found
    except Exception:  # noqa: BLE001 - a node that went away meanwhile has no match
        return None
    return None


def press(app, name):
    b = find_role(app, "push button", name)
    b.queryAction().doAction(0)


announced = []


def on_event(ev):
    announced.append(str(ev.any_data))


def pump(seconds):
    loop = GLib.MainLoop()
    GLib.timeout_add(int(seconds * 1000), loop.quit)
    loop.run()


def until(check, timeout):
    """Let events arrive until ``check()`` holds (a busy machine may be slow); its last value."""
    end = time.time() + timeout
    value = check()
    while not value and time.time() < end:
        pump(0.2)
        value = check()
    return value


def has(app, role, name):
    return find_role(app, role, name) is not None


app = find_app("Lotse", timeout=40)
if app is None:
    print(json.dumps({"error": "no app"}))
    sys.exit(2)
pyatspi.Registry.registerEventListener(on_event, "object:announcement")
until(lambda: has(app, "heading", "Guten Tag"), 40)  # the content is read after the first paint
out = {"home": walk(app, [])}
press(app, "Start")  # already on the start page: said in words (an announcement)
until(lambda: "Sie sind schon auf der Startseite." in announced, 15)
press(app, "PIN des Online-Ausweises")
until(lambda: has(app, "heading", "Wir helfen Ihnen mit der PIN"), 20)
out["step"] = walk(app, [])
press(app, "Start")  # home again, then "Was brauche ich?": type a search, hear what was found
until(lambda: has(app, "push button", "Was brauche ich?"), 20)
press(app, "Was brauche ich?")
field = until(lambda: find_role(app, "text", "Suchen"), 20)
field.queryEditableText().setTextContents("Persnalausweis")
until(lambda: any("gefunden" in a for a in announced), 20)
pump(1.5)  # and nothing more comes for the same search (said once)
out["announced"] = announced
print(json.dumps(out, ensure_ascii=False))
