"""Does to a Synapse account what Element does for a person, through the
client-server API, with signedjson (Synapse's own signing library) so that
Overstap's verifier is checked against an independent implementation:

  element_like.py sign-in HOMESERVER USER PASSWORD DEVICE_NAME [--cross-sign] [--verify]
      Signs in as a new device named DEVICE_NAME and uploads its device
      keys, signed by the device's own ed25519 key (as every client does).
      --cross-sign: uploads new cross-signing keys (master, self-signing,
      user-signing; the latter two signed by the master key), as Element's
      "Set up encryption". --verify: signs this device's keys with the
      self-signing key (needs --cross-sign in the same run: the private key
      is not kept), as "Verify this device" leaves it.
      Prints {"access_token", "device_id", "user_id"} as JSON.

TLS is checked against the CA in REQUESTS_CA_BUNDLE. Used by the tests
(crates/overstap-cli/tests/check_matrix.rs) and by demo_accounts.py.
"""

import json
import sys

import requests
import signedjson.key
import signedjson.sign


def sign_in(homeserver, user, password, device_name, cross_sign=False, verify=False):
    api = homeserver.rstrip("/") + "/_matrix/client/v3"
    login = {
        "type": "m.login.password",
        "identifier": {"type": "m.id.user", "user": user},
        "password": password,
        "initial_device_display_name": device_name,
    }
    signed_in = post(f"{api}/login", None, login)
    token, user_id, device_id = signed_in["access_token"], signed_in["user_id"], signed_in["device_id"]

    # The device's own keys, self-signed.
    device_signing = signedjson.key.generate_signing_key(device_id)
    device_public = signedjson.key.encode_verify_key_base64(device_signing.verify_key)
    device_keys = {
        "user_id": user_id,
        "device_id": device_id,
        "algorithms": ["m.olm.v1.curve25519-aes-sha2", "m.megolm.v1.aes-sha2"],
        "keys": {f"ed25519:{device_id}": device_public, f"curve25519:{device_id}": device_public},
    }
    device_keys = signedjson.sign.sign_json(device_keys, user_id, device_signing)
    post(f"{api}/keys/upload", token, {"device_keys": device_keys})

    if cross_sign:
        master_signing, master = cross_key(user_id, "master")
        self_signing_key, self_signing = cross_key(user_id, "self_signing")
        _, user_signing = cross_key(user_id, "user_signing")
        auth = {k: v for k, v in login.items() if k != "initial_device_display_name"}
        post(
            f"{api}/keys/device_signing/upload",
            token,
            {
                "master_key": master,
                "self_signing_key": signedjson.sign.sign_json(self_signing, user_id, master_signing),
                "user_signing_key": signedjson.sign.sign_json(user_signing, user_id, master_signing),
                # Interactive authentication with the password, as Element asks for it.
                "auth": auth,
            },
        )
        if verify:
            signed = signedjson.sign.sign_json(dict(device_keys), user_id, self_signing_key)
            upload = {user_id: {device_id: signed}}
            answer = post(f"{api}/keys/signatures/upload", token, upload)
            if answer.get("failures"):
                sys.exit(f"signature refused: {answer}")
    elif verify:
        sys.exit("--verify needs --cross-sign")
    return {"access_token": token, "device_id": device_id, "user_id": user_id}


def cross_key(user_id, usage):
    """A cross-signing key, named by its own public key (the spec's rule)."""
    signing = signedjson.key.generate_signing_key("tmp")
    public = signedjson.key.encode_verify_key_base64(signing.verify_key)
    signing.version = public
    return signing, {"user_id": user_id, "usage": [usage], "keys": {f"ed25519:{public}": public}}


def post(url, token, body):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = requests.post(url, headers=headers, json=body, timeout=30)
    if not response.ok:
        sys.exit(f"POST {url}: HTTP {response.status_code} {response.text[:500]}")
    return response.json()


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    flags = {a for a in sys.argv[1:] if a.startswith("--")}
    if len(args) != 5 or args[0] != "sign-in" or not flags <= {"--cross-sign", "--verify"}:
        sys.exit(__doc__)
    print(json.dumps(sign_in(*args[1:], cross_sign="--cross-sign" in flags, verify="--verify" in flags)))
