"""Puts the demo accounts in the state of a person who has finished their
checklists, the way their own apps would, through each server's public API
(used by `overstap-demo-servers`; not by the tests, which set up every
state they check themselves):

  demo_accounts.py matrix HOMESERVER USER PASSWORD
      Signs in with the password, then does what Element does when a person
      sets up encryption: uploads cross-signing keys (master, self-signing,
      user-signing; the latter two signed by the master key with signedjson,
      Synapse's own signing library), makes a key backup and backs up one
      room key of a welcome room. Prints the access token.

  demo_accounts.py mastodon SERVER TOKEN WEBSITE
      Sets the profile's "Website" field, as "Edit profile" does.

TLS is checked against the CA in REQUESTS_CA_BUNDLE (the demo CA).
"""

import sys
from urllib.parse import quote

import requests
import signedjson.key
import signedjson.sign


def matrix(homeserver, user, password):
    api = homeserver.rstrip("/") + "/_matrix/client/v3"
    login = {"type": "m.login.password", "identifier": {"type": "m.id.user", "user": user}, "password": password}
    signed_in = post(f"{api}/login", None, login)
    token, user_id = signed_in["access_token"], signed_in["user_id"]

    # Cross-signing: each key is named by its own public key (the spec's rule).
    def key(usage):
        signing = signedjson.key.generate_signing_key("tmp")
        public = signedjson.key.encode_verify_key_base64(signing.verify_key)
        signing.version = public
        return signing, {"user_id": user_id, "usage": [usage], "keys": {f"ed25519:{public}": public}}

    master_signing, master = key("master")
    _, self_signing = key("self_signing")
    _, user_signing = key("user_signing")
    upload = {
        "master_key": master,
        "self_signing_key": signedjson.sign.sign_json(self_signing, user_id, master_signing),
        "user_signing_key": signedjson.sign.sign_json(user_signing, user_id, master_signing),
        # Interactive authentication with the password, as Element asks for it.
        "auth": login,
    }
    post(f"{api}/keys/device_signing/upload", token, upload)

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
    print(token)


def mastodon(server, token, website):
    form = {"fields_attributes[0][name]": "Website", "fields_attributes[0][value]": website}
    url = server.rstrip("/") + "/api/v1/accounts/update_credentials"
    check(requests.patch(url, headers=bearer(token), data=form, timeout=30))


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
