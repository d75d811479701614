"""Puts the demo accounts in the state of a person who has finished their
checklists, the way their own apps would, through each server's public API
(used by `overstap-demo-servers`; not by the tests, which set up every
state they check themselves):

  demo_accounts.py matrix HOMESERVER USER PASSWORD
      Does what Element does for a person who finished (element_like.py):
      signs in as "Element Desktop: Linux", sets up cross-signing and
      verifies that device, makes a key backup and backs up one room key of
      a welcome room, and sends a first message there. Then signs in again
      as Overstap's own device and prints that access token.

  demo_accounts.py mastodon SERVER TOKEN WEBSITE
      Sets the profile's "Website" field, as "Edit profile" does, and pins
      a first post to the profile.

TLS is checked against the CA in REQUESTS_CA_BUNDLE (the demo CA).
"""

import sys
from urllib.parse import quote

import requests

import element_like


def matrix(homeserver, user, password):
    api = homeserver.rstrip("/") + "/_matrix/client/v3"
    # Element on the person's laptop: its device, cross-signing set up and the device verified.
    element = element_like.sign_in(homeserver, user, password, "Element Desktop: Linux", cross_sign=True, verify=True)
    token = element["access_token"]

    # A key backup holding one room key (the algorithm's data is opaque to the server).
    backup = post(
        f"{api}/room_keys/version",
        token,
        {
            "algorithm": "m.megolm_backup.v1.curve25519-aes-sha2",
            "auth_data": {"public_key": "hSDwCYkwp1R0i33ctD73Wg2/Og0mOBr066SpjqqbTmo"},
        },
    )["version"]
    room = post(f"{api}/createRoom", token, {"name": "Welkom bij de Overstap-demo", "preset": "private_chat"})["room_id"]
    session_key = {
        "first_message_index": 0,
        "forwarded_count": 0,
        "is_verified": True,
        "session_data": {"ephemeral": "demo+ephemeral", "ciphertext": "demo+ciphertext", "mac": "demo+mac"},
    }
    url = f"{api}/room_keys/keys/{quote(room, safe='')}/demo-session?version={backup}"
    check(requests.put(url, headers=bearer(token), json=session_key, timeout=30))
    # The person's first message in that room, from Element.
    message = {"msgtype": "m.text", "body": "Hallo allemaal, ik ben er ook!"}
    url = f"{api}/rooms/{quote(room, safe='')}/send/m.room.message/demo-first-message"
    check(requests.put(url, headers=bearer(token), json=message, timeout=30))

    # Overstap signs in as a device of its own: what it checks is Element's doing, not its own.
    login = {"type": "m.login.password", "identifier": {"type": "m.id.user", "user": user}, "password": password}
    print(post(f"{api}/login", None, {**login, "initial_device_display_name": "Overstap"})["access_token"])


def mastodon(server, token, website):
    api = server.rstrip("/") + "/api/v1"
    form = {"fields_attributes[0][name]": "Website", "fields_attributes[0][value]": website}
    check(requests.patch(f"{api}/accounts/update_credentials", headers=bearer(token), data=form, timeout=30))
    # A first post, pinned to the profile, as "Pin on profile" does.
    text = "Welkom! Hier vindt u het nieuws van de Overstap-demo."
    status = check(requests.post(f"{api}/statuses", headers=bearer(token), data={"status": text}, timeout=30)).json()
    check(requests.post(f"{api}/statuses/{status['id']}/pin", headers=bearer(token), timeout=30))


def bearer(token):
    return {"Authorization": f"Bearer {token}"} if token else {}


def post(url, token, body):
    return check(requests.post(url, headers=bearer(token), json=body, timeout=30)).json()


def check(response):
    if not response.ok:
        sys.exit(f"{response.request.method} {response.url}: HTTP {response.status_code} {response.text[:500]}")
    return response


if __name__ == "__main__":
    commands = {"matrix": (matrix, 3), "mastodon": (mastodon, 3)}
    if len(sys.argv) < 2 or sys.argv[1] not in commands or len(sys.argv) != 2 + commands[sys.argv[1]][1]:
        sys.exit(__doc__)
    commands[sys.argv[1]][0](*sys.argv[2:])
