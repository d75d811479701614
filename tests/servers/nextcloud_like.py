"""A Nextcloud stand-in for tests: WsgiDAV (real WebDAV, real quota) plus
Nextcloud's Login Flow v2 as its developer manual documents it
(client_apis/LoginFlow, "Login flow v2"):

- POST /index.php/login/v2 -> {"poll": {"token", "endpoint"}, "login"}
- GET  {login}              -> the page where the person signs in and grants access
- POST /login/v2/grant      -> what the page's "Grant access" button does here
                               (form: flow, user, password)
- POST {endpoint} token=... -> 404 until granted, then once
                               {"server", "loginName", "appPassword"}, then 404
- DELETE /ocs/v2.php/core/apppassword -> revokes (logged to revoked.log)

Nextcloud itself cannot run here; everything else is WsgiDAV's own, except
the quota: like Nextcloud with a per-user quota, the user's files report
quota-used-bytes as the size of their files and quota-available-bytes as
the quota minus that, instead of the free space of this machine's disk
(which would make the checks depend on the test machine).

Usage: nextcloud_like.py CONFIG.yaml   (WsgiDAV's config, plus a
`login_flow` section: user, web_password, app_password, and a `user_quota`
section: files (the user's folder), quota_file (holds the quota in bytes;
read at every request, so a test can change it))
"""

import json
import os
import secrets
import sys
import threading
import time
from html import escape
from urllib.parse import parse_qs

import yaml
from cheroot import wsgi
from cheroot.ssl.builtin import BuiltinSSLAdapter
from wsgidav.fs_dav_provider import FolderResource
from wsgidav.wsgidav_app import WsgiDAVApp

FLOW_LIFETIME_SECONDS = 20 * 60


class LoginFlow:
    def __init__(self, app, base_url, settings, log_dir):
        self.app = app
        self.base_url = base_url
        self.settings = settings
        self.log_dir = log_dir
        self.flows = {}  # poll token -> {"flow": id, "granted": bool, "started": t}
        self.lock = threading.Lock()

    def __call__(self, environ, start_response):
        method = environ["REQUEST_METHOD"]
        path = environ.get("PATH_INFO", "")
        if method == "POST" and path == "/index.php/login/v2":
            return self.start(start_response)
        if method == "GET" and path.startswith("/login/v2/flow/"):
            return self.page(path.rsplit("/", 1)[-1], start_response)
        if method == "POST" and path == "/login/v2/grant":
            return self.grant(environ, start_response)
        if method == "POST" and path == "/login/v2/poll":
            return self.poll(environ, start_response)
        if method == "DELETE" and path == "/ocs/v2.php/core/apppassword":
            return self.revoke(environ, start_response)
        return self.app(environ, start_response)

    def start(self, start_response):
        token, flow = secrets.token_urlsafe(48), secrets.token_urlsafe(48)
        with self.lock:
            self.flows[token] = {"flow": flow, "granted": False, "started": time.time()}
        return reply(start_response, "200 OK", {
            "poll": {"token": token, "endpoint": f"{self.base_url}/login/v2/poll"},
            "login": f"{self.base_url}/login/v2/flow/{flow}",
        })

    def page(self, flow, start_response):
        known = any(f["flow"] == flow for f in self.flows.values())
        if not known:
            return reply(start_response, "404 Not Found", {"message": "flow not found"})
        html = (
            "<!doctype html><title>Connect to your account</title>"
            f'<form method="post" action="/login/v2/grant"><input type="hidden" name="flow" value="{escape(flow)}">'
            '<input name="user"><input name="password" type="password"><button>Grant access</button></form>'
        )
        start_response("200 OK", [("Content-Type", "text/html; charset=utf-8")])
        return [html.encode()]

    def grant(self, environ, start_response):
        form = read_form(environ)
        ok = form.get("user") == self.settings["user"] and form.get("password") == self.settings["web_password"]
        with self.lock:
            matching = [f for f in self.flows.values() if f["flow"] == form.get("flow")]
            if ok and matching:
                matching[0]["granted"] = True
        if not (ok and matching):
            return reply(start_response, "403 Forbidden", {"message": "wrong login or flow"})
        start_response("200 OK", [("Content-Type", "text/html; charset=utf-8")])
        return [b"<!doctype html><title>Account connected</title><p>Account connected</p>"]

    def poll(self, environ, start_response):
        token = read_form(environ).get("token", "")
        with self.lock:
            flow = self.flows.get(token)
            expired = flow is not None and time.time() - flow["started"] > FLOW_LIFETIME_SECONDS
            if flow is None or expired or not flow["granted"]:
                return reply(start_response, "404 Not Found", [])
            del self.flows[token]  # answered once
        return reply(start_response, "200 OK", {
            "server": self.base_url,
            "loginName": self.settings["user"],
            "appPassword": self.settings["app_password"],
        })

    def revoke(self, environ, start_response):
        with open(f"{self.log_dir}/revoked.log", "a") as log:
            log.write("revoked\n")
        return reply(start_response, "200 OK", {"ocs": {"meta": {"status": "ok", "statuscode": 200}, "data": []}})


def read_form(environ):
    length = int(environ.get("CONTENT_LENGTH") or 0)
    body = environ["wsgi.input"].read(min(length, 64 * 1024)).decode()
    return {k: v[0] for k, v in parse_qs(body).items()}


def reply(start_response, status, document):
    body = json.dumps(document).encode()
    start_response(status, [("Content-Type", "application/json; charset=utf-8"), ("Content-Length", str(len(body)))])
    return [body]


def apply_user_quota(files, quota_file):
    """Makes folders under `files` report Nextcloud's per-user quota."""
    files = os.path.realpath(files)
    disk_used, disk_available = FolderResource.get_used_bytes, FolderResource.get_available_bytes

    def inside(resource):
        path = os.path.realpath(resource._file_path)
        return path == files or path.startswith(files + os.sep)

    def size_of_files():
        total = 0
        for folder, _, names in os.walk(files):
            total += sum(os.path.getsize(os.path.join(folder, n)) for n in names)
        return total

    def quota():
        with open(quota_file) as f:
            return int(f.read().strip())

    def used(self):
        return size_of_files() if inside(self) else disk_used(self)

    def available(self):
        return max(quota() - size_of_files(), 0) if inside(self) else disk_available(self)

    FolderResource.get_used_bytes = used
    FolderResource.get_available_bytes = available


def main():
    config_path = sys.argv[1]
    with open(config_path) as f:
        config = yaml.safe_load(f)
    settings = config.pop("login_flow")
    user_quota = config.pop("user_quota")
    apply_user_quota(user_quota["files"], user_quota["quota_file"])
    host, port = config["host"], config["port"]
    cert, key = config.pop("ssl_certificate"), config.pop("ssl_private_key")
    app = LoginFlow(WsgiDAVApp(config), f"https://localhost:{port}", settings, settings["log_dir"])
    server = wsgi.Server((host, port), app)
    server.ssl_adapter = BuiltinSSLAdapter(cert, key)
    server.start()


if __name__ == "__main__":
    main()
