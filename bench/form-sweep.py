#!/usr/bin/env python3
"""Every form a role's pages offer, sent with what a person can type wrongly: a sweep, not a test.

As USER on a running instance, follows the pages up to three clicks from home, takes each kind of POST form once (its
address with the numbers taken out), and sends it again and again with one field at a time changed to what gets past
a browser: a field the form does not require left empty, and 5万 in a text field (the fields it requires filled in).
It prints every answer that is a failed request (400 or 500) instead of the form again with its reason, and every
refusal answered by a redirect to a page with the reason above it (the typed values may be lost there: look at
each). Standard library only.

It writes whatever the application accepts, so run it against a throwaway instance (a fresh ./data). It leaves out
logging out, the account's own pages, the administrator's and the forms that remove, archive, exit, restore, transfer
or adopt.

usage: bench/form-sweep.py PORT USER [USER ...]
"""
import http.cookiejar
import re
import sys
import urllib.error
import urllib.parse
import urllib.request
from datetime import date
from html.parser import HTMLParser

PASSWORD = "Demo@2026"
LEFT_OUT = re.compile(r"^/(logout|account|admin)|/(remove|archive|exit|restore|transfer|adopt|reveal)$")
ALERT = re.compile(r'<div class="alert alert-danger" role="alert">([^<]*)</div>')


class Page(HTMLParser):
    """The links and POST forms of a page; a form's fields as a browser would send them untouched."""

    def __init__(self, html):
        super().__init__()
        self.links, self.forms = [], []
        self._form = self._select = self._textarea = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and (a.get("href") or "").startswith("/"):
            self.links.append(a["href"])
        elif tag == "form":
            self._form = {"action": a.get("action") or "", "post": (a.get("method") or "").lower() == "post",
                          "fields": []}
        elif self._form is None:
            return
        elif tag == "input":
            kind = (a.get("type") or "text").lower()
            if kind in ("submit", "button", "file") or (kind in ("checkbox", "radio") and "checked" not in a):
                return
            self._form["fields"].append((a.get("name"), a.get("value") or "", kind, "required" in a))
        elif tag == "select":
            self._select = [a.get("name"), None, "select", True]
        elif tag == "option" and self._select is not None:
            if self._select[1] is None or "selected" in a:
                self._select[1] = a.get("value") or ""
        elif tag == "textarea":
            self._textarea = [a.get("name"), "", "textarea", "required" in a]

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if self._form is None:
            return
        if tag == "select" and self._select is not None:
            self._form["fields"].append(tuple(self._select))
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            self._form["fields"].append(tuple(self._textarea))
            self._textarea = None
        elif tag == "form":
            self.forms.append(self._form)
            self._form = None


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


class Browser:
    def __init__(self, base):
        self.base = base
        jar = http.cookiejar.CookieJar()
        self.following = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        self.staying = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)

    def get(self, path):
        with self.following.open(self.base + path if path.startswith("/") else path) as r:
            return r.headers.get("Content-Type", ""), r.read().decode("utf-8", "replace")

    def post(self, path, fields):
        request = urllib.request.Request(self.base + path, urllib.parse.urlencode(fields).encode(),
                                         {"Accept": "text/html"})
        try:
            with self.staying.open(request) as r:
                return r.status, None
        except urllib.error.HTTPError as e:
            return e.code, e.headers.get("Location")


def kind(path):
    """A path with its numbers taken out, and the names of its parameters."""
    path, _, query = path.split("#")[0].partition("?")
    names = "&".join(sorted({p.split("=")[0] for p in query.split("&") if p}))
    return re.sub(r"\d+", "N", path) + ("?" + names if names else "")


def filled(field_kind, required):
    """What a person types where the form requires a value and shows none (a browser sends nothing without it)."""
    if not required:
        return ""
    return {"date": date.today().isoformat(), "number": "1"}.get(field_kind, "测试")


def post_form(page, action, html):
    return next((f for f in Page(html).forms if f["post"] and (f["action"] or page) == action), None)


def sweep(port, user):
    browser = Browser(f"http://localhost:{port}")
    token = re.search(r'name="_csrf" value="([^"]+)"', browser.get("/login")[1]).group(1)
    browser.post("/login", {"username": user, "password": PASSWORD, "_csrf": token})
    seen, forms, pages = {kind("/logout")}, {}, ["/"]
    for _ in range(3):
        following = []
        for path in pages:
            try:
                content_type, html = browser.get(path)
            except urllib.error.HTTPError:
                continue
            if "text/html" not in content_type:
                continue
            page = Page(html)
            for f in page.forms:
                action = f["action"] or path
                if f["post"] and kind(action) not in forms and not LEFT_OUT.search(action.split("?")[0]):
                    forms[kind(action)] = (path, action)
            for link in page.links:
                if kind(link) not in seen:
                    seen.add(kind(link))
                    following.append(link)
        pages = following
    failed, refused, answers = [], set(), {}
    for path, action in sorted(forms.values()):
        form = post_form(path, action, browser.get(path)[1])
        for i, (name, _, field_kind, required) in enumerate(form["fields"] if form else []):
            if not name or name.startswith("_") or field_kind in ("hidden", "select", "checkbox", "radio"):
                continue
            tries = ([] if required else [""]) + (["5万"] if field_kind in ("text", "textarea") else [])
            for wrong in tries:
                fresh = post_form(path, action, browser.get(path)[1])  # new tokens for each sending
                if fresh is None:  # what was sent before was taken, and the page offers the form no more
                    break
                fields = [(n, wrong if j == i else v or filled(k, req)) for j, (n, v, k, req)
                          in enumerate(fresh["fields"]) if n]
                status, location = browser.post(action, fields)
                answers[status] = answers.get(status, 0) + 1
                if status >= 400 and status not in (403, 404):
                    failed.append(f"{status} {action} {name}={wrong!r} (the form on {path})")
                elif status == 302 and location and "/login" not in location:
                    location = location.removeprefix(browser.base)
                    alert = ALERT.search(browser.get(location)[1])
                    if alert:
                        refused.add(f"{kind(action)} {name}={wrong!r} -> {kind(location)}: {alert.group(1).strip()}")
    print(f"{user}: {len(forms)} kinds of form, answers by status {dict(sorted(answers.items()))}")
    for line in failed:
        print("  failed request:", line)
    for line in sorted(refused):
        print("  refused by a redirect, the reason above the page:", line)
    return len(failed)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    sys.exit(1 if sum(sweep(sys.argv[1], u) for u in sys.argv[2:]) else 0)
