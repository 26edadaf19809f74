"""Starting the Qt side. The wizard arrives with issue 3; until then a window says what to run."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def run_gui(argv: Sequence[str]) -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication([sys.argv[0], *argv])
    app.setApplicationName("OAuth Setup Assistant")
    label = QLabel(
        "<h2>OAuth Setup Assistant</h2>"
        "<p>The setup wizard is not built yet. Until it is, use the command line:</p>"
        "<pre>oauth-setup profile add NAME --issuer URL --client-id ID --client-secret-stdin\n"
        "oauth-setup login NAME\noauth-setup status</pre>"
    )
    label.setWindowTitle("OAuth Setup Assistant")
    label.setMargin(24)
    label.show()
    return app.exec()
