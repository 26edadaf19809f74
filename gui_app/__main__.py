from gui_app.cli import main

raise SystemExit(main())
