from gui_app.cli import run

run()
