// The Activation module; see README.md.
