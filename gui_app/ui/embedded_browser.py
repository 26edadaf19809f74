"""The "A browser window inside this app" sign-in option.

RFC 8252 §8.12 calls an embedded user agent the less safe choice: the app could read what the
admin types, and the admin cannot check the address the way a real browser shows it. The system
browser stays the default (RFC 8252 §4.1, §7.3); this window exists for machines where handing
the address to a browser does not work. It keeps to these rules:

- QtWebEngine is imported only here, and only once the window is wanted (design.md).
- Every sign-in starts clean: an off-the-record profile, no cookies or cache on disk, owned by
  the dialog and released after its page.
- The window never reads page content (no ``toHtml``, ``toPlainText`` or ``runJavaScript``) and
  never parses the authorization response: it only recognises a main-frame navigation to the
  redirect address, lets it through so the app's loopback listener receives it, and closes.
- Requests leave only over https; plain http only to this computer (the redirect). With
  ``loopback_only`` every request to another host is refused (tests, the demo server).
- A header names the host being signed in to and a label shows the current page's host, so the
  admin can see where the password goes.
"""

from __future__ import annotations

import functools
import ipaddress
import os
import sys
import weakref
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, ClassVar, Final, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from gui_app.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from PySide6.QtWebEngineCore import (
        QWebEnginePage,
        QWebEnginePermission,
        QWebEngineProfile,
        QWebEngineUrlRequestInterceptor,
    )
    from PySide6.QtWebEngineWidgets import QWebEngineView

__all__ = ["EmbeddedBrowserDialog", "embedded_browser_available", "prepare_application"]

# English, marked for translation: shown with translate("EmbeddedBrowser", ...) where they appear.
APP_NAME: Final = QT_TRANSLATE_NOOP("EmbeddedBrowser", "OAuth Setup Assistant")
NOT_INSTALLED: Final = QT_TRANSLATE_NOOP(
    "EmbeddedBrowser", "The browser component is not installed with this copy of the app."
)
ROOT_WITHOUT_SANDBOX: Final = QT_TRANSLATE_NOOP(
    "EmbeddedBrowser",
    "The browser window inside this app cannot run under the root account on this computer. "
    "Use your web browser instead, or start the app as a normal user.",
)
NEEDS_WINDOWS: Final = QT_TRANSLATE_NOOP(
    "EmbeddedBrowser", "The browser window inside this app needs the app's windows, which are not running."
)

_LOCAL_SCHEMES: Final = frozenset({"data", "blob", "about"})  # never leave the process
_WEB_SCHEMES: Final = frozenset({"http", "https", "ws", "wss"})
_ENCRYPTED_SCHEMES: Final = frozenset({"https", "wss"})
_DEFAULT_PORTS: Final = {"http": 80, "https": 443}
_MAX_BLOCKED_RECORDED: Final = 200  # a page requesting in a loop must not grow the list forever


def prepare_application() -> None:
    """Call before constructing the ``QApplication``: Qt WebEngine needs OpenGL context sharing
    (``Qt.AA_ShareOpenGLContexts``), which can only be switched on before the application object
    exists. Cheap, imports no web engine; does nothing once an application exists."""
    if QCoreApplication.instance() is None:
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)


def embedded_browser_available() -> str | None:
    """None when QtWebEngine can be used here; otherwise a plain sentence why not, in English
    (one of the constants above): show it with ``translate("EmbeddedBrowser", reason)``.

    Creates no application and no web engine object. Importing the web engine modules is the only
    reliable test that the component and the system libraries it links are present.
    """
    try:
        import PySide6.QtWebEngineCore
        import PySide6.QtWebEngineWidgets  # noqa: F401
    except ImportError:
        return NOT_INSTALLED
    if sys.platform.startswith("linux") and os.geteuid() == 0 and not _sandbox_switched_off():
        # Chromium would end the whole app with "Running as root without --no-sandbox is not
        # supported"; the caller decides whether to run without the sandbox, not this window.
        return ROOT_WITHOUT_SANDBOX
    app = QCoreApplication.instance()
    if app is not None and not isinstance(app, QApplication):
        return NEEDS_WINDOWS
    return None


def _sandbox_switched_off() -> bool:
    """Mirrors how Qt WebEngine reads its switches: QTWEBENGINE_DISABLE_SANDBOX (set at all), else
    QTWEBENGINE_CHROMIUM_FLAGS, else the application arguments after ``--webEngineArgs``."""
    if "QTWEBENGINE_DISABLE_SANDBOX" in os.environ:
        return True
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS")
    if flags is not None:
        return "--no-sandbox" in flags.split()
    app = QCoreApplication.instance()
    args = [arg.lower() for arg in (app.arguments() if app is not None else sys.argv)]
    return "--webengineargs" in args and "--no-sandbox" in args[args.index("--webengineargs") :]


