import tomllib

import pytest

from gui_app.core.errors import ConfigError, ProfileNotFound
from gui_app.core.profiles import ClientProfile, ProfileRepository, profile_from_preset


def test_builtin_goto_preset(paths):
    goto = ProfileRepository(paths).preset("goto")
    assert goto.authorize_url == "https://authentication.logmeininc.com/oauth/authorize"
    assert goto.token_url == "https://authentication.logmeininc.com/oauth/token"
    assert goto.auth_method == "client_secret_basic"
    assert goto.refresh_lifetime_hint == 30 * 86400
    assert "GoTo Assist Corporate" in goto.unsupported_products
    profile = profile_from_preset(goto, "goto-int", "client-1")
    endpoints = profile.explicit_endpoints()
    assert endpoints is not None and endpoints.token_endpoint == goto.token_url


def test_issuer_preset_needs_issuer(paths):
    assert ProfileRepository(paths).preset("issuer").needs_issuer


def test_managed_presets_come_first_and_are_marked(paths):
    paths.managed_dir.mkdir(parents=True)
    (paths.managed_dir / "corp.toml").write_text(
        '[[preset]]\nid = "corp"\ntitle = "Corp SSO"\nissuer = "https://sso.corp.example"\n'
        'client_id = "corp-app"\nauth_method = "none"\nscopes = "openid offline_access"\n'
    )
    presets = ProfileRepository(paths).presets()
    assert presets[0].id == "corp" and presets[0].managed
    assert presets[0].scopes == ("openid", "offline_access")
    assert {p.id for p in presets[1:]} >= {"goto", "issuer"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[[preset]]\nid = "x"\ntitle = "X\n', "line 3"),
        ('[[preset]]\nid = "x"\n', "needs an 'id' and a 'title'"),
        ('[[preset]]\nid = "x"\ntitle = "X"\nsecret = "no"\n', "unknown preset settings: secret"),
        ('id = "x"\n', "[[preset]]"),
        (
            '[[preset]]\nid = "x"\ntitle = "X"\ntoken_url = "http://corp.example/token"\n',
            "not a secure https",
        ),
    ],
)
def test_malformed_managed_file_names_the_file_and_the_rest_still_loads(paths, text, expected):
    paths.managed_dir.mkdir(parents=True)
    bad = paths.managed_dir / "broken.toml"
    bad.write_text(text)
    repo = ProfileRepository(paths)
    presets = repo.presets()
    assert {p.id for p in presets} == {"goto", "issuer"}  # the built-in ones still work
    [error] = repo.preset_errors
    assert expected in error.message
    assert str(bad) in error.message


@pytest.mark.parametrize(
    ("line", "key", "words"),
    [
        ('redirect_port = "8080"', "redirect_port", "must be a whole number"),
        ('monitor_autostart = "yes"', "monitor_autostart", "must be true or false"),
        ('exports = "json:/x#/a"', "exports", "must be a list of texts"),
        ('client_secret = "hunter2"', "client_secret", "must not hold a client secret"),
    ],
)
def test_managed_preset_type_errors_name_the_line(paths, line, key, words):
    paths.managed_dir.mkdir(parents=True)
    bad = paths.managed_dir / "corp.toml"
    bad.write_text(f'# IT settings\n[[preset]]\nid = "corp"\ntitle = "Corp"\n{line}\n')
    repo = ProfileRepository(paths)
    repo.presets()
    [error] = repo.preset_errors
    assert f"{bad}, line 5" in error.message and words in error.message
    assert "hunter2" not in str(error)


def test_managed_preset_settings_reach_the_profile(paths):
    paths.managed_dir.mkdir(parents=True)
    (paths.managed_dir / "corp.toml").write_text(
        '[[preset]]\nid = "corp"\ntitle = "Corp"\nissuer = "https://sso.corp.example"\nclient_id = "app"\n'
        'auth_method = "none"\nredirect_port = 8765\nexports = ["refresh env:/etc/app.env#TOKEN"]\n'
        "monitor_autostart = true\nembedded_browser = false\n"
    )
    corp = ProfileRepository(paths).preset("corp")
    assert (corp.monitor_autostart, corp.embedded_browser, corp.redirect_port) == (True, False, 8765)
    profile = profile_from_preset(corp, "corp")
    assert profile.client_id == "app" and profile.exports == ("refresh env:/etc/app.env#TOKEN",)


def test_profile_round_trip_with_awkward_strings(paths):
    repo = ProfileRepository(paths)
    profile = ClientProfile(
        name="crm.sync-1",
        client_id='id "quoted" \\ back\tslash ünïcode',
        issuer="https://id.example.test/realms/x",
        scopes=("openid", "api:read"),
        redirect_port=8765,
        refresh_lifetime_hint=86400,
        store="file",
    )
    repo.save(profile)
    assert repo.get("crm.sync-1") == profile
    assert tomllib.loads(paths.profiles_file.read_text())["profile"]["crm.sync-1"]["redirect_port"] == 8765
    assert paths.profiles_file.stat().st_mode & 0o777 == 0o600
    repo.remove("crm.sync-1")
    with pytest.raises(ProfileNotFound):
        repo.get("crm.sync-1")


@pytest.mark.parametrize("name", ["", "../etc", "a/b", "-x", "a" * 65, "spa ce"])
def test_bad_names(name):
    with pytest.raises(ConfigError):
        ClientProfile(name=name, client_id="c", issuer="https://id.example.test")


@pytest.mark.parametrize(
    "changes",
    [
        {"issuer": "http://id.example.test"},
        {"issuer": None, "authorize_url": "https://a.example/auth", "token_url": "http://a.example/token"},
        {"issuer": None},
        {"client_id": "  "},
        {"redirect_port": 70000},
        {"redirect_path": "callback"},
    ],
)
def test_invalid_profiles(changes):
    values = {"name": "p", "client_id": "c", "issuer": "https://id.example.test"} | changes
    with pytest.raises(ConfigError):
        ClientProfile(**values)


def test_loopback_http_is_allowed_for_the_demo_server():
    assert ClientProfile(name="demo", client_id="c", issuer="http://127.0.0.1:4000").issuer


def test_redirect_uri_uses_ip_literal_not_localhost():
    profile = ClientProfile(name="p", client_id="c", issuer="https://id.example.test")
    assert profile.redirect_uri(5555) == "http://127.0.0.1:5555/callback"


def test_damaged_profiles_file(paths):
    paths.config_dir.mkdir(parents=True)
    paths.profiles_file.write_text("[profile.x]\nclient_id = 5\nissuer = 'https://id.example.test'\n")
    with pytest.raises(ConfigError):
        ProfileRepository(paths).list()
