"""Claims Desk ETL: the only code that writes the claims database."""

#: What any `python -m etl` command prints on Ctrl-C (exit 130), however far it got: publishing
#: is atomic, so the live database is the last whole one (`etl.cli.main`, `etl.__main__`).
INTERRUPTED = (
    "python -m etl: interrupted (a publish is all or nothing: the live database is the last whole one)"
)