def _is_loopback_host(host: str) -> bool:
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def request_allowed(url: QUrl, *, loopback_only: bool) -> bool:
    """Whether the sign-in window may send a request for ``url``.

    In-process schemes (data:, blob:, about:) are always allowed; http and ws only to this
    computer (the loopback redirect, RFC 8252 §7.3); https and wss to any host unless
    ``loopback_only``. Everything else (file:, ftp:, custom schemes) is refused.
    """
    scheme = url.scheme().lower()
    if scheme in _LOCAL_SCHEMES:
        return True
    if scheme not in _WEB_SCHEMES:
        return False
    if _is_loopback_host(url.host()):
        return True
    return not loopback_only and scheme in _ENCRYPTED_SCHEMES


def display_host(url: QUrl) -> str:
    """``host`` or ``host:port`` as the admin should read it: internationalised names stay in
    their ASCII (punycode) form, so a look-alike name cannot pass for the real one."""
    host = url.host(QUrl.ComponentFormattingOption.EncodeUnicode)
    if not host:
        return url.scheme() or translate("EmbeddedBrowser", "(no address)")
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    return f"{host}:{url.port()}" if url.port() != -1 else host


def _origin_and_path(url: QUrl) -> tuple[tuple[str, str, int], str]:
    scheme = url.scheme().lower()
    origin = (scheme, url.host().lower(), url.port(_DEFAULT_PORTS.get(scheme, -1)))
    return origin, url.path(QUrl.ComponentFormattingOption.FullyEncoded) or "/"


def redirect_matcher(redirect_prefix: str) -> Callable[[QUrl], bool]:
    """``matches(url)``: ``url`` has the redirect address's scheme, host, port and path.

    A path ending in ``/`` matches everything below it; otherwise the path must be equal, so
    ``/callback`` matches ``/callback?code=…`` but not ``/callbackx``. The query (the
    authorization response) is never read.
    """
    prefix = QUrl(redirect_prefix)
    if not prefix.isValid() or prefix.scheme().lower() not in _DEFAULT_PORTS or not prefix.host():
        raise ValueError("The redirect address must be an http or https address.")
    origin, path = _origin_and_path(prefix)

    def matches(url: QUrl) -> bool:
        candidate_origin, candidate_path = _origin_and_path(url)
        if candidate_origin != origin:
            return False
        return candidate_path == path or (path.endswith("/") and candidate_path.startswith(path))

    return matches


# --------------------------------------------------------------------------------------------------
# The web engine side, built on first use so that importing this module loads no QtWebEngine.
# --------------------------------------------------------------------------------------------------


class _Engine(NamedTuple):
    new_profile: Callable[[], QWebEngineProfile]
    new_view: Callable[[QWidget], QWebEngineView]
    new_page: Callable[
        [QWebEngineProfile, QObject, Callable[[QUrl], bool], Callable[[], None]], QWebEnginePage
    ]
    new_request_filter: Callable[[Callable[[QUrl], bool], QObject], QWebEngineUrlRequestInterceptor]


