"""People and their offices from Wikidata (or any Wikibase), written as store files of their own.

`api` asks the Wikibase Action API; `entities` reads its JSON into people and
offices; `store_file` writes `STORE/wikidata/Q123.yaml` and says what changed;
`importer` settles a name to one person (or lists the namesakes) and imports it.
"""
