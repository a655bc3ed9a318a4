"""The main window and what only it holds: menus and actions, the header, files, the project
sidebar, the real dialogs behind the prompts, and the welcome screen."""
