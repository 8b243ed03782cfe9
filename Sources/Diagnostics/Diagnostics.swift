// The Diagnostics module; see README.md.
