"""A locked keyring, for real: gnome-keyring's default collection locked over D-Bus while a
profile is signed in, then ``oauth-setup token`` and ``oauth-setup refresh``.

What a headless gnome-keyring does (found with this setup, scripts/with-keyring): the Secret
Service's ``Unlock`` answers with a prompt; gnome-keyring starts its prompter (gcr-prompter, by
D-Bus activation), which cannot open a display and goes away, so the prompt completes as
dismissed within a fraction of a second and keyring raises ``KeyringLocked``. Nothing waits for a
person, so a hang here is a bug in the app, not in the environment. The subprocess timeouts below
turn a hang into a failure instead of a stuck suite.

Where a prompter can show the unlock dialog (a desktop; also Xvfb: the first test fails after its
timeout under ``xvfb-run``), keyring waits for the answer without any time limit
(``Collection.unlock()`` without secretstorage's ``timeout``). The last test stands in for a
person who never answers — a prompter on the bus that accepts the prompt and then does nothing —
and checks that ``oauth-setup token`` gives up after OAUTH_SETUP_UNLOCK_TIMEOUT (20 s by default,
3 s here) when nobody is at a terminal, dismisses the prompt and says what to do (exit 5).

Unlocking needs the password scripts/with-keyring started the daemon with: the Secret Service
API itself can only unlock through a prompt, so this uses gnome-keyring's own
``UnlockWithMasterPassword`` (org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface) over a
"plain" session — a private D-Bus session bus, nothing leaves the process pair.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import threading
import time
from collections.abc import Iterator

import keyring
import pytest
import secretstorage
from jeepney import DBusAddress, MessageType, new_method_call, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection
from jeepney.wrappers import unwrap_msg

from gui_app.core.errors import KeyringUnavailable
from tests.e2e.test_lifecycle import home, sign_in  # noqa: F401
from tests.harness import REPO_ROOT, cli_command

SERVICE = "oauth-setup"
# scripts/with-keyring: `printf '%s' "with-keyring-test-password" | gnome-keyring-daemon --unlock`
KEYRING_PASSWORD = "with-keyring-test-password"
CLI_TIMEOUT = 30  # seconds; the dismissed prompt takes well under one
SECRETS = "org.freedesktop.secrets"
SECRETS_PATH = "/org/freedesktop/secrets"
PROMPTER = "org.gnome.keyring.SystemPrompter"  # gcr's system prompter, which gnome-keyring asks
# How long a command may wait for an unlock that nobody answers, when nobody is at a terminal
# (its standard input is not one): the bound the last test asks for.
UNANSWERED_PROMPT_LIMIT = 30


def default_collection_locked() -> bool:
    connection = secretstorage.dbus_init()
    try:
        return secretstorage.get_default_collection(connection).is_locked()
    finally:
        connection.close()


def lock_default_collection() -> None:
    connection = secretstorage.dbus_init()
    try:
        secretstorage.get_default_collection(connection).lock()
    finally:
        connection.close()


def unlock_default_collection(password: str = KEYRING_PASSWORD) -> None:
    """gnome-keyring's master-password unlock of the collection behind the "default" alias."""
    service = DBusAddress(SECRETS_PATH, bus_name=SECRETS, interface="org.freedesktop.Secret.Service")
    internal = DBusAddress(
        SECRETS_PATH, bus_name=SECRETS, interface="org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"
    )
    with open_dbus_connection(bus="SESSION") as connection:
        (collection,) = unwrap_msg(
            connection.send_and_get_reply(new_method_call(service, "ReadAlias", "s", ("default",)))
        )
        _output, session = unwrap_msg(
            connection.send_and_get_reply(new_method_call(service, "OpenSession", "sv", ("plain", ("s", ""))))
        )
        secret = (session, b"", password.encode("utf-8"), "text/plain; charset=utf8")
        unwrap_msg(
            connection.send_and_get_reply(
                new_method_call(internal, "UnlockWithMasterPassword", "o(oayays)", (collection, secret))
            )
        )


@pytest.fixture
def keyring_unlocked_afterwards() -> Iterator[None]:
    """The test locks the default collection; it is unlocked again whatever happens, for the
    tests after this one (they share the Secret Service)."""
    assert not default_collection_locked(), "the keyring was locked before the test"
    try:
        yield
    finally:
        if default_collection_locked():
            unlock_default_collection()
        assert not default_collection_locked(), "could not unlock the keyring again"


def run_cli_bounded(run_cli, *args, env):
    try:
        return run_cli(*args, env=env, timeout=CLI_TIMEOUT)
    except subprocess.TimeoutExpired:
        pytest.fail(
            f"'oauth-setup {' '.join(args)}' still ran after {CLI_TIMEOUT} s with the keyring locked "
            "(it waits for an unlock that no one can give)"
        )


