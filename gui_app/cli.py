"""Entry point for the app and the command line (contract in design.md).

No arguments opens the window; a subcommand runs on the command line. Imports are kept inside
the handlers so that ``oauth-setup token NAME`` loads neither Qt nor httpx when the stored token
is still valid. Expected failures are one sentence on stderr plus what to do, never a traceback.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from gui_app.core.i18n import plural, translate

if TYPE_CHECKING:
    import argparse

    from gui_app.core.errors import AuthError
    from gui_app.core.paths import AppPaths
    from gui_app.core.profiles import ClientProfile, ProfileRepository
    from gui_app.core.store import TokenStore

EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class UsageError(Exception):
    """Bad arguments; argparse's own errors exit 2 the same way."""


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    from gui_app.logs import configure_from_environment

    configure_from_environment()
    try:
        _choose_language(args_list)
    except UsageError as exc:
        print(f"oauth-setup: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args_list and args_list[0] == "token" and len(args_list) == 2 and not args_list[1].startswith("-"):
        return _guarded(lambda: cmd_token(args_list[1]), args_list[1])  # fast path: no argparse tree
    if not args_list:
        from gui_app.ui.app import run_gui

        return run_gui([])
    from gui_app.cli_parser import build_parser

    try:
        args = build_parser().parse_args(args_list)
    except UsageError as exc:
        print(f"oauth-setup: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.self_test:
        from gui_app.selftest import main as self_test

        return self_test()
    if args.command is None:
        build_parser().print_help()
        return 0
    return _guarded(lambda: _dispatch(args), getattr(args, "name", None))


def run() -> None:
    """The program (console script and ``python -m gui_app``): ``main()``, then exit.

    After a command on the command line nothing but the exit is left, so the interpreter is not
    asked to garbage-collect every module's objects on the way out (~25 ms after a sign-in,
    more while the browser is busy): atexit handlers, flushes and reference-counted cleanup still
    run. The window's exit is left as it is."""
    args_given = len(sys.argv) > 1
    code = main()
    if args_given:
        import gc

        gc.disable()
        gc.freeze()
    sys.exit(code)


def _choose_language(args_list: list[str]) -> None:
    """Take ``--lang X`` (or ``--lang=X``) out of the arguments, wherever it is, and set the
    language every later text is shown in."""
    from gui_app import translations

    lang: str | None = None
    for i, arg in enumerate(args_list):
        if arg == "--":
            break
        if arg == "--lang" or arg.startswith("--lang="):
            value = arg.partition("=")[2] if "=" in arg else None
            if value is None:
                if i + 1 >= len(args_list):
                    raise UsageError(translate("Cli", "--lang needs a language, e.g. --lang de"))
                value = args_list.pop(i + 1)
            args_list.pop(i)
            lang = value
            break
    try:
        translations.set_override(lang)
    except translations.UnknownLanguage as exc:
        raise UsageError(str(exc)) from None
    translations.install_for_command_line()


def _guarded(action: Callable[[], int], name: str | None = None) -> int:
    from gui_app.core.errors import AuthError

    try:
        return action()
    except AuthError as exc:
        print(f"oauth-setup: {render_error(exc, name)}", file=sys.stderr)
        return exc.exit_code
    except UsageError as exc:
        print(f"oauth-setup: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("\noauth-setup: " + translate("Cli", "stopped."), file=sys.stderr)
        return EXIT_INTERRUPTED


def render_error(exc: AuthError, name: str | None = None) -> str:
    """The one place an error becomes text for the command line. Next steps say 'NAME' where
    the sign-in's name belongs."""
    text = f"{exc.message} {exc.next_step}".strip()
    return text.replace("NAME", name) if name else text


def _dispatch(args: argparse.Namespace) -> int:
    command = args.command
    if command == "profile":
        return {
            "add": cmd_profile_add,
            "list": cmd_profile_list,
            "presets": cmd_profile_presets,
            "show": cmd_profile_show,
            "remove": cmd_profile_remove,
        }[args.profile_command](args)
    if command == "export":
        return {
            "add": cmd_export_add,
            "list": cmd_export_list,
            "remove": cmd_export_remove,
            "retry": cmd_export_retry,
        }[args.export_command](args)
    handlers = {
        "doctor": cmd_doctor,
        "migrate": cmd_migrate,
        "diagnostics": cmd_diagnostics,
        "monitor": cmd_monitor,
        "login": cmd_login,
        "status": cmd_status,
        "refresh": cmd_refresh,
        "logout": cmd_logout,
    }
    return handlers[command](args)


# -- shared helpers ---------------------------------------------------------------------------


def _context() -> tuple[AppPaths, ProfileRepository]:
    from gui_app.core.paths import app_paths
    from gui_app.core.profiles import ProfileRepository

    paths = app_paths()
    return paths, ProfileRepository(paths)


def _store_for(paths: AppPaths, profile: ClientProfile) -> TokenStore:
    from gui_app.core.store import open_token_store

    if profile.store == "file":
        warning = translate(
            "Cli",
            "warning: the secrets of '{name}' are kept in a plain file, not in the system keyring, as "
            "the administrator chose. Anyone who can read your files can use them.",
        )
        print("oauth-setup: " + warning.format(name=profile.name), file=sys.stderr)
    return open_token_store(paths, profile)


# -- commands ---------------------------------------------------------------------------------


def cmd_token(name: str) -> int:
    from gui_app.core.session import TokenManager

    paths, repo = _context()
    profile = repo.get(name)
    token = TokenManager(paths, _store_for(paths, profile)).access_token(profile)
    sys.stdout.write(token + "\n")
    return 0


def _read_secret_from_stdin() -> str:
    if sys.stdin is None:
        raise UsageError(translate("Cli", "--client-secret-stdin needs standard input"))
    if sys.stdin.isatty():
        import getpass

        secret = getpass.getpass(translate("Cli", "Client secret (not shown as you type): "))
    else:
        secret = sys.stdin.read()
    secret = secret.rstrip("\r\n")
    if not secret:
        raise UsageError(translate("Cli", "the client secret read from standard input is empty"))
    return secret


def cmd_profile_add(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from gui_app.core.profiles import ClientProfile, check_name, profile_from_preset

    check_name(args.name)
    paths, repo = _context()
    scopes = tuple(word for value in args.scope for word in value.split())
    secret = _read_secret_from_stdin() if args.client_secret_stdin else None
    changes: dict[str, Any] = {}
    if scopes:
        changes["scopes"] = scopes
    for key in (
        "authorize_url",
        "token_url",
        "revocation_url",
        "redirect_port",
        "redirect_path",
        "auth_method",
        "store",
    ):
        value = getattr(args, key)
        if value is not None:
            changes[key] = value
    if args.preset:
        preset = repo.preset(args.preset)
        if preset.needs_issuer:
            raise UsageError(
                translate("Cli", "the preset '{preset}' needs --issuer URL instead").format(preset=preset.id)
            )
        profile = profile_from_preset(preset, args.name, args.client_id, **changes)
    else:
        if not args.issuer and not (args.authorize_url and args.token_url):
            raise UsageError(
                translate("Cli", "give --issuer URL, --preset NAME, or both --authorize-url and --token-url")
            )
        changes.setdefault("auth_method", "client_secret_basic" if secret else "none")
        profile = replace(
            ClientProfile(
                name=args.name,
                client_id=args.client_id,
                issuer=args.issuer,
                authorize_url=args.authorize_url,
                token_url=args.token_url,
            ),
            **changes,
        )
    if profile.issuer and not profile.explicit_endpoints():
        from gui_app.core.discovery import discover

        discover(profile.issuer)  # fail now, with the reason, rather than at sign-in
    store = _store_for(paths, profile)
    if not profile.is_public:
        if secret:
            store.set_client_secret(profile.name, secret)
        elif not store.client_secret(profile.name):
            raise UsageError(
                translate(
                    "Cli",
                    "this client needs its secret: pass --client-secret-stdin "
                    "(or --auth-method none for a public client)",
                )
            )
    repo.save(profile)
    saved = translate("Cli", "Saved the sign-in '{name}'. Next: oauth-setup login {name}")
    print(saved.format(name=profile.name))
    return 0


def cmd_profile_list(args: argparse.Namespace) -> int:
    _, repo = _context()
    profiles = repo.list()
    if not profiles:
        print(
            translate(
                "Cli", "No sign-ins yet. Add one with 'oauth-setup profile add NAME …' or run 'oauth-setup'."
            )
        )
    for profile in profiles:
        print(f"{profile.name}\t{profile.issuer or profile.authorize_url}\t{profile.client_id}")
    return 0


def cmd_profile_presets(args: argparse.Namespace) -> int:
    _, repo = _context()
    for preset in repo.presets():
        origin = translate("Cli", "managed") if preset.managed else translate("Cli", "built-in")
        print(f"{preset.id}\t{preset.title} ({origin})")
    return 0


def cmd_profile_show(args: argparse.Namespace) -> int:
    _, repo = _context()
    profile = repo.get(args.name)
    for key, value in profile.to_table().items():
        if value is not None:
            shown = " ".join(value) if isinstance(value, list) else value
            print(f"{key}: {shown}")
    return 0


def cmd_login(args: argparse.Namespace) -> int:
    paths, repo = _context()
    profile = repo.get(args.name)
    if args.device:
        return _device_login(paths, profile)
    if args.browser == "embedded":
        from gui_app.ui.app import run_gui  # the window inside the app lives in the wizard

        return run_gui([], profile_name=profile.name, method="embedded")
    return _browser_login(paths, profile, args.browser, args.timeout)


def _browser_login(paths: AppPaths, profile: ClientProfile, browser: str, timeout: float) -> int:
    from gui_app.core.browser import open_in_system_browser
    from gui_app.core.errors import SignInCancelled
    from gui_app.core.login import LoginSession

    store = _store_for(paths, profile)
    with LoginSession(profile, store) as session:
        url = session.begin()
        if browser == "none" or not open_in_system_browser(url):
            if browser != "none":
                print("oauth-setup: " + translate("Cli", "no web browser could be opened."), file=sys.stderr)
            print(
                translate("Cli", "Open this address in a web browser on this computer to sign in:"),
                f"\n\n  {url}\n",
                file=sys.stderr,
            )
        else:
            print(translate("Cli", "A browser window was opened: sign in there."), file=sys.stderr)
        waiting = translate(
            "Cli", "Waiting up to {seconds} seconds for the sign-in to finish (Ctrl+C to stop)…"
        )
        print(waiting.format(seconds=int(timeout)), file=sys.stderr)
        try:
            result = session.finish(timeout)
        except KeyboardInterrupt:
            session.cancel()
            raise SignInCancelled(translate("Cli", "The sign-in was stopped.")) from None
    from gui_app.cli_format import describe_login

    print(describe_login(profile, result.metadata, store.secrets.description))
    return 0


def _device_login(paths: AppPaths, profile: ClientProfile) -> int:
    from gui_app.cli_format import describe_login
    from gui_app.core.device import DeviceAuthorization, device_login

    store = _store_for(paths, profile)

    def show(auth: DeviceAuthorization) -> None:
        print(
            translate("Cli", "On any device, open {address} and enter the code {code}").format(
                address=auth.verification_uri, code=auth.user_code
            ),
            file=sys.stderr,
        )
        if auth.verification_uri_complete:
            print(
                translate("Cli", "(or open {address}, which has the code in it)").format(
                    address=auth.verification_uri_complete
                ),
                file=sys.stderr,
            )
        minutes = int(auth.expires_in // 60)
        waiting = plural(
            minutes,
            translate("Cli", "Waiting up to {n} minute for you to finish…"),
            translate("Cli", "Waiting up to {n} minutes for you to finish…"),
        )
        print(waiting.format(n=minutes), file=sys.stderr)

    result = device_login(profile, store, show)
    print(describe_login(profile, result.metadata, store.secrets.description))
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from gui_app.cli_format import status_json, status_text
    from gui_app.core.status import profile_status

    paths, repo = _context()
    profiles = [repo.get(args.name)] if args.name else repo.list()
    statuses = [profile_status(p, _store_for(paths, p)) for p in profiles]
    if args.json:
        print(status_json(statuses, single=bool(args.name)))
    else:
        print(status_text(statuses))
    if args.name and statuses[0].state == "reauth-required":
        return 3
    return 0


def cmd_refresh(args: argparse.Namespace) -> int:
    from gui_app.cli_format import when
    from gui_app.core.session import TokenManager

    paths, repo = _context()
    profile = repo.get(args.name)
    tokens = TokenManager(paths, _store_for(paths, profile)).refresh(profile)
    renewed = translate("Cli", "Renewed '{name}': the access token is valid until {when}.")
    print(renewed.format(name=profile.name, when=when(tokens.expires_at)))
    return 0


def cmd_logout(args: argparse.Namespace) -> int:
    from gui_app.core.revoke import sign_out

    paths, repo = _context()
    profile = repo.get(args.name)
    note = sign_out(profile, _store_for(paths, profile), force=args.force)
    print(note)
    return 0


def cmd_profile_remove(args: argparse.Namespace) -> int:
    from gui_app.core.revoke import sign_out

    paths, repo = _context()
    profile = repo.get(args.name)
    store = _store_for(paths, profile)
    note = sign_out(profile, store, force=args.force)
    store.delete_all(profile.name)
    repo.remove(profile.name)
    print(note, translate("Cli", "The sign-in '{name}' was removed.").format(name=profile.name))
    return 0


def cmd_export_add(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from gui_app.core.exports import parse_target, to_stored
    from gui_app.core.redistribute import retry_failed

    paths, repo = _context()
    profile = repo.get(args.name)
    target = parse_target(args.to, token=args.token)
    stored = to_stored(target)
    if stored not in profile.exports:
        profile = replace(profile, exports=(*profile.exports, stored))
        repo.save(profile)
    sends = (
        translate("Cli", "'{name}' will send its access token to {target} on every change.")
        if target.token == "access"
        else translate("Cli", "'{name}' will send its refresh token to {target} on every change.")
    )
    print(sends.format(name=profile.name, target=target.describe()))
    results = [r for r in retry_failed(profile, _store_for(paths, profile)) if r.stored == stored]
    for result in results:
        if result.ok:
            print(translate("Cli", "Written now with the current token."))
        else:
            failed = translate("Cli", "writing it now failed: {reason}").format(reason=result.message)
            print(f"oauth-setup: {failed}", file=sys.stderr)
            return 4
    return 0


def cmd_export_list(args: argparse.Namespace) -> int:
    from gui_app.cli_format import when
    from gui_app.core.status import export_statuses

    paths, repo = _context()
    profile = repo.get(args.name)
    statuses = export_statuses(profile, _store_for(paths, profile).metadata(profile.name))
    if not statuses:
        nowhere = translate(
            "Cli", "'{name}' sends its token nowhere yet. Add a target with 'oauth-setup export add'."
        )
        print(nowhere.format(name=profile.name))
    for st in statuses:
        result = {
            True: translate("Cli", "written"),
            False: translate("Cli", "FAILED"),
            None: translate("Cli", "not written yet"),
        }[st.ok]
        print(f"{st.stored}\t{result}{' ' + when(st.at) if st.at else ''}")
        if st.ok is False:
            print(f"  {st.message}")
    return 0


def cmd_export_remove(args: argparse.Namespace) -> int:
    from dataclasses import replace

    _, repo = _context()
    profile = repo.get(args.name)
    keep = tuple(e for e in profile.exports if args.target not in (e, e.split(" ", 1)[-1]))
    if keep == profile.exports:
        raise UsageError(
            translate(
                "Cli", "'{name}' has no target '{target}' (see 'oauth-setup export list {name}')"
            ).format(name=profile.name, target=args.target)
        )
    repo.save(replace(profile, exports=keep))
    removed = translate("Cli", "Removed. '{name}' no longer writes to {target}.")
    print(removed.format(name=profile.name, target=args.target))
    return 0


def cmd_export_retry(args: argparse.Namespace) -> int:
    from gui_app.core.redistribute import retry_failed

    paths, repo = _context()
    profile = repo.get(args.name)
    results = retry_failed(profile, _store_for(paths, profile))
    failed = [r for r in results if not r.ok]
    for result in results:
        outcome = (
            translate("Cli", "written")
            if result.ok
            else translate("Cli", "FAILED — {reason}").format(reason=result.message)
        )
        print(f"{result.description}: {outcome}")
    if not results:
        print(translate("Cli", "Nothing to retry: every target has the current token."))
    return 4 if failed else 0


def cmd_monitor(args: argparse.Namespace) -> int:
    from gui_app.core.autostart import install_autostart, remove_autostart

    if args.install_autostart:
        installed = translate("Cli", "The monitor will start when you log in to the desktop ({file}).")
        print(installed.format(file=install_autostart()))
        return 0
    if args.remove_autostart:
        print(
            translate("Cli", "The monitor will no longer start at log-in.")
            if remove_autostart()
            else translate("Cli", "It was not set to start.")
        )
        return 0
    if args.once:
        from gui_app.core.monitor import Monitor

        paths, _ = _context()
        notes, _ = Monitor(paths).check()
        for note in notes:
            print(f"{note.title}: {note.text}")
        return 0
    from gui_app.ui.monitor_app import run_monitor

    return run_monitor([])


def cmd_doctor(args: argparse.Namespace) -> int:
    import json

    from gui_app.core.doctor import checks_to_json, exit_code, run_doctor

    paths, repo = _context()
    profile = repo.get(args.name)
    preset = next((p for p in repo.presets() if p.id == profile.preset), None)
    checks = run_doctor(profile, _store_for(paths, profile), preset, args.product)
    if args.json:
        print(
            json.dumps(
                {"name": profile.name, "result": exit_code(checks), "checks": checks_to_json(checks)},
                indent=2,
            )
        )
    else:
        marks = {"pass": "ok  ", "warn": "WARN", "fail": "FAIL"}
        for check in checks:
            print(f"[{marks[check.outcome]}] {check.name}: {check.message}")
            if check.fix and check.outcome != "pass":
                print("       " + translate("Cli", "What to do: {fix}").format(fix=check.fix))
    return exit_code(checks)


def cmd_migrate(args: argparse.Namespace) -> int:
    from pathlib import Path

    from gui_app.core.exports import parse_target, to_stored
    from gui_app.core.migrate import SYSTEM_ACCOUNT_ADVICE, read_integration_config, remove_password
    from gui_app.core.profiles import AuthMethod, ClientProfile, profile_from_preset

    found = read_integration_config(Path(args.source).expanduser().resolve())
    print("\n".join(found.describe()))
    if args.system_account:
        print("\n" + translate("Migrate", SYSTEM_ACCOUNT_ADVICE))
        return 0
    paths, repo = _context()
    client_id = args.client_id or found.values.get("client_id")
    if not client_id:
        raise UsageError(translate("Cli", "no client ID was found in the file: give --client-id"))
    name = args.name or re.sub(r"[^A-Za-z0-9._-]+", "-", found.path.stem).strip("-.") or "integration"
    exports = (to_stored(parse_target(found.refresh_target(), "refresh")),)
    secret = found.values.get("client_secret")
    method: AuthMethod = "client_secret_basic" if secret else "none"
    preset_id = args.preset or (None if args.issuer else found.preset)
    if preset_id:
        profile = profile_from_preset(repo.preset(preset_id), name, client_id, exports=exports)
    elif args.issuer or found.values.get("issuer"):
        profile = ClientProfile(
            name=name,
            client_id=client_id,
            issuer=args.issuer or found.values["issuer"],
            auth_method=method,
            scopes=tuple(args.scope.split()),
            exports=exports,
        )
    else:
        raise UsageError(translate("Cli", "say which provider this is: --preset goto, or --issuer URL"))
    store = _store_for(paths, profile)
    if secret and not profile.is_public:
        store.set_client_secret(profile.name, secret)
    repo.save(profile)
    target = found.refresh_target()
    saved = translate("Cli", "Saved the sign-in '{name}'; the refresh token will be written to {target}.")
    print("\n" + saved.format(name=profile.name, target=target))
    code = (
        _device_login(paths, profile) if args.device else _browser_login(paths, profile, args.browser, 300.0)
    )
    if code != 0:
        return code
    if not args.yes:
        if not sys.stdin.isatty():
            left = translate(
                "Cli", "The password was left in {file}: run again with --yes, or remove it yourself."
            )
            print(left.format(file=found.path))
            return 0
        question = translate("Cli", "Remove the stored password from {file} now (a backup is kept)? [y/N] ")
        answer = input(question.format(file=found.path))
        # "y"/"yes" always work; a translation adds its own word for yes (German "j", French "o").
        yes = {"y", "yes", *translate("Cli", "y|yes").lower().split("|")}
        if answer.strip().lower() not in yes:
            print(translate("Cli", "The password was left in the file."))
            return 0
    backup = remove_password(found)
    done = translate(
        "Cli", "Removed the password from {file}. The old file is kept, readable only by you, as {backup}."
    )
    print(done.format(file=found.path, backup=backup))
    return 0


def cmd_diagnostics(args: argparse.Namespace) -> int:
    from gui_app.core.diagnostics import report

    paths, repo = _context()
    print(report(paths, repo))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
