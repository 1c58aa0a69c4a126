"""The faces of factdesk: the command line and the Textual review app."""
