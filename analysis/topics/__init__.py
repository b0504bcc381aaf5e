"""Topic models: passage x term matrices, backends (LDA, NMF, tomotopy), the model,
coherence, stability and the choice of the number of topics."""
