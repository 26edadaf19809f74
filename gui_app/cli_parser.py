"""The command line's grammar (contract in design.md). Kept apart from cli.py so that the
``token`` fast path does not even import argparse."""

from __future__ import annotations

import argparse

from gui_app import __version__
from gui_app.cli import UsageError
from gui_app.core.i18n import QT_TRANSLATE_NOOP, translate

# argparse's own texts, as Python's argparse module writes them; it looks each one up through its
# module-level ``_`` (gettext), which build_parser points at Qt's translations instead.
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
)


def _argparse_text(text: str) -> str:
    return translate("argparse", text)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        see = translate("CliParser", "See '{command} --help'.").format(command=self.prog)
        raise UsageError(f"{message}. {see}")


def build_parser() -> argparse.ArgumentParser:
    argparse._ = _argparse_text  # type: ignore[attr-defined]  # see ARGPARSE_TEXTS
    parser = _Parser(
        prog="oauth-setup",
        description=translate(
            "CliParser", "Sign integrations in with OAuth (authorization code + PKCE) and keep tokens fresh."
        ),
    )
    parser.add_argument(
        "--lang",
        metavar="LANG",
        help=translate("CliParser", "show texts in this language: en, de or fr (default: the system's)"),
    )
    parser.add_argument("--version", action="version", version=f"oauth-setup {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=translate("CliParser", "check that this installation works (for support staff)"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    profile = sub.add_parser("profile", help=translate("CliParser", "add, list, show or remove sign-ins"))
    psub = profile.add_subparsers(
        dest="profile_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    add = psub.add_parser("add", help=translate("CliParser", "add or change a sign-in"))
    add.add_argument("name")
    where = add.add_mutually_exclusive_group()
    where.add_argument(
        "--issuer",
        help=translate("CliParser", "the provider's issuer address (settings are discovered from it)"),
    )
    where.add_argument(
        "--preset", help=translate("CliParser", "a provider preset, e.g. 'goto' (see 'profile presets')")
    )
    add.add_argument(
        "--authorize-url", help=translate("CliParser", "the provider's sign-in (authorization) address")
    )
    add.add_argument("--token-url", help=translate("CliParser", "the provider's token address"))
    add.add_argument(
        "--revocation-url", help=translate("CliParser", "the provider's token revocation address (optional)")
    )
    add.add_argument("--client-id", required=True)
    add.add_argument(
        "--client-secret-stdin",
        action="store_true",
        help=translate("CliParser", "read the client secret from standard input"),
    )
    add.add_argument(
        "--auth-method",
        choices=["client_secret_basic", "client_secret_post", "none"],
        help=translate(
            "CliParser",
            "how the client proves itself at the token address (default: the preset's, else "
            "client_secret_basic with a secret and none without)",
        ),
    )
    add.add_argument(
        "--scope",
        action="append",
        default=[],
        help=translate("CliParser", "scopes, space-separated; may be repeated"),
    )
    add.add_argument(
        "--redirect-port",
        type=int,
        help=translate("CliParser", "fixed redirect port (0 = any free port, the default)"),
    )
    add.add_argument("--redirect-path", help=translate("CliParser", "redirect path (default /callback)"))
    add.add_argument(
        "--store",
        choices=["keyring", "file"],
        help=translate(
            "CliParser",
            "where secrets are kept: the system keyring (default) or, only if you must, a private file",
        ),
    )
    psub.add_parser("list", help=translate("CliParser", "list sign-ins"))
    psub.add_parser("presets", help=translate("CliParser", "list provider presets"))
    show = psub.add_parser("show", help=translate("CliParser", "show one sign-in's settings"))
    show.add_argument("name")
    remove = psub.add_parser("remove", help=translate("CliParser", "sign out and forget a sign-in"))
    remove.add_argument("name")
    remove.add_argument(
        "--force",
        action="store_true",
        help=translate("CliParser", "delete locally even if the provider cannot be told"),
    )

    login = sub.add_parser("login", help=translate("CliParser", "sign in (opens a browser)"))
    login.add_argument("name")
    login.add_argument("--browser", choices=["system", "embedded", "none"], default="system")
    login.add_argument(
        "--timeout",
        type=float,
        default=300.0,
        help=translate("CliParser", "seconds to wait for the browser (default 300)"),
    )
    login.add_argument(
        "--device",
        action="store_true",
        help=translate(
            "CliParser", "sign in on another device with a code (for computers without a browser)"
        ),
    )

    status = sub.add_parser("status", help=translate("CliParser", "show token expiry and state"))
    status.add_argument("name", nargs="?")
    status.add_argument("--json", action="store_true")

    token = sub.add_parser(
        "token", help=translate("CliParser", "print a valid access token (and nothing else)")
    )
    token.add_argument("name")

    refresh = sub.add_parser("refresh", help=translate("CliParser", "renew the access token now"))
    refresh.add_argument("name")

    _add_support_commands(sub)
    _add_migrate_command(sub)
    _add_export_commands(sub)
    _add_monitor_command(sub)

    logout = sub.add_parser(
        "logout", help=translate("CliParser", "revoke the tokens at the provider and delete them here")
    )
    logout.add_argument("name")
    logout.add_argument(
        "--force",
        action="store_true",
        help=translate("CliParser", "delete locally even if the provider cannot be told"),
    )
    return parser


def _add_export_commands(sub: argparse._SubParsersAction[_Parser]) -> None:
    export = sub.add_parser(
        "export", help=translate("CliParser", "send the current token to an integration on every change")
    )
    esub = export.add_subparsers(dest="export_command", metavar="ACTION", required=True, parser_class=_Parser)
    eadd = esub.add_parser(
        "add",
        help=translate("CliParser", "add a target"),
        description=translate(
            "CliParser",
            "TARGET is one of: json:PATH#/json/pointer  ini:PATH#section.key  env:PATH#VARIABLE  "
            "keyring:SERVICE/USERNAME  command:PROGRAM ARGS… "
            "(the token goes to the program's standard input)",
        ),
    )
    eadd.add_argument("name")
    eadd.add_argument("--to", required=True, metavar="TARGET")
    eadd.add_argument("--token", choices=["refresh", "access"], default="refresh")
    elist = esub.add_parser("list", help=translate("CliParser", "list targets and how their last write went"))
    elist.add_argument("name")
    eremove = esub.add_parser("remove", help=translate("CliParser", "remove a target"))
    eremove.add_argument("name")
    eremove.add_argument("target")
    eretry = esub.add_parser(
        "retry", help=translate("CliParser", "write the current token to the targets that failed")
    )
    eretry.add_argument("name")


def _add_monitor_command(sub: argparse._SubParsersAction[_Parser]) -> None:
    monitor = sub.add_parser(
        "monitor", help=translate("CliParser", "keep sign-ins fresh in the background (tray icon)")
    )
    monitor.add_argument(
        "--once",
        action="store_true",
        help=translate("CliParser", "check every sign-in once, print, and exit"),
    )
    auto = monitor.add_mutually_exclusive_group()
    auto.add_argument(
        "--install-autostart",
        action="store_true",
        help=translate("CliParser", "start the monitor at desktop log-in"),
    )
    auto.add_argument(
        "--remove-autostart", action="store_true", help=translate("CliParser", "stop starting it at log-in")
    )


def _add_migrate_command(sub: argparse._SubParsersAction[_Parser]) -> None:
    migrate = sub.add_parser(
        "migrate", help=translate("CliParser", "move an integration from a stored password to this app")
    )
    migrate.add_argument(
        "--from",
        dest="source",
        required=True,
        metavar="PATH",
        help=translate("CliParser", "its JSON, INI or .env file"),
    )
    migrate.add_argument(
        "--name", help=translate("CliParser", "name for the new sign-in (default: from the file name)")
    )
    where = migrate.add_mutually_exclusive_group()
    where.add_argument("--preset", help=translate("CliParser", "the provider preset, e.g. goto"))
    where.add_argument("--issuer", help=translate("CliParser", "the provider's issuer address"))
    migrate.add_argument("--client-id", help=translate("CliParser", "when the file has none"))
    migrate.add_argument(
        "--scope", default="openid offline_access", help=translate("CliParser", "scopes when using --issuer")
    )
    migrate.add_argument("--browser", choices=["system", "none"], default="system")
    migrate.add_argument(
        "--device", action="store_true", help=translate("CliParser", "sign in on another device with a code")
    )
    migrate.add_argument(
        "--yes",
        action="store_true",
        help=translate("CliParser", "remove the password after signing in, without asking"),
    )
    migrate.add_argument(
        "--system-account",
        action="store_true",
        help=translate("CliParser", "the account is not a person: explain the options instead"),
    )


def _add_support_commands(sub: argparse._SubParsersAction[_Parser]) -> None:
    doctor = sub.add_parser(
        "doctor", help=translate("CliParser", "check that everything is ready for a sign-in")
    )
    doctor.add_argument("name")
    doctor.add_argument("--json", action="store_true")
    doctor.add_argument(
        "--product",
        help=translate(
            "CliParser", "the provider's product, if it has several (e.g. 'GoTo Assist Corporate')"
        ),
    )
    sub.add_parser("diagnostics", help=translate("CliParser", "a support report without any secret"))
