"""Words: tokenisation, stopwords, stemming and the fast white-space chunk counting."""
