"""The application window, dialogs and start-up."""
