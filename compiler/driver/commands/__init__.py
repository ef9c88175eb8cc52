"""One module per `lov` command; each turns the stages' typed errors into messages and exit codes."""