def assert_locked_message(done: subprocess.CompletedProcess[str]) -> None:
    assert done.returncode == KeyringUnavailable.exit_code == 5, (done.returncode, done.stderr)
    assert done.stdout == ""  # no token, no "renewed"
    err = done.stderr
    assert "Traceback" not in err
    assert err.startswith("oauth-setup: "), err
    assert "keyring is locked" in err, err  # what is wrong …
    assert "Unlock your keyring" in err, err  # … and what to do


def test_locked_keyring_is_reported_and_the_tokens_survive_the_unlock(
    provider,
    browser,
    home,  # noqa: F811
    app_env,
    run_cli,
    keyring_unlocked_afterwards,
):
    app_env["OAUTH_SETUP_HOME"] = str(home.config_dir.parent)
    app_env["LANGUAGE"] = "en"  # the messages below are checked in English
    profile, _ = sign_in(provider, browser, home)
    stored = keyring.get_password(SERVICE, f"{profile.name}/tokens")
    assert stored is not None
    access = json.loads(stored)["access_token"]
    lock_default_collection()
    assert default_collection_locked()
    refreshes_before = provider.stats()["refresh_token"]

    token = run_cli_bounded(run_cli, "token", profile.name, env=app_env)
    assert_locked_message(token)
    assert access not in token.stderr

    refresh = run_cli_bounded(run_cli, "refresh", profile.name, env=app_env)
    assert_locked_message(refresh)
    # It stopped before asking the provider: the refresh token was not spent.
    assert provider.stats()["refresh_token"] == refreshes_before
    assert default_collection_locked()  # nothing unlocked it behind our back

    unlock_default_collection()
    assert not default_collection_locked()
    assert keyring.get_password(SERVICE, f"{profile.name}/tokens") == stored
    again = run_cli_bounded(run_cli, "token", profile.name, env=app_env)
    assert again.returncode == 0, again.stderr
    assert again.stdout == access + "\n"
    renewed = run_cli_bounded(run_cli, "refresh", profile.name, env=app_env)
    assert renewed.returncode == 0, renewed.stderr
    assert provider.stats()["refresh_token"] == refreshes_before + 1


def test_unlock_helper_needs_the_right_password(keyring_unlocked_afterwards):
    """The helper the test above relies on: a wrong password leaves the collection locked, the
    one scripts/with-keyring set opens it."""
    lock_default_collection()
    with contextlib.suppress(Exception):  # gnome-keyring may answer with a D-Bus error
        unlock_default_collection("not-the-password")
    assert default_collection_locked()
    unlock_default_collection()
    assert not default_collection_locked()


@pytest.fixture
def prompter_nobody_answers() -> Iterator[list[str]]:
    """Owns gcr's prompter name on the session bus: accepts gnome-keyring's ``BeginPrompting``
    and then does nothing, like an unlock dialog no one is there to answer. Yields the methods
    gnome-keyring called. Gone (and the name released) after the test."""
    connection = open_dbus_connection(bus="SESSION")
    reply = connection.send_and_get_reply(message_bus.RequestName(PROMPTER, 4))  # DO_NOT_QUEUE
    assert reply.body == (1,), f"could not own {PROMPTER}: {reply.body}"  # 1: primary owner
    called: list[str] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                message = connection.receive(timeout=0.2)
            except TimeoutError:
                continue
            except Exception:  # the connection was closed
                return
            if message.header.message_type is MessageType.method_call:
                member = str(message.header.fields.get(3))  # HeaderFields.member
                called.append(member)
                if member == "BeginPrompting":
                    connection.send(new_method_return(message))

    thread = threading.Thread(target=serve, name="prompter-nobody-answers", daemon=True)
    thread.start()
    try:
        yield called
    finally:
        stop.set()
        thread.join(5)
        connection.close()


def test_token_gives_up_when_nobody_answers_the_unlock_prompt(
    provider,
    browser,
    home,  # noqa: F811
    app_env,
    keyring_unlocked_afterwards,
    prompter_nobody_answers,
):
    app_env["OAUTH_SETUP_HOME"] = str(home.config_dir.parent)
    app_env["LANGUAGE"] = "en"
    app_env["OAUTH_SETUP_UNLOCK_TIMEOUT"] = "3"  # 20 s by default
    profile, _ = sign_in(provider, browser, home)
    lock_default_collection()
    started = time.monotonic()
    try:
        done = subprocess.run(
            cli_command("token", profile.name),
            cwd=REPO_ROOT,
            env=app_env,
            stdin=subprocess.DEVNULL,  # an integration's call: nobody at a terminal
            capture_output=True,
            text=True,
            timeout=UNANSWERED_PROMPT_LIMIT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        assert "BeginPrompting" in prompter_nobody_answers  # it was waiting for the dialog
        pytest.fail(f"'oauth-setup token' still waited for the unlock after {UNANSWERED_PROMPT_LIMIT} s")
    assert 3 <= time.monotonic() - started < UNANSWERED_PROMPT_LIMIT
    assert_locked_message(done)
    assert "nobody answered the request to unlock it" in done.stderr
    assert prompter_nobody_answers.count("BeginPrompting") == 1  # asked once, then gave up
