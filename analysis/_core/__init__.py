"""Private core: parameter and corpus validation, atomic file writing, the version."""
