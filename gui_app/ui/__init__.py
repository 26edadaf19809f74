"""Qt widgets only: wizard pages, status window, tray, embedded browser."""