@functools.cache
def _engine() -> _Engine:
    from PySide6.QtWebEngineCore import (
        QWebEnginePage,
        QWebEngineProfile,
        QWebEngineSettings,
        QWebEngineUrlRequestInfo,
        QWebEngineUrlRequestInterceptor,
    )
    from PySide6.QtWebEngineWidgets import QWebEngineView

    class SignInPage(QWebEnginePage):
        """Recognises the main-frame navigation to the redirect address and lets it through."""

        def __init__(
            self,
            profile: QWebEngineProfile,
            parent: QObject,
            is_redirect: Callable[[QUrl], bool],
            on_redirect: Callable[[], None],
        ) -> None:
            super().__init__(profile, parent)
            self._is_redirect = is_redirect
            self._on_redirect = on_redirect

        def acceptNavigationRequest(
            self, url: QUrl | str, navigation_type: QWebEnginePage.NavigationType, is_main_frame: bool
        ) -> bool:
            if is_main_frame and self._is_redirect(QUrl(url)):
                # True: the request itself must reach the app's loopback listener.
                self._on_redirect()
                return True
            return super().acceptNavigationRequest(url, navigation_type, is_main_frame)

        def javaScriptConsoleMessage(
            self,
            level: QWebEnginePage.JavaScriptConsoleMessageLevel,
            message: str,
            line_number: int,
            source_id: str,
        ) -> None:
            """Dropped: a sign-in page's console is none of this app's business (and may hold
            what the admin typed); the default would copy it into the app's log."""

        def chooseFiles(
            self,
            mode: QWebEnginePage.FileSelectionMode,
            old_files: Sequence[str],
            accepted_mime_types: Sequence[str],
        ) -> list[str]:
            return []  # a sign-in page has no business with the admin's files

    class RequestFilter(QWebEngineUrlRequestInterceptor):
        """Runs on the GUI thread (Qt 6) for every request of the profile, redirects included."""

        def __init__(self, allow: Callable[[QUrl], bool], parent: QObject) -> None:
            super().__init__()
            # setParent(), not the constructor argument: for this class only setParent() hands
            # the object (and its Python side, with interceptRequest) to the parent in PySide
            # 6.11. Given as constructor argument, the filter died with its last Python reference
            # and the profile silently stopped filtering.
            self.setParent(parent)
            self._allow = allow

        def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
            if not self._allow(info.requestUrl()):
                info.block(True)

    def new_profile() -> QWebEngineProfile:
        profile = QWebEngineProfile()  # no storage name: off the record, nothing written to disk
        assert profile.isOffTheRecord()
        profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
        profile.setPersistentCookiesPolicy(QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies)
        profile.setSpellCheckEnabled(False)
        attribute = QWebEngineSettings.WebAttribute
        settings = profile.settings()
        for switched_off in (
            attribute.JavascriptCanOpenWindows,
            attribute.JavascriptCanAccessClipboard,
            attribute.JavascriptCanPaste,
            attribute.LocalContentCanAccessFileUrls,
            attribute.LocalContentCanAccessRemoteUrls,
            attribute.NavigateOnDropEnabled,  # a file dropped on the page must not open file://
            attribute.PluginsEnabled,
            attribute.ScreenCaptureEnabled,
            attribute.DnsPrefetchEnabled,
        ):
            settings.setAttribute(switched_off, False)
        return profile

    return _Engine(
        new_profile=new_profile,
        new_view=QWebEngineView,
        new_page=SignInPage,
        new_request_filter=RequestFilter,
    )


def _deny(permission: QWebEnginePermission) -> None:
    permission.deny()  # camera, location, notifications …: a sign-in needs none of them


# --------------------------------------------------------------------------------------------------
# The dialog
# --------------------------------------------------------------------------------------------------


