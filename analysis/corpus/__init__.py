"""Reading corpora: files, folders, tables and streams; decoding; normalisation; language
identification; paragraphs and passages."""
