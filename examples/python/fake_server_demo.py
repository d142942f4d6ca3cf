#!/usr/bin/env python3
"""Drive sivi4j's fake Sivi service from Python, with the standard library only.

Starts `sivi fake-server`, reads the URL and keys it prints with --json, then does what a Python test suite
would: logs a user in through the Sivi API, records usage through the control API (/_fake/usage), reads the
account analysis, injects a fault, reads the journal, advances the clock and resets the fake.

    python3 examples/python/fake_server_demo.py                 # runs ./sivi fake-server from the repository
    python3 examples/python/fake_server_demo.py java -jar cli/target/sivi4j-cli-all.jar   # any command that
                                                                 # starts it; the fake-server flags are added
Exits 0 when every step behaved as documented, 1 otherwise.
"""
import json
import os
import subprocess
import sys
import urllib.error
import urllib.request

FLAGS = ["fake-server", "--json", "--shared-account", "--fixed-clock=2026-01-10T12:00:00Z",
         "--no-rate-limits", "--duration", "5m"]


def call(method, url, body=None, key=None):
    """Sends one JSON request; returns (HTTP status, decoded JSON body)."""
    data = None if body is None else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(url, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    if key is not None:
        request.add_header("sivi-api-key", key)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as error:  # 4xx and 5xx still carry a JSON body
        return error.code, json.loads(error.read().decode("utf-8"))


def check(condition, what):
    print(("ok    " if condition else "FAIL  ") + what)
    if not condition:
        raise SystemExit(1)


def main(argv):
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    command = (argv or [os.path.join(root, "sivi")]) + FLAGS
    server = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=root)
    try:
        started = json.loads(server.stdout.readline())
        api, control = started["baseUrl"], started["controlUrl"]
        superuser, enterprise = started["superUserKey"], started["enterpriseAdminKey"]
        check(started["superUserAccountId"] == started["enterpriseAdminAccountId"],
              "--shared-account: both keys name one account (" + started["superUserAccountId"] + ")")

        status, login = call("POST", api + "/super/login-user", {"abstractUserId": "py-user-1"}, superuser)
        check(status == 200 and login["body"]["workspaceId"], "login-user with the superuser key")
        status, _ = call("POST", api + "/super/set-user-credit-limit",
                         {"abstractUserId": "py-user-1", "creditLimit": 20}, superuser)
        check(status == 200, "set-user-credit-limit to 20")

        usage = {"abstractUserId": "py-user-1", "numberOfGeneratedDesignVariations": 12,
                 "numberOfEditedDesigns": 3, "numberOfDownloadedDesigns": 2, "numberOfMedia": 1,
                 "mediaBytes": 1048576}
        status, recorded = call("POST", control + "/usage", usage, superuser)
        check(status == 200 and recorded["message"] == "Usage recorded", "POST /_fake/usage records 12 credits")
        status, refused = call("POST", control + "/usage",
                               {"abstractUserId": "py-user-1", "numberOfGeneratedDesignVariations": 9}, superuser)
        check(status == 429 and refused["message"] == "Insufficient credit limit",
              "POST /_fake/usage past the limit answers 429 Insufficient credit limit")
        status, bad = call("POST", control + "/usage", {"abstractUserId": "py-user-1", "numberOfMedia": -1}, superuser)
        check(status == 400 and bad["field"] == "numberOfMedia", "a bad count gets 400 naming numberOfMedia")

        status, analysis = call("POST", api + "/enterprise/account-analysis", {"abstractUserId": "py-user-1"},
                                enterprise)
        yearly = analysis["body"]["yearlyAnalysis"]
        check(status == 200 and yearly["numberOfGeneratedDesignVariations"] == 12
              and yearly["numberOfEditedDesigns"] == 3 and yearly["numberOfMedia"] == 1,
              "account-analysis with the enterprise key shows the recorded usage")

        status, _ = call("POST", control + "/faults",
                         {"kind": "status", "status": 503, "operation": "login-user", "times": 1})
        check(status == 201, "POST /_fake/faults injects one 503")
        status, _ = call("POST", api + "/super/login-user", {"abstractUserId": "py-user-1"}, superuser)
        check(status == 503, "the next login-user gets the 503")
        status, _ = call("POST", api + "/super/login-user", {"abstractUserId": "py-user-1"}, superuser)
        check(status == 200, "and the one after succeeds")

        status, journal = call("GET", control + "/journal")
        text = json.dumps(journal)
        check(status == 200 and superuser not in text and enterprise not in text
              and journal["requests"][0]["maskedKey"].startswith("***"), "GET /_fake/journal masks the keys")

        status, clock = call("POST", control + "/clock/advance", {"seconds": 86400})
        check(status == 200 and clock["now"] == "2026-01-11T12:00:00Z", "POST /_fake/clock/advance moves a day")

        status, accounts = call("GET", control + "/accounts")
        check(status == 200 and len(accounts["accounts"]) == 3, "GET /_fake/accounts lists three keys")

        status, _ = call("POST", control + "/reset", {})
        status2, gone = call("POST", api + "/enterprise/account-analysis", {"abstractUserId": "py-user-1"},
                             enterprise)
        check(status == 200 and status2 == 400, "POST /_fake/reset forgets the user")
        print("all steps passed")
        return 0
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
