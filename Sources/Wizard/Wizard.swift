// The Wizard module; see README.md.