class EmbeddedBrowserDialog(QDialog):
    """A window that shows the provider's sign-in pages until they redirect to the app.

    One dialog serves one sign-in: when it finishes (redirect, Cancel, window closed) its page and
    profile are released, so nothing of the session outlives it. Loading starts in the
    constructor; show it with ``open()``, ``show()`` or ``exec()``.

    Signals:
        redirected(): the browser navigated to the redirect address (the app's loopback listener
            receives that request itself). Emitted once, after that page finished loading; the
            dialog then closes itself with ``accept()``.
        closed_by_user(): the window was closed (Cancel, Escape, the window's close button, or
            ``reject()``) before the redirect.
    """

    # QWidget has a (non-virtual, rarely used) paint-redirection method of this name; the signal
    # name is the interface the wizard codes against.
    redirected = Signal()  # type: ignore[assignment]
    closed_by_user = Signal()

    default_loopback_only: ClassVar[bool] = False
    """Used when ``loopback_only`` is not given; the GUI tests switch it on for every dialog."""

    def __init__(
        self,
        url: str,
        redirect_prefix: str,
        parent: QWidget | None = None,
        *,
        loopback_only: bool | None = None,
    ) -> None:
        """``url``: the authorization request to open. ``redirect_prefix``: the redirect address
        (e.g. ``http://127.0.0.1:PORT/callback``). ``loopback_only``: refuse every request to a
        host other than this computer. Raises ``ValueError`` for addresses that are not http(s)."""
        super().__init__(parent)
        start = QUrl(url)
        if not start.isValid() or start.scheme().lower() not in _DEFAULT_PORTS or not start.host():
            raise ValueError("The sign-in address must be an http or https address.")
        self._is_redirect = redirect_matcher(redirect_prefix)
        self._loopback_only = self.default_loopback_only if loopback_only is None else loopback_only
        self._blocked: list[str] = []
        self._redirect_requested = False
        self._redirect_emitted = False
        self._finished = False

        app_name = translate("EmbeddedBrowser", APP_NAME)
        self.setWindowTitle(translate("EmbeddedBrowserDialog", "Sign in — {app}").format(app=app_name))
        self.setAccessibleName(translate("EmbeddedBrowserDialog", "Sign-in window"))
        # 880 x 660 with decorations fits a 1024 x 768 screen; smaller screens get 90 %.
        available = self.screen().availableGeometry()
        self.resize(min(880, available.width() * 9 // 10), min(660, available.height() * 9 // 10))
        self.setMinimumSize(480, 360)

        notice = QLabel(
            translate("EmbeddedBrowserDialog", "Signing in to {host} — this window is part of {app}.").format(
                host=display_host(start), app=app_name
            )
        )
        notice.setTextFormat(Qt.TextFormat.PlainText)
        notice.setWordWrap(True)
        notice.setAccessibleName(translate("EmbeddedBrowserDialog", "Sign-in notice"))
        notice.setObjectName("signInNotice")
        self._address = QLabel()
        self._address.setTextFormat(Qt.TextFormat.PlainText)
        self._address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._address.setAccessibleName(translate("EmbeddedBrowserDialog", "Address of the page shown"))
        self._address.setObjectName("pageAddress")
        self._address.setToolTip(
            translate(
                "EmbeddedBrowserDialog",
                "The site this page comes from. Type your password only if this is your provider.",
            )
        )

        # The web engine objects call back through weak references: they are owned (through
        # Qt parents) by this dialog, and strong ones would keep a dropped dialog alive forever.
        filter_ref = weakref.WeakMethod(self._filter_request)
        redirect_ref = weakref.WeakMethod(self._on_redirect_requested)

        def allow(url: QUrl) -> bool:
            method = filter_ref()
            return method is not None and method(url)  # the dialog gone: refuse

        def on_redirect() -> None:
            method = redirect_ref()
            if method is not None:
                method()

        engine = _engine()
        profile = engine.new_profile()
        # The filter is the profile's child: it lives exactly as long as the profile using it.
        profile.setUrlRequestInterceptor(engine.new_request_filter(allow, profile))
        view = engine.new_view(self)
        view.setAccessibleName(translate("EmbeddedBrowserDialog", "Sign-in page"))
        page = engine.new_page(profile, view, self._is_redirect, on_redirect)
        view.setPage(page)
        # Children are deleted in the order they were added: the view (and the page it owns)
        # first, then the profile, which must outlive its pages.
        profile.setParent(self)
        self._profile: QWebEngineProfile | None = profile
        self._view: QWebEngineView | None = view
        self._page: QWebEnginePage | None = page

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.setAccessibleName(translate("EmbeddedBrowserDialog", "Sign-in window buttons"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(notice)
        layout.addWidget(self._address)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)

        page.permissionRequested.connect(_deny)
        page.urlChanged.connect(self._show_address)
        page.loadFinished.connect(self._on_load_finished)
        self._show_address(start)
        view.setFocus()
        page.load(start)

    # --- what callers and tests may look at ------------------------------------------------------

    def page(self) -> QWebEnginePage | None:
        """The page while the dialog is open; None once it finished and released the page."""
        return self._page

    @property
    def loopback_only(self) -> bool:
        return self._loopback_only

    @property
    def blocked_hosts(self) -> tuple[str, ...]:
        """Hosts (never full addresses) of the requests this window refused to send, in order
        (the first 200)."""
        return tuple(self._blocked)

    # --- behaviour -------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Every way of finishing (accept, reject, close) ends here: release the web engine, and
        report a close that came before the redirect."""
        first = not self._finished
        self._finished = True
        super().done(result)
        if first:
            self._release_web_engine()
            if not self._redirect_emitted:
                self.closed_by_user.emit()

    def _filter_request(self, url: QUrl) -> bool:
        allowed = request_allowed(url, loopback_only=self._loopback_only)
        if not allowed and len(self._blocked) < _MAX_BLOCKED_RECORDED:
            self._blocked.append(display_host(url))
        return allowed

    def _on_redirect_requested(self) -> None:
        self._redirect_requested = True

    def _on_load_finished(self, _ok: bool) -> None:
        # Success or not: a refused connection still means the listener is gone and the
        # session has its answer (or its error) already.
        page = self._page
        if (
            page is None
            or not self._redirect_requested
            or self._redirect_emitted
            or not self._is_redirect(page.url())
        ):
            return
        self._redirect_emitted = True
        self.redirected.emit()
        self.accept()

    def _show_address(self, url: QUrl) -> None:
        secure = url.scheme().lower() == "https" or _is_loopback_host(url.host())
        if secure:
            text = translate("EmbeddedBrowserDialog", "Page address: {host}")
        else:
            text = translate("EmbeddedBrowserDialog", "Page address: {host} (not encrypted)")
        self._address.setText(text.format(host=display_host(url)))

    def _release_web_engine(self) -> None:
        """Page first, then — once it is really gone — the profile (Qt warns, and may crash,
        when a profile is released while a page still uses it)."""
        view, page, profile = self._view, self._page, self._profile
        self._view = self._page = self._profile = None
        if view is None or page is None or profile is None:
            return
        page.loadFinished.disconnect(self._on_load_finished)
        page.destroyed.connect(profile.deleteLater)
        view.deleteLater()  # deletes its child, the page
